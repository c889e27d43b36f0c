package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static dev.sfntest.assertj.error.ShouldContainEventTypesInOrder.shouldContainEventTypesInOrder;
import static dev.sfntest.assertj.error.ShouldHaveBeenCaught.shouldHaveBeenCaught;
import static dev.sfntest.assertj.error.ShouldHaveBeenInvokedTimes.shouldHaveBeenInvokedTimes;
import static dev.sfntest.assertj.error.ShouldHaveBeenRetried.shouldHaveBeenRetried;
import static dev.sfntest.assertj.error.ShouldHaveEndedAs.shouldHaveEndedAs;
import static dev.sfntest.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredState;
import static dev.sfntest.assertj.error.ShouldHaveInput.shouldHaveInput;
import static dev.sfntest.assertj.error.ShouldHaveOutput.shouldHaveStateOutput;
import static dev.sfntest.assertj.error.ShouldHaveParameters.shouldHaveParameters;
import static dev.sfntest.assertj.error.ShouldHaveRecordedError.shouldHaveHadHeartbeatTimeout;
import static dev.sfntest.assertj.error.ShouldHaveRecordedError.shouldHaveRecordedError;
import static dev.sfntest.assertj.error.ShouldHaveResult.shouldHaveResult;
import static dev.sfntest.assertj.error.ShouldHaveScope.shouldHaveScope;
import static dev.sfntest.assertj.error.ShouldHaveStartedChildExecution.shouldHaveStartedChildExecution;
import static dev.sfntest.assertj.error.ShouldHaveStateFailedWith.shouldHaveStateFailedWith;
import static dev.sfntest.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static dev.sfntest.assertj.error.ShouldHaveVisitedExactly.shouldHaveVisitedExactly;
import static dev.sfntest.assertj.error.ShouldNotContainEventType.shouldNotContainEventType;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.assertj.internal.Describe;
import dev.sfntest.trace.Failure;
import dev.sfntest.trace.Scope;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.internal.shared.JsonValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** The navigated assertions: state, task, history, Map iterations, Parallel branches, child executions. */
abstract class NavigationAssertSuite extends SfnFixture {

  static JsonNode json(String text) {
    return JsonValues.parseUnchecked(text.replace('\'', '"'));
  }

  /** Every event of the state's visits, as the navigated assertions show them. */
  static List<HistoryEvent> eventsOf(Execution execution, String state) {
    List<HistoryEvent> events = new ArrayList<>();
    for (Visit visit : Trace.of(execution.history()).root().visitsOf(state)) {
      events.addAll(visit.events());
    }
    return events;
  }

  static String stateContext(String state) {
    return "state '" + state + "' of execution 'run-1'";
  }

  Execution payment(String input) {
    return run("payment", Workflows.PAYMENT, input);
  }

  Execution items(String items) {
    return run("items", Workflows.ITEMS, "{'items': " + items + "}");
  }

  @Nested
  class State {
    @Test
    void passes_on_input_and_output_of_the_state() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{\"charged\": true}");
      // WHEN
      Execution execution = payment("{'amount': 42}");
      // THEN
      assertThat(execution).state("ChargeCard")
          .hasInput("{\"amount\": 42}")
          .hasOutput("{\"amount\": 42, \"charge\": {\"charged\": true}}")
          .hasOutputSatisfying(out -> then(out.get("amount").asInt()).isEqualTo(42))
          .hasInputSatisfying(in -> then(in.size()).isEqualTo(1))
          .returnToExecution().hasSucceeded();
    }

    @Test
    void fails_navigating_to_a_state_never_entered() {
      // GIVEN
      Execution execution = run("order", Workflows.ORDER, "{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("Reject"));
      // THEN
      then(error).hasMessage(shouldHaveEnteredState(Describe.execution(execution), "execution", "Reject",
          List.of("Validate", "Route", "Ship", "Done")).create());
    }

    @Test
    void fails_on_another_input_naming_the_state() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{'amount': 42}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("ChargeCard").hasInput("{}"));
      // THEN
      then(error).hasMessage(shouldHaveInput(stateContext("ChargeCard"), json("{}"), json("{'amount': 42}"),
          eventsOf(execution, "ChargeCard")).create());
      then(error.getMessage()).startsWith("[state 'ChargeCard' of execution 'run-1']\nExpecting state to have input:");
    }

    @Test
    void fails_on_another_output() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("ChargeCard").hasOutput("{}"));
      // THEN
      then(error).hasMessage(shouldHaveStateOutput(stateContext("ChargeCard"), json("{}"), json("{'charge': {}}"),
          eventsOf(execution, "ChargeCard")).create());
    }
  }

  @Nested
  class WasRetried {
    @Test
    void passes_counting_the_retries() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").times(2).thenReturn("{}");
      // WHEN
      Execution execution = payment("{}");
      // THEN
      assertThat(execution).state("ChargeCard").wasRetried(2);
      assertThat(execution).state("Ship").wasRetried(0);
    }

    @Test
    void fails_with_the_retries_and_the_state_events() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").thenReturn("{}");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("ChargeCard").wasRetried(2));
      // THEN
      then(error).hasMessage(shouldHaveBeenRetried(stateContext("ChargeCard"), 2, 1,
          eventsOf(execution, "ChargeCard")).create());
      then(error.getMessage()).contains("Expecting state to have been retried 2 times, but it was retried once",
          "TaskFailed", "Payment.Throttled: busy");
    }
  }

  @Nested
  class WasCaught {
    @Test
    void passes_when_a_catch_handled_that_error() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Declined", "card expired");
      // WHEN
      Execution execution = payment("{}");
      // THEN
      assertThat(execution).hasSucceeded().hasVisitedStates("Refund")
          .state("ChargeCard").wasCaught("Payment.Declined").hasFailedWith("Payment.Declined");
    }

    @Test
    void fails_when_the_state_did_not_fail() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("ChargeCard")
          .wasCaught("Payment.Declined"));
      // THEN
      then(error).hasMessage(shouldHaveBeenCaught(stateContext("ChargeCard"), "Payment.Declined", null, false,
          eventsOf(execution, "ChargeCard")).create());
    }

    @Test
    void fails_when_no_catch_handled_the_error() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Lost", "gone");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("ChargeCard")
          .wasCaught("Payment.Lost"));
      // THEN
      then(error).hasMessage(shouldHaveBeenCaught(stateContext("ChargeCard"), "Payment.Lost",
          new Failure("Payment.Lost", "gone"), false, eventsOf(execution, "ChargeCard")).create());
      then(error.getMessage()).contains("but it failed with \"Payment.Lost\" (\"gone\") and no Catch handled it");
    }
  }

  @Nested
  class StateHasFailedWith {
    @Test
    void fails_naming_the_error_it_failed_with() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Lost", "gone");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("ChargeCard")
          .hasFailedWith("Payment.Declined"));
      // THEN
      then(error).hasMessage(shouldHaveStateFailedWith(stateContext("ChargeCard"), "Payment.Declined",
          new Failure("Payment.Lost", "gone"), eventsOf(execution, "ChargeCard")).create());
    }
  }

  @Nested
  class TimedOut {
    @Test
    void passes_when_the_task_timed_out() {
      // GIVEN
      sfn.mockTask("Pack").thenReturn("{}").takes(Duration.ofSeconds(10)).heartbeatsEvery(Duration.ofSeconds(1));
      // WHEN
      Execution execution = run("packing", Workflows.PACKING, "{}");
      // THEN
      assertThat(execution).hasSucceeded().hasVisitedStates("Compensate")
          .state("Pack").timedOut().wasCaught("States.Timeout");
    }

    @Test
    void fails_listing_the_errors_recorded() {
      // GIVEN
      sfn.mockTask("Pack").thenReturn("{}").takes(Duration.ofSeconds(3));
      Execution execution = run("packing", Workflows.PACKING, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("Pack").timedOut());
      // THEN
      then(error).hasMessage(shouldHaveRecordedError(stateContext("Pack"), "timed out", "States.Timeout",
          List.of(new Failure("States.HeartbeatTimeout", null)), eventsOf(execution, "Pack")).create());
    }
  }

  @Nested
  class HadHeartbeatTimeout {
    @Test
    void passes_when_the_worker_missed_a_heartbeat() {
      // GIVEN
      sfn.mockTask("Pack").thenReturn("{}").takes(Duration.ofSeconds(3));
      // WHEN
      Execution execution = run("packing", Workflows.PACKING, "{}");
      // THEN
      assertThat(execution).state("Pack").hadHeartbeatTimeout().hasFailedWith("States.HeartbeatTimeout");
    }

    @Test
    void fails_when_the_task_answered_in_time() {
      // GIVEN
      sfn.mockTask("Pack").thenReturn("{}");
      Execution execution = run("packing", Workflows.PACKING, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("Pack").hadHeartbeatTimeout());
      // THEN
      then(error).hasMessage(shouldHaveRecordedError(stateContext("Pack"), "had a heartbeat time-out",
          "States.HeartbeatTimeout", List.of(), eventsOf(execution, "Pack")).create());
    }

    @Test
    void fails_explaining_that_aws_records_a_lapsed_callback_heartbeat_as_a_timeout() {
      // GIVEN a .waitForTaskToken Task whose worker never sends a heartbeat
      sfn.mockTask("Approve").completesViaToken();
      Execution execution = run("approval", Workflows.APPROVAL_WITH_HEARTBEAT, "{}");
      sfn.clock().advance(Duration.ofSeconds(6));
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).state("Approve").hadHeartbeatTimeout());
      // THEN
      then(error).hasMessage(shouldHaveHadHeartbeatTimeout(stateContext("Approve"),
          List.of(new Failure("States.Timeout", null)), true, eventsOf(execution, "Approve")).create());
      then(error.getMessage()).contains("A .waitForTaskToken task whose HeartbeatSeconds pass fails with "
          + "\"States.Timeout\" on AWS; \"States.HeartbeatTimeout\" is what activities and Lambda functions record. "
          + "Use timedOut() for it.");
      assertThat(execution).state("Approve").timedOut();
    }
  }

  @Nested
  class Task {
    @Test
    void passes_on_calls_parameters_and_result() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").thenReturn("{\"charged\": true}");
      // WHEN
      Execution execution = payment("{'amount': 42}");
      // THEN
      assertThat(execution).task("ChargeCard")
          .wasInvokedTimes(2)
          .hasParameters("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}")
          .hasParametersSatisfying(p -> then(p.get("FunctionName").asText()).isEqualTo("charge"))
          .hasResult("{\"charged\": true}")
          .hasResultSatisfying(r -> then(r.get("charged").asBoolean()).isTrue())
          .returnToExecution().hasSucceeded();
    }

    @Test
    void fails_on_the_number_of_calls() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).task("ChargeCard").wasInvokedTimes(3));
      // THEN
      then(error).hasMessage(shouldHaveBeenInvokedTimes(stateContext("ChargeCard"), 3, 1,
          eventsOf(execution, "ChargeCard")).create());
    }

    @Test
    void fails_on_other_parameters() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{'amount': 1}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).task("ChargeCard")
          .hasParameters("{\"FunctionName\": \"refund\"}"));
      // THEN
      then(error).hasMessage(shouldHaveParameters(stateContext("ChargeCard"), json("{'FunctionName': 'refund'}"),
          json("{'FunctionName': 'charge', 'Payload': {'amount': 1}}"), eventsOf(execution, "ChargeCard")).create());
    }

    @Test
    void fails_when_no_call_succeeded() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Declined", "no");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).task("ChargeCard").hasResult("{}"));
      // THEN
      then(error).hasMessage(shouldHaveResult(stateContext("ChargeCard"), json("{}"), null,
          eventsOf(execution, "ChargeCard")).create());
    }
  }

  @Nested
  class History {
    @Test
    void refuses_a_name_that_is_no_event_type_instead_of_finding_none() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{}");
      // WHEN
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
          () -> assertThat(execution).history().hasNoEventOfType("TaskFailled"));
      // THEN
      then(thrown).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("No history event type is named 'TaskFailled'; did you mean TaskFailed?");
    }

    @Test
    void passes_on_event_types_in_order_and_filters() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").times(2).thenReturn("{}");
      // WHEN
      Execution execution = payment("{}");
      // THEN
      assertThat(execution).history()
          .containsEventTypesInOrder("ExecutionStarted", "TaskFailed", "TaskSucceeded", "ExecutionSucceeded")
          .containsEventTypesInOrder(HistoryEventType.TASK_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED)
          .hasNoEventOfType("TaskTimedOut")
          .filteredOnState("ChargeCard").filteredOnType("TaskFailed").hasSize(2)
          .returnToExecution().history().filteredOnType(HistoryEventType.PASS_STATE_ENTERED).hasSize(1);
    }

    @Test
    void fails_naming_the_type_missing_after_the_others() {
      // GIVEN
      Execution execution = run("order", Workflows.ORDER, "{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).history()
          .containsEventTypesInOrder("ChoiceStateEntered", "PassStateEntered", "ExecutionFailed"));
      // THEN
      then(error).hasMessage(shouldContainEventTypesInOrder("history of execution 'run-1'",
          List.of("ChoiceStateEntered", "PassStateEntered", "ExecutionFailed"), "ExecutionFailed",
          List.of("ChoiceStateEntered", "PassStateEntered"), execution.history()).create());
    }

    @Test
    void fails_listing_the_events_of_an_unwanted_type() {
      // GIVEN
      Execution execution = run("order", Workflows.ORDER, "{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).history()
          .hasNoEventOfType("ChoiceStateEntered"));
      // THEN
      then(error).hasMessage(shouldNotContainEventType("history of execution 'run-1'", "ChoiceStateEntered",
          List.of(execution.history().get(3))).create());
    }
  }

  @Nested
  class MapIteration {
    @Test
    void passes_on_the_states_of_one_iteration() {
      // GIVEN / WHEN
      Execution execution = items("[1, 20, 3]");
      // THEN
      assertThat(execution).hasSucceeded()
          .mapIteration(1).hasSucceeded().hasVisitedExactly("Size", "Big").hasNotVisited("Small")
          .state("Big").hasOutput("\"big\"");
      assertThat(execution).mapIteration("Items", 2).hasVisitedStatesInOrder("Size", "Small")
          .history().containsEventTypesInOrder("MapIterationStarted", "ChoiceStateEntered", "MapIterationSucceeded");
    }

    @Test
    void fails_on_the_path_of_the_iteration() {
      // GIVEN
      Execution execution = items("[1, 20, 3]");
      Scope iteration = Trace.of(execution.history()).root().visitsOf("Items").get(0).children().get(0);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).mapIteration(0)
          .hasVisitedExactly("Size", "Big"));
      // THEN
      then(error).hasMessage(shouldHaveVisitedExactly("iteration 0 of Map 'Items' of execution 'run-1'",
          "iteration", List.of("Size", "Big"), iteration.path()).create());
      then(error.getMessage()).startsWith("[iteration 0 of Map 'Items' of execution 'run-1']\n"
          + "Expecting iteration to have visited exactly:");
    }

    @Test
    void fails_naming_a_state_of_the_iteration() {
      // GIVEN
      Execution execution = items("[1]");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).mapIteration(0).state("Small")
          .hasOutput("\"big\""));
      // THEN
      then(error).hasMessage(shouldHaveStateOutput("state 'Small' in iteration 0 of Map 'Items' of execution 'run-1'",
          json("'big'"), json("'small'"), eventsOf(execution, "Small")).create());
    }

    @Test
    void fails_when_there_is_no_such_iteration() {
      // GIVEN
      Execution execution = items("[1, 2]");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).mapIteration(5));
      // THEN
      then(error).hasMessage(shouldHaveScope(Describe.execution(execution), "Map", null, 5, List.of("Items"),
          List.of(0, 1)).create());
      then(error.getMessage()).endsWith("Expecting execution to have run iteration 5 of a Map state, "
          + "but it ran only iterations 0, 1");
    }
  }

  @Nested
  class Branch {
    @Test
    void passes_on_the_states_of_one_branch() {
      // GIVEN / WHEN
      Execution execution = run("fork", Workflows.FORK, "{}");
      // THEN
      assertThat(execution).hasSucceeded().hasVisitedStatesInOrder("Fork", "Hold", "Note", "Join")
          .branch(0).hasSucceeded().hasVisitedExactly("Hold", "Note")
          .returnToExecution().branch("Fork", 1).hasVisitedExactly("Notify").state("Notify").hasOutput("\"sent\"");
    }

    @Test
    void fails_on_the_path_of_the_branch() {
      // GIVEN
      Execution execution = run("fork", Workflows.FORK, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).branch(1).hasVisitedExactly("Hold"));
      // THEN
      then(error).hasMessage(shouldHaveVisitedExactly("branch 1 of Parallel 'Fork' of execution 'run-1'", "branch",
          List.of("Hold"), List.of("Notify")).create());
    }

    @Test
    void fails_when_a_branch_did_not_end_as_expected() {
      // GIVEN
      Execution execution = run("fork", Workflows.FORK, "{}");
      Scope branch = Trace.of(execution.history()).root().visitsOf("Fork").get(0).children().get(1);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).branch(1).hasFailed());
      // THEN
      then(error).hasMessage(shouldHaveEndedAs("branch 1 of Parallel 'Fork' of execution 'run-1'", "branch",
          "failed", "it succeeded", branch.events()).create());
    }

    @Test
    void tells_the_branch_whose_task_failed_from_the_one_it_aborted() {
      // GIVEN branch 0 is still in a 10 s Task when branch 1's Task fails; AWS then records the
      // abort of both Tasks, the failed one first
      sfn.mockTask("ReserveHotel").thenReturn("{}").takes(java.time.Duration.ofSeconds(10));
      sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
      // WHEN
      Execution execution = run("trip", Workflows.BOOK_TRIP, "{}");
      // THEN
      assertThat(execution).hasFailedWith("Flight.SoldOut")
          .branch("BookTrip", 1).hasFailed().state("ReserveFlight").hasFailedWith("Flight.SoldOut");
      assertThat(execution).branch("BookTrip", 0).wasAborted();
      assertThat(execution).state("BookTrip").hasFailedWith("Flight.SoldOut");
    }

    @Test
    void fails_saying_the_branch_failed_when_it_was_expected_aborted() {
      // GIVEN
      sfn.mockTask("ReserveHotel").thenReturn("{}").takes(java.time.Duration.ofSeconds(10));
      sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
      Execution execution = run("trip", Workflows.BOOK_TRIP, "{}");
      Scope branch = Trace.of(execution.history()).visitsOf("BookTrip").get(0).children().stream()
          .filter(s -> s.index() == 1).findFirst().orElseThrow();
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).branch(1).wasAborted());
      // THEN
      then(error).hasMessage(shouldHaveEndedAs("branch 1 of Parallel 'BookTrip' of execution 'run-1'", "branch",
          "been aborted", "it failed", branch.events()).create());
      then(error.getMessage()).contains("TaskStateAborted  ReserveFlight");
    }

    @Test
    void fails_when_there_is_no_parallel_state() {
      // GIVEN
      Execution execution = items("[1]");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).branch(0));
      // THEN
      then(error).hasMessage(shouldHaveScope(Describe.execution(execution), "Parallel", null, 0, List.of(),
          List.of()).create());
    }
  }

  @Nested
  class ChildExecution {
    @Test
    void passes_on_the_execution_a_task_started() {
      // GIVEN
      StateMachine child = deploy("child", Workflows.CHILD);
      // WHEN
      Execution execution = run("parent", Workflows.parent(child.arn()), "{}");
      // THEN
      assertThat(execution).hasSucceeded()
          .childExecution("RunChild").hasSucceeded().hasOutput("{\"done\": true}").hasVisitedExactly("Work");
    }

    @Test
    void fails_describing_the_child_and_its_parent() {
      // GIVEN
      StateMachine child = deploy("child", Workflows.CHILD);
      Execution execution = run("parent", Workflows.parent(child.arn()), "{}");
      Execution kid = Execution.of(client, child.arn().replace(":stateMachine:", ":execution:") + ":kid");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).childExecution("RunChild").hasFailed());
      // THEN
      then(error).hasMessage(dev.sfntest.assertj.error.ShouldHaveFailed.shouldHaveFailed(
          "execution 'kid' of state machine 'child' started by state 'RunChild' of execution 'run-1'",
          kid.describe(), kid.history(), null).create());
    }

    @Test
    void fails_when_the_state_started_no_execution() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenReturn("{}");
      Execution execution = payment("{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).childExecution("ChargeCard"));
      // THEN
      then(error).hasMessage(shouldHaveStartedChildExecution(stateContext("ChargeCard"),
          eventsOf(execution, "ChargeCard")).create());
    }
  }

  @Nested
  class Soft {
    @Test
    void collects_every_failure_navigations_included() {
      // GIVEN
      Execution execution = run("order", Workflows.ORDER, "{'ok': false}");
      SfnSoftAssertions softly = new SfnSoftAssertions();
      // WHEN
      softly.assertThat(execution).hasSucceeded().hasVisitedStates("Validate");
      softly.assertThat(execution).state("Ship").hasOutput("{}");
      softly.assertThat(execution).state("Validate").hasOutput("{\"ok\": true}").returnToExecution().hasFailed();
      softly.assertThat(execution).history().hasNoEventOfType("FailStateEntered");
      softly.assertThat(execution).enteredState("Ship").once();
      softly.assertThat(execution).hasOutputAt("$.status").isText("SHIPPED").returnToExecution().hasFailed();
      softly.assertThat(execution).mapIteration(0).hasSucceeded().state("Nowhere").hasOutput("{}");
      // THEN: a navigation that finds nothing is reported once, and what follows it checks nothing
      then(softly.errorsCollected()).hasSize(7);
      // soft assertions add the line of the failed assertion to each message
      then(softly.errorsCollected().get(0)).hasMessageStartingWith(shouldHaveSucceeded(execution).create());
      then(softly.errorsCollected().get(1)).hasMessageStartingWith(shouldHaveEnteredState(Describe.execution(execution),
          "execution", "Ship", List.of("Validate", "Route", "Reject")).create());
      then(softly.errorsCollected().get(2)).hasMessageStartingWith("[state 'Validate' of execution 'run-1']");
      then(softly.errorsCollected().get(3)).hasMessageStartingWith("[history of execution 'run-1']");
      then(softly.errorsCollected().get(4)).hasMessageContaining("entered state 'Ship' exactly once");
      then(softly.errorsCollected().get(5)).hasMessageContaining("Expecting output to have a value at '$.status'");
      then(softly.errorsCollected().get(6)).hasMessageContaining("to have run iteration 0 of a Map state");
    }

    @Test
    void passes_when_everything_holds() {
      // GIVEN
      Execution execution = run("order", Workflows.ORDER, "{'ok': true}");
      // WHEN / THEN
      SfnSoftAssertions.assertSoftly(softly -> softly.assertThat(execution).hasSucceeded()
          .state("Ship").hasOutput("{\"status\": \"SHIPPED\", \"items\": [1, 2]}")
          .returnToExecution().task("Validate").wasInvokedTimes(0));
    }
  }
}
