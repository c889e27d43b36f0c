package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Test helpers: run a definition on a fresh fake and read what happened. */
final class Runs implements AutoCloseable {

  final FakeSfn fake;
  final SfnTestContext sfn;
  private int machines;

  Runs() {
    this(FakeSfn.create());
  }

  Runs(FakeSfn fake) {
    this.fake = fake;
    this.sfn = SfnTestContext.of(fake);
  }

  /** Deploys {@code definition} (single quotes stand for double quotes) and starts it with {@code input}. */
  Execution run(String definition, String input) {
    String json = definition.replace('\'', '"');
    return sfn.deploy("machine" + (++machines), json).start("run", input.replace('\'', '"'));
  }

  static List<String> types(Execution execution) {
    return execution.history().stream().map(HistoryEvent::typeAsString).collect(Collectors.toList());
  }

  static String compact(Execution execution) {
    return execution.history().stream()
        .map(e -> e.id() + ":" + e.previousEventId() + ":" + e.typeAsString())
        .collect(Collectors.joining(" "));
  }

  static JsonNode output(Execution execution) {
    return execution.output();
  }

  static JsonNode json(String text) {
    return Json.parseUnchecked(text.replace('\'', '"'));
  }

  /** A JSON array of the numbers 0 to n-1. */
  static String numbers(int n) {
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      items.append(i == 0 ? "" : ",").append(i);
    }
    return items.append("]").toString();
  }

  /** Seconds between the start and the given event. */
  static long secondsAt(Execution execution, long eventId) {
    List<HistoryEvent> history = execution.history();
    return Duration.between(history.get(0).timestamp(), history.get((int) eventId - 1).timestamp()).toSeconds();
  }

  @Override
  public void close() {
    fake.close();
  }
}
