package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class HistoryTableTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void events_a_state_causes_belong_to_that_state() {
    // GIVEN a Task state's events: only TaskStateEntered names the state
    List<HistoryEvent> events = List.of(
        HistoryEvent.builder().id(1L).previousEventId(0L).timestamp(T0).type("ExecutionStarted")
            .executionStartedEventDetails(d -> d.input("{}")).build(),
        HistoryEvent.builder().id(2L).previousEventId(0L).timestamp(T0).type("TaskStateEntered")
            .stateEnteredEventDetails(d -> d.name("Charge").input("{}")).build(),
        HistoryEvent.builder().id(3L).previousEventId(2L).timestamp(T0.plusMillis(250)).type("TaskScheduled")
            .taskScheduledEventDetails(d -> d.resourceType("lambda").resource("invoke").region("us-east-1")
                .parameters("{\"FunctionName\":\"charge\"}")).build(),
        HistoryEvent.builder().id(4L).previousEventId(3L).timestamp(T0.plusSeconds(2)).type("TaskFailed")
            .taskFailedEventDetails(d -> d.error("Payment.Declined").cause("card expired")).build(),
        HistoryEvent.builder().id(5L).previousEventId(4L).timestamp(T0.plusSeconds(2)).type("ExecutionFailed")
            .executionFailedEventDetails(d -> d.error("Payment.Declined").cause("card expired")).build());

    // WHEN
    String table = HistoryTable.render(events);

    // THEN
    assertThat(table).isEqualTo("""
        ID  TIME     TYPE              STATE   DETAIL
         1  +0s      ExecutionStarted          input: {}
         2  +0s      TaskStateEntered  Charge  input: {}
         3  +0.250s  TaskScheduled     Charge
         4  +2s      TaskFailed        Charge  error: Payment.Declined, cause: card expired
         5  +2s      ExecutionFailed           error: Payment.Declined, cause: card expired
        """);
  }

  @Test
  void shortens_long_details() {
    // GIVEN
    String big = "{\"text\":\"" + "x".repeat(200) + "\"}";
    List<HistoryEvent> events = List.of(HistoryEvent.builder().id(1L).previousEventId(0L).timestamp(T0)
        .type("ExecutionStarted").executionStartedEventDetails(d -> d.input(big)).build());

    // WHEN
    String row = HistoryTable.render(events).lines().skip(1).findFirst().orElseThrow();

    // THEN
    assertThat(row).endsWith("...").hasSizeLessThan(120);
  }

  @Test
  void writes_elapsed_time_compactly() {
    assertThat(HistoryTable.elapsed(T0, T0)).isEqualTo("+0s");
    assertThat(HistoryTable.elapsed(T0, T0.plus(Duration.ofHours(1).plusMinutes(2).plusSeconds(3)))).isEqualTo("+1h2m3s");
    assertThat(HistoryTable.elapsed(T0, T0.plus(Duration.ofDays(2)))).isEqualTo("+2d");
  }
}
