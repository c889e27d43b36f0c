package dev.sfntest.trace;

import static dev.sfntest.trace.TraceTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class HistoryTableTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  @Nested
  class Render {
    @Test
    void shows_each_event_with_its_time_state_and_detail() {
      // GIVEN a Task state's events: only TaskStateEntered names the state
      List<HistoryEvent> events = List.of(
          HistoryEvent.builder().id(1L).previousEventId(0L).timestamp(T0).type("ExecutionStarted")
              .executionStartedEventDetails(d -> d.input("{}")).build(),
          HistoryEvent.builder().id(2L).previousEventId(0L).timestamp(T0).type("TaskStateEntered")
              .stateEnteredEventDetails(d -> d.name("Charge").input("{\"amount\": 3}")).build(),
          HistoryEvent.builder().id(3L).previousEventId(2L).timestamp(T0.plusMillis(250)).type("TaskScheduled")
              .taskScheduledEventDetails(d -> d.resourceType("lambda").resource("invoke").region("us-east-1")
                  .parameters("{\"FunctionName\":\"charge\"}")).build(),
          HistoryEvent.builder().id(4L).previousEventId(3L).timestamp(T0.plusSeconds(2)).type("TaskFailed")
              .taskFailedEventDetails(d -> d.error("Payment.Declined").cause("card expired")).build(),
          HistoryEvent.builder().id(5L).previousEventId(4L).timestamp(T0.plusSeconds(2)).type("ExecutionFailed")
              .executionFailedEventDetails(d -> d.error("Payment.Declined").cause("card expired")).build());
      // WHEN
      String table = HistoryTable.of(events).render();
      // THEN
      assertThat(table).isEqualTo(""
          + "  #1  +0s      ExecutionStarted          input: {}\n"
          + "  #2  +0s      TaskStateEntered  Charge  input: {\"amount\": 3}\n"
          + "  #3  +0.250s  TaskScheduled     Charge  parameters: {\"FunctionName\":\"charge\"}\n"
          + "  #4  +2s      TaskFailed        Charge  Payment.Declined: card expired\n"
          + "  #5  +2s      ExecutionFailed           Payment.Declined: card expired\n");
    }

    @Test
    void labels_aborts_and_container_failures_with_their_own_states() {
      // GIVEN branch 0 is in a 10 s Task when branch 1's Task fails
      try (FakeSfn fake = FakeSfn.create()) {
        SfnTestContext sfn = SfnTestContext.of(fake);
        sfn.mockTask("ReserveHotel").thenReturn("{}").takes(Duration.ofSeconds(10));
        sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
        List<HistoryEvent> events = Histories.run(sfn, "trip", Histories.BOOK_TRIP, "{}").history();
        // WHEN
        String table = HistoryTable.of(events).last(4).render();
        // THEN
        assertThat(table).isEqualTo(""
            + "Last events (4 of 14):\n"
            + "  #11  +0s  TaskStateAborted     ReserveFlight\n"
            + "  #12  +0s  TaskStateAborted     ReserveHotel\n"
            + "  #13  +0s  ParallelStateFailed  BookTrip\n"
            + "  #14  +0s  ExecutionFailed                     Flight.SoldOut: no seats\n");
      }
    }

    @Test
    void labels_a_maps_failure_and_an_iterations_abort_with_their_own_states() {
      // GIVEN
      try (FakeSfn fake = FakeSfn.create()) {
        List<HistoryEvent> events = Histories.run(SfnTestContext.of(fake), "items", Histories.FRAGILE_ITEMS, "[1, 7]")
            .history();
        // WHEN
        String table = HistoryTable.of(events).last(5).render();
        // THEN
        assertThat(table).isEqualTo(""
            + "Last events (5 of 16):\n"
            + "  #12  +0s  MapIterationFailed   Items  iteration 1\n"
            + "  #13  +0s  MapIterationAborted  Items  iteration 0\n"
            + "  #14  +0s  WaitStateAborted     Pause\n"
            + "  #15  +0s  MapStateFailed       Items\n"
            + "  #16  +0s  ExecutionFailed             Item.TooBig: over 5\n");
      }
    }

    @Test
    void labels_a_map_iterations_events_shown_without_their_map_with_the_map_they_name() {
      // GIVEN the events of one iteration, as an assertion message shows them
      try (FakeSfn fake = FakeSfn.create()) {
        List<HistoryEvent> events = Histories.run(SfnTestContext.of(fake), "items", Histories.FRAGILE_ITEMS, "[7]")
            .history();
        Scope iteration = Trace.of(events).visitsOf("Items").get(0).children().get(0);
        // WHEN
        String table = HistoryTable.of(iteration.events()).render();
        // THEN
        assertThat(table).isEqualTo(""
            + "  #4  +0s  MapIterationStarted  Items   iteration 0\n"
            + "  #5  +0s  ChoiceStateEntered   Check   input: 7\n"
            + "  #6  +0s  ChoiceStateExited    Check   output: 7\n"
            + "  #7  +0s  FailStateEntered     TooBig  input: 7\n"
            + "  #8  +0s  MapIterationFailed   Items   iteration 0\n");
      }
    }

    @Test
    void shortens_long_details() {
      // GIVEN
      String big = "{\"text\":\"" + "x".repeat(200) + "\"}";
      List<HistoryEvent> events = List.of(HistoryEvent.builder().id(1L).previousEventId(0L).timestamp(T0)
          .type("ExecutionStarted").executionStartedEventDetails(d -> d.input(big)).build());
      // WHEN
      String row = HistoryTable.of(events).render().strip();
      // THEN
      assertThat(row).endsWith("...").hasSizeLessThan(130);
    }

    @Test
    void leaves_the_time_out_of_a_history_without_timestamps() {
      // GIVEN events as the conformance corpus records them
      List<HistoryEvent> events = List.of(HistoryEvent.builder().id(1L).previousEventId(0L)
          .type("ExecutionStarted").executionStartedEventDetails(d -> d.input("{}")).build());
      // WHEN / THEN
      assertThat(HistoryTable.of(events).render()).isEqualTo("  #1  ExecutionStarted  input: {}\n");
    }

    @Test
    void renders_nothing_for_no_events() {
      assertThat(HistoryTable.of(List.of()).render()).isEmpty();
      assertThat(HistoryTable.of(List.of(event(1, 0, "ExecutionStarted", b -> { }))).last(0).render())
          .isEqualTo("Last events (0 of 1):\n");
    }
  }

  @Nested
  class Last {
    @Test
    void refuses_a_negative_count() {
      assertThatThrownBy(() -> HistoryTable.of(List.of()).last(-1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("count must not be negative: -1");
    }
  }

  @Nested
  class Elapsed {
    @Test
    void writes_elapsed_time_compactly() {
      assertThat(HistoryTable.elapsed(T0, T0)).isEqualTo("+0s");
      assertThat(HistoryTable.elapsed(T0, T0.plus(Duration.ofHours(1).plusMinutes(2).plusSeconds(3)))).isEqualTo("+1h2m3s");
      assertThat(HistoryTable.elapsed(T0, T0.plus(Duration.ofDays(2)))).isEqualTo("+2d");
    }
  }
}
