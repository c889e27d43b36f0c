package dev.sfntest.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.sdk.SdkJson;
import dev.sfntest.testing.ConformanceCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The histories AWS recorded in the conformance corpus (the copy vendored in {@code
 * sfn-conformance}, or the folder named by {@code sfntest.conformance.cases}), as SDK events.
 */
final class CorpusHistories {

  /**
   * One recorded execution.
   *
   * @param linksLost the recording re-sorted Parallel branch events and replaced their ids with
   *     {@code [0]} (aws-history-format.md, section 5): their links to each other are gone
   */
  record Recorded(String id, String status, String error, List<HistoryEvent> events, boolean linksLost) {
    @Override
    public String toString() {
      return id;
    }
  }

  private CorpusHistories() {}

  /** Every case with a recorded history, in file name order. */
  static List<Recorded> all() {
    Path folder = ConformanceCorpus.folder().orElseThrow(() -> new IllegalStateException("The conformance "
        + "corpus is vendored in sfn-conformance/src/test/resources/conformance/cases; run from the project or set "
        + "-Dsfntest.conformance.cases"));
    List<Recorded> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        JsonNode recorded = Json.parseUnchecked(Files.readString(file));
        JsonNode expected = recorded.path("expected");
        JsonNode history = expected.get("history");
        if (history == null || !history.isArray()) {
          continue;
        }
        List<HistoryEvent> events = new ArrayList<>();
        for (JsonNode event : history) {
          // The recording dropped timestamps and parsed JSON text into objects; SdkJson writes
          // objects back as text, and an id of [0] (a re-sorted Parallel branch) reads as 0.
          events.add(SdkJson.toSdk(HistoryEvent.class, event));
        }
        boolean linksLost = recorded.path("normalisation").toString().contains("parallel_branch_events_sorted");
        String name = file.getFileName().toString();
        all.add(new Recorded(name.substring(0, name.length() - ".json".length()), expected.path("status").asText(null),
            expected.path("error").asText(null), events, linksLost));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
