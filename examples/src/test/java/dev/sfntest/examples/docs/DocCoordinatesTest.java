package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the coordinates in README.md and docs/*.md true: every {@code dev.sfntest} artifact they
 * name is the BOM or one it manages, with the version the build has.
 */
class DocCoordinatesTest {

  private static final Pattern XML = Pattern.compile(
      "<groupId>dev\\.sfntest</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:\\s*<version>([^<]+)</version>)?");
  private static final Pattern GRADLE = Pattern.compile("\"dev\\.sfntest:([A-Za-z0-9-]+)(?::([^\"]+))?\"");

  @Test
  void the_docs_name_shipped_artifacts_at_the_version_of_the_build() throws IOException {
    Path root = DocSnippetsTest.root();
    String version = projectVersion(root.resolve("pom.xml"));
    Set<String> shipped = shippedArtifacts(root.resolve("sfn-test-bom/pom.xml"));
    List<String> problems = new ArrayList<>();
    int found = 0;
    for (Path doc : docs(root)) {
      String text = Files.readString(doc);
      for (Pattern pattern : List.of(XML, GRADLE)) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          found++;
          String where = root.relativize(doc) + ":" + (text.substring(0, m.start()).split("\n", -1).length);
          if (!shipped.contains(m.group(1))) {
            problems.add(where + ": dev.sfntest:" + m.group(1) + " is neither the BOM nor an artifact it manages "
                + shipped);
          }
          if (m.group(2) != null && !m.group(2).equals(version)) {
            problems.add(where + ": dev.sfntest:" + m.group(1) + " has version " + m.group(2) + ", the build is "
                + version);
          }
        }
      }
    }
    assertThat(found).as("dev.sfntest coordinates in the docs").isPositive();
    assertThat(problems).as("coordinates in the docs").isEmpty();
  }

  private static String projectVersion(Path pom) throws IOException {
    Matcher m = Pattern.compile("<artifactId>sfn-test-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(pom));
    assertThat(m.find()).as("the parent's version in " + pom).isTrue();
    return m.group(1);
  }

  private static Set<String> shippedArtifacts(Path bom) throws IOException {
    Set<String> artifacts = new LinkedHashSet<>();
    artifacts.add("sfn-test-bom");
    Matcher m = XML.matcher(Files.readString(bom));
    while (m.find()) {
      artifacts.add(m.group(1));
    }
    return artifacts;
  }

  private static List<Path> docs(Path root) throws IOException {
    List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }
}
