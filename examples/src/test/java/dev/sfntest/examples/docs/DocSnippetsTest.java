package dev.sfntest.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the docs from rotting: every {@code ```java} block of {@code README.md} and {@code
 * docs/*.md} must be, character for character (indentation aside), a tagged region of an example
 * test (in {@code examples/} or the Spring Boot example {@code examples/spring-boot-orders/}), and
 * those tests compile and run in this build.
 *
 * <p>In an example, a region is marked with comments:
 * <pre>
 * // tag::order-retry[]
 * ...code...
 * // end::order-retry[]
 * </pre>
 * In the markdown, the block names its region on the line before it: {@code <!-- snippet:
 * order-retry -->}. A block without that line must still equal some region.
 */
class DocSnippetsTest {

  private static final Pattern TAG = Pattern.compile("^\\s*//\\s*(tag|end)::([A-Za-z0-9_.-]+)\\[\\]\\s*$");
  private static final Pattern MARKER = Pattern.compile("^<!--\\s*snippet:\\s*([A-Za-z0-9_.-]+)\\s*-->$");

  /** A tagged region of an example source. */
  record Region(String name, Path file, int line, String text) {}

  /** A {@code ```java} block of a markdown file. */
  record Snippet(Path doc, int line, Optional<String> marker, String text) {
    String where() {
      return root().relativize(doc) + ":" + line;
    }
  }

  @TestFactory
  Stream<DynamicTest> every_java_block_of_the_docs_is_a_tagged_region_of_an_example() {
    Map<String, Region> regions = regions();
    List<Snippet> snippets = snippets();
    assertThat(snippets).as("java blocks in README.md and docs/*.md").isNotEmpty();
    return snippets.stream().map(snippet -> DynamicTest.dynamicTest(
        snippet.where() + " " + snippet.marker().orElse("(unmarked)"), () -> check(snippet, regions)));
  }

  @Test
  void region_names_are_unique_and_every_region_is_closed() {
    regions();   // throws, naming the files, when they are not
  }

  private static void check(Snippet snippet, Map<String, Region> regions) {
    if (snippet.marker().isEmpty()) {
      boolean found = regions.values().stream().anyMatch(region -> region.text().equals(snippet.text()));
      if (!found) {
        fail(snippet.where() + ": this ```java block (starting \"" + firstLine(snippet.text()) + "\") is not a "
            + "tagged region of any example. Put the code in an example test between // tag::NAME[] and "
            + "// end::NAME[], and write <!-- snippet: NAME --> on the line before the block.");
      }
      return;
    }
    String name = snippet.marker().get();
    Region region = regions.get(name);
    if (region == null) {
      fail(snippet.where() + ": the ```java block is marked <!-- snippet: " + name + " -->, but no example has "
          + "the region // tag::" + name + "[] ... // end::" + name + "[]. Regions: " + regions.keySet());
    }
    if (!region.text().equals(snippet.text())) {
      fail(snippet.where() + ": the ```java block '" + name + "' differs from the region in "
          + root().relativize(region.file()) + ":" + region.line() + ". Copy the region into the doc again.\n"
          + firstDifference(snippet.text(), region.text()));
    }
  }

  private static String firstDifference(String doc, String source) {
    String[] docLines = doc.split("\n", -1);
    String[] sourceLines = source.split("\n", -1);
    for (int i = 0; i < Math.max(docLines.length, sourceLines.length); i++) {
      String d = i < docLines.length ? docLines[i] : "(no line)";
      String s = i < sourceLines.length ? sourceLines[i] : "(no line)";
      if (!d.equals(s)) {
        return "First difference, line " + (i + 1) + " of the snippet:\n  doc:    " + d + "\n  source: " + s;
      }
    }
    return "";
  }

  private static String firstLine(String text) {
    String first = text.lines().findFirst().orElse("");
    return first.length() > 60 ? first.substring(0, 57) + "..." : first;
  }

  /** Every tagged region of the examples' sources, by name. */
  static Map<String, Region> regions() {
    Map<String, Region> regions = new LinkedHashMap<>();
    List<Path> sources = new java.util.ArrayList<>(files(root().resolve("examples/src/test/java"), ".java"));
    // The Spring Boot example is a module of its own (it needs Spring Boot's JUnit 6).
    sources.addAll(files(root().resolve("examples/spring-boot-orders/src/test/java"), ".java"));
    for (Path file : sources) {
      List<String> lines = read(file);
      Map<String, Integer> open = new LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        Matcher tag = TAG.matcher(lines.get(i));
        if (!tag.matches()) {
          continue;
        }
        String name = tag.group(2);
        if (tag.group(1).equals("tag")) {
          open.put(name, i);
          continue;
        }
        Integer start = open.remove(name);
        if (start == null) {
          fail(root().relativize(file) + ":" + (i + 1) + ": // end::" + name + "[] without // tag::" + name + "[]");
        }
        Region previous = regions.get(name);
        if (previous != null) {
          fail("The region name '" + name + "' is used twice: " + root().relativize(previous.file()) + ":"
              + previous.line() + " and " + root().relativize(file) + ":" + (start + 1) + ". Rename one.");
        }
        regions.put(name, new Region(name, file, start + 1, normalise(withoutTagLines(lines.subList(start + 1, i)))));
      }
      if (!open.isEmpty()) {
        fail(root().relativize(file) + ": // tag::" + open.keySet().iterator().next() + "[] is never closed with "
            + "// end::" + open.keySet().iterator().next() + "[]");
      }
    }
    return regions;
  }

  /** Every ```java block of README.md and docs/*.md. */
  static List<Snippet> snippets() {
    List<Path> docs = new ArrayList<>();
    docs.add(root().resolve("README.md"));
    docs.addAll(files(root().resolve("docs"), ".md"));
    List<Snippet> snippets = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = read(doc);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).strip().equals("```java")) {
          continue;
        }
        int start = i;
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("```")) {
          end++;
        }
        if (end == lines.size()) {
          fail(root().relativize(doc) + ":" + (start + 1) + ": the ```java block is never closed");
        }
        Optional<String> marker = Optional.empty();
        for (int j = start - 1; j >= 0; j--) {
          if (!lines.get(j).isBlank()) {
            Matcher m = MARKER.matcher(lines.get(j).strip());
            marker = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
            break;
          }
        }
        snippets.add(new Snippet(doc, start + 1, marker, normalise(lines.subList(start + 1, end))));
        i = end;
      }
    }
    return snippets;
  }

  private static List<String> withoutTagLines(List<String> lines) {
    return lines.stream().filter(line -> !TAG.matcher(line).matches()).toList();
  }

  /** The lines without their common indentation and trailing blanks, blank lines at either end dropped. */
  static String normalise(List<String> lines) {
    List<String> kept = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
    while (!kept.isEmpty() && kept.get(0).isEmpty()) {
      kept.remove(0);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    int indent = kept.stream().filter(line -> !line.isEmpty())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return String.join("\n", kept.stream().map(line -> line.isEmpty() ? line : line.substring(indent)).toList());
  }

  /** The project's root: the folder above this module that holds README.md and docs. */
  static Path root() {
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("No project root (README.md next to examples/) above "
        + Paths.get("").toAbsolutePath());
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
