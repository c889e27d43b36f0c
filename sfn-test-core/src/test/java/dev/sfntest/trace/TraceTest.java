package dev.sfntest.trace;

import static dev.sfntest.trace.Histories.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class TraceTest {

  FakeSfn fake;
  SfnTestContext sfn;

  @BeforeEach
  void start() {
    fake = FakeSfn.create();
    sfn = SfnTestContext.of(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** Reads the run's history, checking what every trace must satisfy first. */
  private static Trace trace(Execution run) {
    Trace trace = Trace.of(run.history());
    List<String> problems = new ArrayList<>();
    for (Visit visit : trace.visits()) {
      problems.addAll(VisitChecks.check(visit, trace.status() == ExecutionStatus.RUNNING));
    }
    assertThat(problems).isEmpty();
    assertThat(trace.unplacedEvents()).isEmpty();
    return trace;
  }

  @Nested
  class Branch_outcome {
    @Test
    void a_branch_whose_task_failed_failed_though_aws_records_the_tasks_abort() {
      // GIVEN branch 0 is in a 10 s Task when branch 1's Task fails
      sfn.mockTask("ReserveHotel").thenReturn("{}").takes(Duration.ofSeconds(10));
      sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "trip", Histories.BOOK_TRIP, "{}"));
      // THEN
      Visit book = trace.visitsOf("BookTrip").get(0);
      assertThat(book.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(book.failure()).isEqualTo(new Failure("Flight.SoldOut", "no seats"));
      Scope hotel = book.children().stream().filter(s -> s.index() == 0).findFirst().orElseThrow();
      Scope flight = book.children().stream().filter(s -> s.index() == 1).findFirst().orElseThrow();
      assertThat(flight.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(flight.failure().error()).isEqualTo("Flight.SoldOut");
      assertThat(hotel.outcome()).isEqualTo(Outcome.ABORTED);
      Visit failed = trace.visitsOf("ReserveFlight").get(0);
      assertThat(failed.aborted()).isNotNull();
      assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(trace.visitsOf("ReserveHotel").get(0).outcome()).isEqualTo(Outcome.ABORTED);
    }

    @Test
    void each_abort_and_the_parallels_failure_belong_to_their_own_states() {
      // GIVEN
      sfn.mockTask("ReserveHotel").thenReturn("{}").takes(Duration.ofSeconds(10));
      sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "trip", Histories.BOOK_TRIP, "{}"));
      // THEN
      List<String> aborted = new ArrayList<>();
      for (HistoryEvent event : trace.events()) {
        EventKind kind = EventKind.of(event);
        if (kind == EventKind.TASK_STATE_ABORTED) {
          aborted.add(trace.visitOf(event).name());
        }
        if (kind == EventKind.PARALLEL_STATE_FAILED) {
          assertThat(trace.visitOf(event).name()).isEqualTo("BookTrip");
        }
      }
      // AWS aborts the failed state first, then the others in branch order
      assertThat(aborted).containsExactly("ReserveFlight", "ReserveHotel");
    }

    @Test
    void a_nested_parallels_failure_fails_each_branch_on_its_way_out() {
      // GIVEN
      sfn.mockTask("ReserveHotel").thenReturn("{}").takes(Duration.ofSeconds(10));
      sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "nested", Histories.NESTED_FAILURE, "{}"));
      // THEN
      Visit outer = trace.visitsOf("Outer").get(0);
      Visit inner = trace.visitsOf("Inner").get(0);
      assertThat(outer.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(inner.outcome()).isEqualTo(Outcome.FAILED);
      assertThat(inner.failure().error()).isEqualTo("Flight.SoldOut");
      assertThat(outer.failure().error()).isEqualTo("Flight.SoldOut");
      assertThat(trace.visitsOf("Nap").get(0).outcome()).isEqualTo(Outcome.ABORTED);
      assertThat(trace.visitsOf("ReserveHotel").get(0).outcome()).isEqualTo(Outcome.ABORTED);
      assertThat(trace.visitsOf("ReserveFlight").get(0).outcome()).isEqualTo(Outcome.FAILED);
      assertThat(inner.scope().outcome()).isEqualTo(Outcome.FAILED);
      long taskAborts = trace.events().stream().filter(e -> EventKind.of(e) == EventKind.TASK_STATE_ABORTED).count();
      assertThat(taskAborts).as("one abort per stopped Task").isEqualTo(2);
    }
  }

  @Nested
  class Iteration_outcome {
    @Test
    void the_iteration_in_a_fail_state_failed_and_the_waiting_ones_were_aborted() {
      // WHEN
      Trace trace = trace(Histories.run(sfn, "items", Histories.FRAGILE_ITEMS, "[1, 7, 2]"));
      // THEN
      Visit items = trace.visitsOf("Items").get(0);
      assertThat(items.children()).extracting(Scope::index, Scope::outcome).containsExactly(
          org.assertj.core.groups.Tuple.tuple(0, Outcome.ABORTED), org.assertj.core.groups.Tuple.tuple(1, Outcome.FAILED),
          org.assertj.core.groups.Tuple.tuple(2, Outcome.ABORTED));
      assertThat(items.failure()).isEqualTo(new Failure("Item.TooBig", "over 5"));
      for (HistoryEvent event : trace.events()) {
        EventKind kind = EventKind.of(event);
        if (kind == EventKind.WAIT_STATE_ABORTED) {
          assertThat(trace.visitOf(event).name()).isEqualTo("Pause");
          assertThat(trace.visitOf(event).scope().index()).isEqualTo(0);
        }
        if (kind == EventKind.MAP_STATE_FAILED || kind.subject() == EventKind.Subject.MAP_ITERATION) {
          assertThat(trace.visitOf(event)).isSameAs(items);
        }
      }
      assertThat(trace.visitsOf("TooBig").get(0).failure()).isEqualTo(new Failure("Item.TooBig", "over 5"));
    }
  }

  @Nested
  class Attempts {
    @Test
    void a_retried_then_caught_task_has_two_attempts_and_leads_to_its_catcher() {
      // GIVEN
      sfn.mockTask("Charge").thenFail("Busy", "try later").thenFail("Declined", "card expired");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "charge", Histories.CHARGE, "{}"));
      // THEN
      Visit charge = trace.visitsOf("Charge").get(0);
      assertThat(charge.outcome()).isEqualTo(Outcome.CAUGHT);
      assertThat(charge.retries()).isEqualTo(1);
      assertThat(charge.attempts()).extracting(Attempt::outcome).containsExactly(Outcome.FAILED, Outcome.FAILED);
      assertThat(charge.failures()).containsExactly(new Failure("Busy", "try later"),
          new Failure("Declined", "card expired"));
      assertThat(charge.failure()).isEqualTo(new Failure("Declined", "card expired"));
      assertThat(charge.next().name()).isEqualTo("Refund");
      assertThat(charge.attempts().get(0).resource()).isEqualTo(Histories.LAMBDA);
      assertThat(trace.root().path()).containsExactly("Charge", "Refund", "Done");
    }

    @Test
    void name_the_retrier_and_catcher_that_handled_their_errors_when_the_definition_is_given() {
      // GIVEN Declined goes to Refund, anything else to Alert; Busy is retried
      String definition = q("{'StartAt':'Charge','States':{'Charge':{'Type':'Task','Resource':'" + Histories.LAMBDA
          + "','Retry':[{'ErrorEquals':['Throttled'],'MaxAttempts':1},{'ErrorEquals':['Busy'],'IntervalSeconds':2,"
          + "'MaxAttempts':1}],'Catch':[{'ErrorEquals':['Declined'],'Next':'Refund'},"
          + "{'ErrorEquals':['States.ALL'],'Next':'Alert'}],'End':true},"
          + "'Refund':{'Type':'Pass','End':true},'Alert':{'Type':'Pass','End':true}}}");
      sfn.mockTask("Charge").thenFail("Busy", "try later").thenFail("Gateway.Down", "503");
      List<HistoryEvent> events = Histories.run(sfn, "charge", definition, "{}").history();
      // WHEN
      Trace withDefinition = Trace.of(events, () -> definition);
      Trace without = Trace.of(events);
      // THEN
      Visit charge = withDefinition.visitsOf("Charge").get(0);
      assertThat(charge.catcher()).hasValue(1);
      assertThat(charge.next().name()).isEqualTo("Alert");
      assertThat(charge.attempts().get(0).retrier()).hasValue(1);
      assertThat(charge.attempts().get(1).retrier()).isEmpty();
      assertThat(without.visitsOf("Charge").get(0).catcher()).isEmpty();
      assertThat(without.visitsOf("Charge").get(0).attempts().get(0).retrier()).isEmpty();
    }

    @Test
    void a_succeeding_retry_succeeds_with_its_result() {
      // GIVEN
      sfn.mockTask("Charge").thenFail("Busy", "try later").thenReturn("{\"charged\": true}");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "charge", Histories.CHARGE, "{\"amount\": 3}"));
      // THEN
      Visit charge = trace.visitsOf("Charge").get(0);
      assertThat(charge.outcome()).isEqualTo(Outcome.SUCCEEDED);
      assertThat(charge.failure()).isNull();
      assertThat(charge.attempts().get(1).result().path("charged").asBoolean()).isTrue();
      assertThat(charge.attempts().get(1).parameters().path("amount").asInt()).isEqualTo(3);
      assertThat(charge.next().name()).isEqualTo("Done");
    }
  }

  @Nested
  class Waiting_on {
    @Test
    void a_wait_state_waits_on_its_timer_and_a_failed_task_on_its_retry() {
      // GIVEN the clock moves only when the test says so
      fake.clock().setTimeSkipping(false);
      sfn.mockTask("Charge").thenFail("Busy", "try later").thenReturn("{}");
      // WHEN
      Trace charging = trace(Histories.run(sfn, "charge", Histories.CHARGE, "{}"));
      Trace pausing = trace(Histories.run(sfn, "items", Histories.FRAGILE_ITEMS, "[1]"));
      // THEN
      assertThat(charging.running()).singleElement().satisfies(visit -> {
        assertThat(visit.name()).isEqualTo("Charge");
        assertThat(visit.waitingOn()).contains(new Waiting(Waiting.Kind.RETRY, "Busy"));
      });
      assertThat(pausing.running()).singleElement().satisfies(visit -> {
        assertThat(visit.name()).isEqualTo("Pause");
        assertThat(visit.waitingOn()).contains(new Waiting(Waiting.Kind.TIMER, null));
      });
      assertThat(pausing.visitsOf("Items").get(0).outcome()).isEqualTo(Outcome.RUNNING);
      assertThat(pausing.visitsOf("Items").get(0).waitingOn()).isEmpty();
    }

    @Test
    void a_callback_task_waits_on_its_token() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      String definition = q("{'StartAt':'Approve','States':{'Approve':{'Type':'Task',"
          + "'Resource':'arn:aws:states:::sqs:sendMessage.waitForTaskToken',"
          + "'Parameters':{'QueueUrl':'q','MessageBody':{'token.$':'$$.Task.Token'}},'End':true}}}");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "approve", definition, "{}"));
      // THEN
      assertThat(trace.status()).isEqualTo(ExecutionStatus.RUNNING);
      assertThat(trace.running()).singleElement().satisfies(visit -> assertThat(visit.waitingOn())
          .contains(new Waiting(Waiting.Kind.TASK_TOKEN, "sqs:sendMessage.waitForTaskToken")));
    }

    @Test
    void an_activity_task_waits_on_a_worker() {
      // GIVEN
      String activity = fake.client().createActivity(b -> b.name("pack")).activityArn();
      String definition = q("{'StartAt':'Pack','States':{'Pack':{'Type':'Task','Resource':'" + activity + "','End':true}}}");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "pack", definition, "{}"));
      // THEN
      assertThat(trace.running()).singleElement().satisfies(visit -> assertThat(visit.waitingOn())
          .contains(new Waiting(Waiting.Kind.ACTIVITY_WORKER, activity)));
    }
  }

  @Nested
  class Stopped {
    @Test
    void a_state_running_when_the_execution_times_out_is_stopped() {
      // GIVEN
      String definition = q("{'StartAt':'Nap','TimeoutSeconds':3,'States':{'Nap':{'Type':'Wait','Seconds':10,'End':true}}}");
      // WHEN
      Trace trace = trace(Histories.run(sfn, "nap", definition, "{}"));
      // THEN
      assertThat(trace.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
      assertThat(trace.visitsOf("Nap").get(0).outcome()).isEqualTo(Outcome.STOPPED);
      assertThat(trace.failure().error()).isEqualTo("States.Timeout");
    }
  }

  @Nested
  class Redrive {
    @Test
    void a_redriven_parallel_runs_its_failed_branch_again_under_its_own_index() {
      // GIVEN branch 1 fails once; branch 0 succeeds and is not run again
      String definition = q("{'StartAt':'Both','States':{'Both':{'Type':'Parallel','End':true,'Branches':["
          + "{'StartAt':'Left','States':{'Left':{'Type':'Pass','End':true}}},"
          + "{'StartAt':'Right','States':{'Right':{'Type':'Task','Resource':'" + Histories.LAMBDA + "','End':true}}}]}}}");
      sfn.mockTask("Right").thenFail("Outage", "down").times(1).thenReturn("{}");
      Execution run = Histories.run(sfn, "both", definition, "{}");
      // WHEN
      fake.client().redriveExecution(b -> b.executionArn(run.arn()));
      // THEN
      Trace trace = trace(run);
      assertThat(trace.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      List<Visit> both = trace.visitsOf("Both");
      assertThat(both).extracting(Visit::outcome, Visit::wasRedriven).containsExactly(
          org.assertj.core.groups.Tuple.tuple(Outcome.FAILED, false),
          org.assertj.core.groups.Tuple.tuple(Outcome.SUCCEEDED, true));
      assertThat(both.get(1).children()).singleElement().satisfies(branch -> {
        assertThat(branch.index()).isEqualTo(1);
        assertThat(branch.path()).containsExactly("Right");
        assertThat(branch.outcome()).isEqualTo(Outcome.SUCCEEDED);
      });
    }
  }

  @Nested
  class Branch_index {
    @Test
    void is_read_from_the_definition_when_branches_start_out_of_order() {
      // GIVEN branch 1's first state is entered before branch 0's, as AWS may record it
      String definition = q("{'StartAt':'Both','States':{'Both':{'Type':'Parallel','End':true,'Branches':["
          + "{'StartAt':'Left','States':{'Left':{'Type':'Pass','End':true}}},"
          + "{'StartAt':'Right','States':{'Right':{'Type':'Pass','End':true}}}]}}}");
      List<HistoryEvent> events = List.of(
          event(1, 0, "ExecutionStarted", b -> b.executionStartedEventDetails(d -> d.input("{}"))),
          event(2, 0, "ParallelStateEntered", b -> b.stateEnteredEventDetails(d -> d.name("Both").input("{}"))),
          event(3, 2, "ParallelStateStarted", b -> { }),
          event(4, 3, "PassStateEntered", b -> b.stateEnteredEventDetails(d -> d.name("Right").input("{}"))),
          event(5, 4, "PassStateExited", b -> b.stateExitedEventDetails(d -> d.name("Right").output("{}"))),
          event(6, 3, "PassStateEntered", b -> b.stateEnteredEventDetails(d -> d.name("Left").input("{}"))),
          event(7, 6, "PassStateExited", b -> b.stateExitedEventDetails(d -> d.name("Left").output("{}"))),
          event(8, 7, "ParallelStateSucceeded", b -> { }),
          event(9, 7, "ParallelStateExited", b -> b.stateExitedEventDetails(d -> d.name("Both").output("[{},{}]"))),
          event(10, 9, "ExecutionSucceeded", b -> b.executionSucceededEventDetails(d -> d.output("[{},{}]"))));
      // WHEN
      Trace withDefinition = Trace.of(events, () -> definition);
      Trace without = Trace.of(events);
      // THEN
      assertThat(withDefinition.visitsOf("Right").get(0).scope().index()).isEqualTo(1);
      assertThat(withDefinition.visitsOf("Left").get(0).scope().index()).isEqualTo(0);
      assertThat(without.visitsOf("Right").get(0).scope().index()).isEqualTo(0);
    }

    @Test
    void a_definition_that_cannot_be_read_numbers_branches_in_start_order() {
      // GIVEN
      sfn.mockTask("ReserveHotel").thenReturn("{}");
      sfn.mockTask("ReserveFlight").thenReturn("{}");
      List<HistoryEvent> events = Histories.run(sfn, "trip", Histories.BOOK_TRIP, "{}").history();
      // WHEN
      Trace trace = Trace.of(events, () -> {
        throw new IllegalStateException("AccessDenied");
      });
      // THEN
      assertThat(trace.visitsOf("ReserveFlight").get(0).scope().index()).isEqualTo(1);
    }
  }

  @Nested
  class Visit_of {
    @Test
    void refuses_an_event_of_another_history() {
      // GIVEN
      Trace trace = Trace.of(List.of(event(1, 0, "ExecutionStarted", b -> { })));
      // WHEN / THEN
      assertThatThrownBy(() -> trace.visitOf(event(1, 0, "ExecutionStarted", b -> { })))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("Not an event of this trace: #1 ExecutionStarted");
    }

    @Test
    void places_an_event_of_an_unknown_type_with_the_event_it_follows() {
      // GIVEN a type newer than this library
      List<HistoryEvent> events = List.of(
          event(1, 0, "ExecutionStarted", b -> { }),
          event(2, 0, "PassStateEntered", b -> b.stateEnteredEventDetails(d -> d.name("P").input("{}"))),
          event(3, 2, "PassStateTeleported", b -> { }),
          event(4, 0, "SomethingElse", b -> { }));
      // WHEN
      Trace trace = Trace.of(events);
      // THEN
      assertThat(EventKind.of(events.get(2))).isEqualTo(EventKind.UNKNOWN);
      assertThat(trace.visitOf(events.get(2)).name()).isEqualTo("P");
      assertThat(trace.unplacedEvents()).containsExactly(events.get(3));
    }
  }

  static HistoryEvent event(long id, long previous, String type,
      java.util.function.Consumer<HistoryEvent.Builder> details) {
    HistoryEvent.Builder builder = HistoryEvent.builder().id(id).previousEventId(previous).type(type)
        .timestamp(java.time.Instant.parse("2025-01-01T00:00:00Z").plusSeconds(id));
    details.accept(builder);
    return builder.build();
  }
}
