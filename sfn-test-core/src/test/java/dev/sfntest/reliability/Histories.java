package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.shared.model.SdkModelJson;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** Reading whole histories through the public API, and the shape every history must keep. */
final class Histories {

  private static final Set<HistoryEventType> TERMINAL = Set.of(HistoryEventType.EXECUTION_SUCCEEDED,
      HistoryEventType.EXECUTION_FAILED, HistoryEventType.EXECUTION_ABORTED, HistoryEventType.EXECUTION_TIMED_OUT);

  private Histories() {}

  /** Every event of the execution, page by page (the paginator honours nextToken). */
  static List<HistoryEvent> of(SfnClient client, String executionArn) {
    return client.getExecutionHistoryPaginator(b -> b.executionArn(executionArn).maxResults(1000)).events().stream()
        .collect(Collectors.toList());
  }

  /** The history as the JSON text a client would receive, for byte-for-byte comparison. */
  static String text(SfnClient client, String executionArn) {
    List<HistoryEvent> events = of(client, executionArn);
    return Json.write(SdkModelJson.toJson(GetExecutionHistoryResponse.builder().events(events).build()));
  }

  /** The event types in order. */
  static List<String> types(List<HistoryEvent> events) {
    return events.stream().map(HistoryEvent::typeAsString).collect(Collectors.toList());
  }

  /**
   * The invariants of any history, complete or read while the execution runs: ids 1..n with no gap
   * or repeat, each event linked to an earlier one (or none), one ExecutionStarted first, and at
   * most one terminal event, last.
   */
  static void assertWellFormed(List<HistoryEvent> events) {
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).type()).isEqualTo(HistoryEventType.EXECUTION_STARTED);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      assertThat(event.id()).as("id of event #%d", i + 1).isEqualTo(i + 1L);
      assertThat(seen.add(event.id())).as("event %d recorded once", event.id()).isTrue();
      long previous = event.previousEventId() == null ? 0 : event.previousEventId();
      assertThat(previous).as("previousEventId of event %d", event.id()).isBetween(0L, event.id() - 1);
      if (i > 0) {
        assertThat(event.timestamp()).as("timestamp of event %d", event.id())
            .isAfterOrEqualTo(events.get(i - 1).timestamp());
        assertThat(event.type()).as("event %d", event.id()).isNotEqualTo(HistoryEventType.EXECUTION_STARTED);
      }
      if (TERMINAL.contains(event.type())) {
        assertThat(i).as("the terminal event %s is last", event.type()).isEqualTo(events.size() - 1);
      }
    }
  }
}
