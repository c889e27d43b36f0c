package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * README's "Add it to your build" and docs/installing.md's Maven block are what it/consumer builds
 * with, which .ci/run runs against the staged repository: each of their dependencies is in the
 * consumer's POM, and the version they name is the project's.
 */
class BuildSnippetTest {

  private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern DEPENDENCY = Pattern.compile("<dependency>.*?</dependency>", Pattern.DOTALL);
  private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");

  @Nested
  class Readme_add_it_to_your_build {
    @Test
    void is_what_the_consumer_check_builds_with() throws IOException {
      check(section(read("README.md"), "## Add it to your build"));
    }
  }

  @Nested
  class Installing_maven {
    @Test
    void is_what_the_consumer_check_builds_with() throws IOException {
      check(section(read("docs/installing.md"), "## Maven"));
    }
  }

  private static void check(String xml) throws IOException {
    // GIVEN
    String consumer = normalised(read("it/consumer/pom.xml"));
    String projectVersion = projectVersion();
    // WHEN
    List<String> dependencies = new ArrayList<>();
    Matcher matcher = DEPENDENCY.matcher(xml);
    while (matcher.find()) {
      dependencies.add(normalised(matcher.group()));
    }
    // THEN
    assertThat(dependencies).as("the block's dependencies").hasSizeGreaterThanOrEqualTo(3);
    assertThat(consumer).as("it/consumer/pom.xml").contains(dependencies);
    Matcher version = VERSION.matcher(xml);
    assertThat(version.find()).as("the block names the BOM's version").isTrue();
    assertThat(version.group(1)).as("the version the block names").isEqualTo(projectVersion);
  }

  /** The first ```xml block after the heading. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf(heading);
    assertThat(start).as("heading " + heading).isNotNegative();
    Matcher block = XML_BLOCK.matcher(markdown);
    assertThat(block.find(start)).as("an xml block after " + heading).isTrue();
    return block.group(1);
  }

  private static String projectVersion() throws IOException {
    Matcher matcher = Pattern.compile("<artifactId>sfn-test-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(read("pom.xml"));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static String normalised(String xml) {
    return xml.replaceAll("<!--.*?-->", "").replaceAll("\\s+", " ").replace("> <", "><").strip();
  }

  private static String read(String path) throws IOException {
    return Files.readString(DocSnippetsTest.root().resolve(Path.of(path)));
  }
}
