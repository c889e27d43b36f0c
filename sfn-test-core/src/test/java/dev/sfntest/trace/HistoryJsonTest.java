package dev.sfntest.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class HistoryJsonTest {

  @Nested
  class Read {
    @Test
    void reads_what_the_aws_cli_prints() {
      // GIVEN get-execution-history's output: ISO timestamps with an offset, JSON as text
      String json = """
          {"events": [
            {"timestamp": "2025-01-01T00:00:00.250000+00:00", "type": "ExecutionStarted", "id": 1,
             "previousEventId": 0, "executionStartedEventDetails": {"input": "{\\"a\\": 1}"}},
            {"timestamp": 1735689601.5, "type": "PassStateEntered", "id": 2, "previousEventId": 0,
             "stateEnteredEventDetails": {"name": "P", "input": "{}"}}]}
          """;
      // WHEN
      List<HistoryEvent> events = HistoryJson.read(json);
      // THEN
      assertThat(events).hasSize(2);
      assertThat(events.get(0).timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:00.250Z"));
      assertThat(events.get(0).executionStartedEventDetails().input()).isEqualTo("{\"a\": 1}");
      assertThat(events.get(1).timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:01.500Z"));
      assertThat(Trace.of(events).visitsOf("P")).hasSize(1);
    }

    @Test
    void reads_pages_written_one_after_the_other_in_id_order_each_event_once() {
      // GIVEN: the second page first, newest first, overlapping the first by one event
      String pages = """
          {"events": [{"type": "PassStateExited", "id": 3}, {"type": "PassStateEntered", "id": 2}], "nextToken": "t"}
          {"events": [{"type": "PassStateEntered", "id": 2}, {"type": "ExecutionStarted", "id": 1}]}
          """;
      // WHEN
      List<HistoryEvent> events = HistoryJson.read(pages);
      // THEN
      assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void reads_timestamps_as_sdks_print_them_and_json_where_aws_writes_text() {
      // GIVEN: a datetime printed with a space, one without an offset, and an output a tool parsed
      String json = """
          {"events": [
            {"timestamp": "2025-01-01 00:00:00.250000+00:00", "type": "ExecutionStarted", "id": 1},
            {"timestamp": "2025-01-01T00:00:02", "type": "ExecutionSucceeded", "id": 2,
             "executionSucceededEventDetails": {"output": {"a": [1, 2]}}}]}
          """;
      // WHEN
      List<HistoryEvent> events = HistoryJson.read(json);
      // THEN
      assertThat(events.get(0).timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:00.250Z"));
      assertThat(events.get(1).timestamp()).isEqualTo(Instant.parse("2025-01-01T00:00:02Z"));
      assertThat(events.get(1).executionSucceededEventDetails().output()).isEqualTo("{\"a\":[1,2]}");
    }

    @Test
    void reads_a_bare_array() {
      assertThat(HistoryJson.read("[{\"type\": \"ExecutionStarted\", \"id\": 1}]")).hasSize(1);
    }

    @Test
    void refuses_what_is_no_history() {
      assertThatThrownBy(() -> HistoryJson.read("{\"items\": []}")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a GetExecutionHistory result: expected {\"events\": [...]}");
      assertThatThrownBy(() -> HistoryJson.read("[{\"id\": 1}]")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("event without type or id: {\"id\":1}");
      assertThatThrownBy(() -> HistoryJson.read("{")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the history is not JSON: ");
      assertThatThrownBy(() -> HistoryJson.read("[{\"id\": 1, \"type\": \"ExecutionStarted\", \"timestamp\": \"soon\"}]"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("not a timestamp: soon");
    }
  }
}
