package dev.sfntest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One benchmark workload of {@code shared/bench/workloads} (format {@code schemaVersion} 1): a
 * definition, its input, how its Task states answer, and what a correct run produces.
 */
record Workload(
    String name,
    String definition,
    String input,
    JsonNode taskResults,
    JsonNode expectedOutput,
    int expectedStatesEntered,
    int expectedTaskInvocations,
    long expectedVirtualElapsedSeconds) {

  static Workload load(Path file) throws IOException {
    JsonNode node = JsonValues.parseUnchecked(Files.readString(file));
    return new Workload(
        node.get("name").asText(),
        JsonValues.write(node.get("definition")),
        JsonValues.write(node.get("input")),
        node.get("taskResults"),
        node.get("expectedOutput"),
        node.get("expectedStatesEntered").asInt(),
        node.get("expectedTaskInvocations").asInt(),
        node.get("expectedVirtualElapsedSeconds").asLong());
  }

  /** Every workload file of a folder, in file-name order. */
  static List<Workload> loadAll(Path folder) throws IOException {
    List<Workload> workloads = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        workloads.add(load(file));
      }
    }
    return workloads;
  }
}
