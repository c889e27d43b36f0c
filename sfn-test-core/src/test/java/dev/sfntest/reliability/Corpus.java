package dev.sfntest.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.testing.ConformanceCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The definitions and inputs of the conformance corpus (each accepted and run by AWS), as seeds for
 * random mutations: the vendored copy in {@code sfn-conformance}, or the folder named by {@code
 * sfntest.conformance.cases}.
 */
final class Corpus {

  /** A recorded case's definition and execution input. */
  record Case(String definition, String input) {}

  private static List<Case> cases;

  private Corpus() {}

  /** Every case, read once; empty when no corpus is found. */
  static synchronized List<Case> cases() {
    if (cases == null) {
      cases = read();
    }
    return cases;
  }

  private static List<Case> read() {
    Path folder = ConformanceCorpus.folder().orElse(null);
    if (folder == null) {
      return List.of();
    }
    List<Case> read = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        JsonNode recorded = Json.parseUnchecked(Files.readString(file));
        JsonNode definition = recorded.get("definition");
        JsonNode input = recorded.get("input_string");
        if (definition != null && definition.isObject()) {
          read.add(new Case(Json.write(definition), input != null && input.isTextual() ? input.asText() : "{}"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read;
  }
}
