package dev.sfntest.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every public type of a published module's API packages says in its javadoc how it is used: a
 * {@code <pre>} example (STYLE.md). Doclint checks the javadoc's form; this checks it shows use.
 */
class PublicApiExamplesTest {

  /** The published jar modules, one a line (what .ci/run stages and bin/api-baseline reads). */
  private static final Path PUBLISHED = Path.of("..", ".ci", "published-modules");

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^public (?:[a-z]+ )*(?:class|interface|enum|record|@interface) \\w+", Pattern.MULTILINE);

  @Nested
  class Public_types {
    @Test
    void have_an_example_in_their_javadoc() throws IOException {
      // GIVEN
      List<Path> sources = new ArrayList<>();
      List<String> modules = Files.readAllLines(PUBLISHED).stream().filter(line -> !line.isBlank()).toList();
      assertThat(modules).contains("sfn-test-core");
      for (String module : modules) {
        try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
          files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
              .filter(f -> !f.toString().contains("/internal/"))
              .forEach(sources::add);
        }
      }
      // WHEN
      List<String> withoutExample = new ArrayList<>();
      int publicTypes = 0;
      for (Path source : sources) {
        String text = Files.readString(source);
        Matcher type = PUBLIC_TYPE.matcher(text);
        if (!type.find()) {
          continue;
        }
        publicTypes++;
        String before = text.substring(0, type.start());
        int javadoc = before.lastIndexOf("/**");
        if (javadoc < 0 || !before.substring(javadoc).contains("<pre>")) {
          withoutExample.add(source.toString());
        }
      }
      // THEN
      assertThat(publicTypes).isGreaterThan(50);
      assertThat(withoutExample).as("public API types without a <pre> example in their javadoc").isEmpty();
    }
  }
}
