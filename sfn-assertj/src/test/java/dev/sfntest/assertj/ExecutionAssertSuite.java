package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static dev.sfntest.assertj.error.ShouldBeEqualToJson.shouldBeEqualToJson;
import static dev.sfntest.assertj.error.ShouldBeRunning.shouldBeRunning;
import static dev.sfntest.assertj.error.ShouldBeWaitingAt.shouldBeWaitingAt;
import static dev.sfntest.assertj.error.ShouldHaveAssignedVariable.shouldHaveAssignedVariable;
import static dev.sfntest.assertj.error.ShouldHaveBeenAborted.shouldHaveBeenAborted;
import static dev.sfntest.assertj.error.ShouldHaveEnteredStateTimes.shouldHaveEnteredStateTimes;
import static dev.sfntest.assertj.error.ShouldHaveFailed.shouldHaveFailed;
import static dev.sfntest.assertj.error.ShouldHaveFailedWith.shouldHaveFailedWith;
import static dev.sfntest.assertj.error.ShouldHaveOutput.shouldHaveAnOutput;
import static dev.sfntest.assertj.error.ShouldHaveOutput.shouldHaveOutput;
import static dev.sfntest.assertj.error.ShouldHaveOutputAt.shouldHaveOutputAt;
import static dev.sfntest.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static dev.sfntest.assertj.error.ShouldHaveTakenAtMost.shouldHaveTakenAtMost;
import static dev.sfntest.assertj.error.ShouldHaveTakenVirtualTime.shouldHaveTakenVirtualTime;
import static dev.sfntest.assertj.error.ShouldHaveTimedOut.shouldHaveTimedOut;
import static dev.sfntest.assertj.error.ShouldHaveVisitedExactly.shouldHaveVisitedExactly;
import static dev.sfntest.assertj.error.ShouldHaveVisitedStates.shouldHaveVisitedStates;
import static dev.sfntest.assertj.error.ShouldHaveVisitedStatesInOrder.shouldHaveVisitedStatesInOrder;
import static dev.sfntest.assertj.error.ShouldNameStatesOfTheMachine.shouldNameStatesOfTheMachine;
import static dev.sfntest.assertj.error.ShouldNotHaveVisited.shouldNotHaveVisited;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.assertj.internal.Describe;
import dev.sfntest.core.Execution;
import dev.sfntest.internal.shared.JsonValues;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/** The execution-level assertions: status, output, path, time, variables. */
abstract class ExecutionAssertSuite extends SfnFixture {

  /** The unknown names in the order given, each with its nearest states. */
  static Map<String, List<String>> unknown(String name, List<String> nearest, String other, List<String> otherNearest) {
    Map<String, List<String>> unknown = new java.util.LinkedHashMap<>();
    unknown.put(name, nearest);
    unknown.put(other, otherNearest);
    return unknown;
  }

  Execution order(String input) {
    return run("order", Workflows.ORDER, input);
  }

  Execution approval() {
    return run("approval", Workflows.APPROVAL, "{}");
  }

  /** StopExecution; skips the test where the fake does not offer it yet. */
  void stop(Execution execution) {
    try {
      client.stopExecution(b -> b.executionArn(execution.arn()));
    } catch (UnsupportedOperationException | software.amazon.awssdk.core.exception.SdkException e) {
      Assumptions.abort("StopExecution is not in the fake yet: " + e.getMessage());
    }
  }

  static JsonNode json(String text) {
    return JsonValues.parseUnchecked(text.replace('\'', '"'));
  }

  @Nested
  class HasSucceeded {
    @Test
    void passes_when_execution_succeeded() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN / THEN
      assertThat(execution).hasSucceeded();
    }

    @Test
    void fails_with_error_cause_and_last_events_when_execution_failed() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasSucceeded());
      // THEN
      then(error).hasMessage(shouldHaveSucceeded(execution).create());
      then(error.getMessage()).startsWith(String.join("\n",
          "[execution 'run-1' of state machine 'order']",
          "Expecting execution to have succeeded, but it FAILED with:",
          "  error: \"Order.Rejected\"",
          "  cause: \"not ok\"",
          "Last events (5 of 7):"));
    }

    @Test
    void fails_saying_what_a_running_execution_waits_on() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      Execution execution = approval();
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasSucceeded());
      // THEN
      then(error).hasMessage(shouldHaveSucceeded(execution).create());
      then(error.getMessage()).contains("Expecting execution to have succeeded, but execution 'run-1' is still RUNNING");
    }
  }

  @Nested
  class HasFailed {
    @Test
    void passes_when_execution_failed() {
      assertThat(order("{'ok': false}")).hasFailed();
    }

    @Test
    void fails_when_execution_succeeded() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailed());
      // THEN
      then(error).hasMessage(shouldHaveFailed(execution).create());
    }
  }

  @Nested
  class HasFailedWith {
    @Test
    void passes_when_execution_failed_with_that_error_and_cause() {
      assertThat(order("{'ok': false}")).hasFailedWith("Order.Rejected").hasFailedWith("Order.Rejected", "not ok");
    }

    @Test
    void fails_when_execution_succeeded() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailedWith("Order.Rejected"));
      // THEN
      then(error).hasMessage(shouldHaveFailedWith(execution, "Order.Rejected", null).create());
      then(error.getMessage()).contains(String.join("\n",
          "Expecting execution to have failed with:",
          "  error: \"Order.Rejected\"",
          "but it SUCCEEDED"));
    }

    @Test
    void fails_when_the_cause_differs() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailedWith("Order.Rejected", "late"));
      // THEN
      then(error).hasMessage(shouldHaveFailedWith(execution, "Order.Rejected", "late").create());
    }
  }

  @Nested
  class HasTimedOut {
    @Test
    void passes_when_the_execution_timeout_passed() {
      assertThat(run("slow", Workflows.SLOW, "{}")).hasTimedOut().tookVirtualTime(Duration.ofSeconds(10));
    }

    @Test
    void fails_when_execution_failed() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasTimedOut());
      // THEN
      then(error).hasMessage(shouldHaveTimedOut(execution).create());
    }
  }

  @Nested
  class WasAborted {
    @Test
    void passes_when_the_execution_was_stopped() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      Execution execution = approval();
      // WHEN
      stop(execution);
      // THEN
      assertThat(execution).wasAborted();
    }

    @Test
    void fails_when_execution_succeeded() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).wasAborted());
      // THEN
      then(error).hasMessage(shouldHaveBeenAborted(execution).create());
    }
  }

  @Nested
  class IsRunning {
    @Test
    void passes_while_the_execution_waits_on_a_task_token() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      // WHEN
      Execution execution = approval();
      // THEN
      assertThat(execution).isRunning();
    }

    @Test
    void fails_when_execution_ended() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).isRunning());
      // THEN
      then(error).hasMessage(shouldBeRunning(Describe.execution(execution), execution.describe(),
          execution.history()).create());
    }
  }

  @Nested
  class IsWaitingAt {
    @Test
    void passes_while_the_execution_is_in_that_state() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      // WHEN
      Execution execution = approval();
      // THEN
      assertThat(execution).isWaitingAt("Approve");
    }

    @Test
    void passes_for_a_wait_state_while_the_clock_stands_still() {
      // GIVEN
      sfn.clock().setTimeSkipping(false);
      // WHEN
      Execution execution = run("fork", Workflows.FORK, "{}");
      // THEN
      assertThat(execution).isWaitingAt("Hold");
      sfn.clock().advance(Duration.ofSeconds(5));
      assertThat(execution).hasSucceeded().tookVirtualTime(Duration.ofSeconds(5));
    }

    @Test
    void fails_naming_the_states_it_is_in() {
      // GIVEN
      sfn.mockTask("Approve").completesViaToken();
      Execution execution = approval();
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).isWaitingAt("Ship"));
      // THEN
      then(error).hasMessage(shouldBeWaitingAt(Describe.execution(execution), execution.describe(),
          execution.history(), "Ship", List.of("Approve")).create());
      then(error.getMessage()).contains("Expecting execution to be waiting at state 'Ship', but it is at: Approve");
    }

    @Test
    void fails_when_execution_ended() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).isWaitingAt("Ship"));
      // THEN
      then(error).hasMessage(shouldBeWaitingAt(Describe.execution(execution), execution.describe(),
          execution.history(), "Ship", List.of()).create());
    }
  }

  @Nested
  class HasOutput {
    @Test
    void passes_comparing_json_values() {
      assertThat(order("{'ok': true}")).hasOutput("{\"items\": [1, 2.0], \"status\": \"SHIPPED\"}");
    }

    @Test
    void fails_showing_both_values() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      DescribeExecutionResponse described = execution.describe();
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasOutput("{\"status\": \"LOST\"}"));
      // THEN
      then(error).hasMessage(shouldHaveOutput(Describe.execution(execution), described, execution.history(),
          json("{'status': 'LOST'}"), json(described.output()), null).create());
      then(error.getMessage()).contains(String.join("\n",
          "Expecting execution to have output:",
          "  {\"status\":\"LOST\"}",
          "but it was:",
          "  {\"status\":\"SHIPPED\",\"items\":[1,2]}"));
    }

    @Test
    void fails_when_execution_has_no_output() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasOutput("{}"));
      // THEN
      then(error).hasMessage(shouldHaveOutput(Describe.execution(execution), execution.describe(),
          execution.history(), json("{}"), null, null).create());
    }

    @Test
    void refuses_expected_text_that_is_no_json() {
      Execution execution = order("{'ok': true}");
      assertThatIllegalArgumentException().isThrownBy(() -> assertThat(execution).hasOutput("{status"))
          .withMessageStartingWith("Expected value is no JSON: {status");
    }
  }

  @Nested
  class HasOutputAt {
    @Test
    void passes_on_to_the_value_at_the_path() {
      assertThat(order("{'ok': true}")).hasOutputAt("$.status").isText("SHIPPED")
          .returnToExecution().hasOutputAt("$.items").isEqualToJson("[1, 2]")
          .returnToExecution().hasOutputAt("$.items[1]").isNumber(2);
    }

    @Test
    void fails_when_the_path_finds_nothing() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasOutputAt("$.missing"));
      // THEN
      then(error).hasMessage(shouldHaveOutputAt(Describe.execution(execution), "$.missing",
          json(execution.describe().output()), "No results for path: $['missing']").create());
    }

    @Test
    void fails_when_execution_has_no_output() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasOutputAt("$.status"));
      // THEN
      then(error).hasMessage(shouldHaveOutputAt(Describe.execution(execution), "$.status", null,
          "it FAILED, so it has no output").create());
    }

    @Test
    void fails_when_the_value_differs() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasOutputAt("$.status").isText("LOST"));
      // THEN
      then(error).hasMessage(shouldBeEqualToJson("output at '$.status' of execution 'run-1'", json("'LOST'"),
          json("'SHIPPED'")).create());
    }
  }

  @Nested
  class HasOutputSatisfying {
    @Test
    void passes_the_output_to_the_requirements() {
      assertThat(order("{'ok': true}"))
          .hasOutputSatisfying(out -> then(out.get("status").asText()).isEqualTo("SHIPPED"));
    }

    @Test
    void fails_as_the_requirements_fail() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution)
          .hasOutputSatisfying(out -> then(out.get("status").asText()).isEqualTo("LOST")));
      // THEN
      then(error).hasMessageContaining("expected: \"LOST\"");
    }

    @Test
    void fails_when_execution_has_no_output() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasOutputSatisfying(out -> { }));
      // THEN
      then(error).hasMessage(shouldHaveAnOutput(Describe.execution(execution), execution.describe(),
          execution.history(), null).create());
    }
  }

  @Nested
  class HasVisitedStates {
    @Test
    void passes_when_every_state_was_entered() {
      assertThat(order("{'ok': true}")).hasVisitedStates("Ship", "Validate");
    }

    @Test
    void fails_naming_the_states_never_entered_and_the_path() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasVisitedStates("Validate", "Ship"));
      // THEN
      then(error).hasMessage(shouldHaveVisitedStates(Describe.execution(execution), "execution",
          List.of("Validate", "Ship"), List.of("Ship"), List.of("Validate", "Route", "Reject")).create());
      then(error.getMessage()).isEqualTo(String.join("\n",
          "[execution 'run-1' of state machine 'order']",
          "Expecting execution to have visited states:",
          "  Validate, Ship",
          "but it never entered:",
          "  Ship",
          "Its path was:",
          "  Validate -> Route -> Reject"));
    }

    @Test
    void says_which_names_are_no_states_of_the_machine_and_the_nearest_ones() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasVisitedStates("Validate", "Shipp"));
      // THEN
      then(error.getMessage()).isEqualTo(String.join("\n",
          "[execution 'run-1' of state machine 'order']",
          "Expecting execution to have visited states:",
          "  Validate, Shipp",
          "but it never entered:",
          "  Shipp",
          "'Shipp' is no state of the state machine (nearest: Ship)",
          "Its path was:",
          "  Validate -> Route -> Ship -> Done"));
    }
  }

  @Nested
  class HasVisitedStatesInOrder {
    @Test
    void passes_when_the_states_come_in_that_order() {
      assertThat(order("{'ok': true}")).hasVisitedStatesInOrder("Validate", "Ship", "Done");
    }

    @Test
    void fails_naming_the_state_missing_after_the_others() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution)
          .hasVisitedStatesInOrder("Validate", "Ship", "Route"));
      // THEN
      then(error).hasMessage(shouldHaveVisitedStatesInOrder(Describe.execution(execution), "execution",
          List.of("Validate", "Ship", "Route"), "Route", List.of("Validate", "Ship"),
          List.of("Validate", "Route", "Ship", "Done")).create());
    }
  }

  @Nested
  class HasNotVisited {
    @Test
    void passes_when_no_such_state_was_entered() {
      assertThat(order("{'ok': true}")).hasNotVisited("Reject");
    }

    @Test
    void fails_naming_the_states_entered() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasNotVisited("Ship", "Reject"));
      // THEN
      then(error).hasMessage(shouldNotHaveVisited(Describe.execution(execution), "execution",
          List.of("Ship", "Reject"), List.of("Reject"), List.of("Validate", "Route", "Reject")).create());
    }

    @Test
    void fails_on_a_name_that_is_no_state_of_the_machine_naming_the_nearest() {
      // GIVEN a state renamed since the test was written: the check would test nothing
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasNotVisited("Rejct", "Refund"));
      // THEN
      then(error).hasMessage(shouldNameStatesOfTheMachine(Describe.execution(execution), "not to have visited",
          List.of("Rejct", "Refund"), unknown("Rejct", List.of("Reject"), "Refund", List.of())).create());
      then(error.getMessage()).isEqualTo(String.join("\n",
          "[execution 'run-1' of state machine 'order']",
          "Expecting execution not to have visited:",
          "  Rejct, Refund",
          "but the state machine has no such states, so the check would pass whatever the execution did:",
          "'Rejct' is no state of the state machine (nearest: Reject)",
          "'Refund' is no state of the state machine (none has a name like it)"));
    }
  }

  @Nested
  class HasVisitedExactly {
    @Test
    void passes_when_the_path_is_exactly_those_states() {
      assertThat(order("{'ok': true}")).hasVisitedExactly("Validate", "Route", "Ship", "Done");
    }

    @Test
    void fails_showing_where_the_paths_part() {
      // GIVEN
      Execution execution = order("{'ok': false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution)
          .hasVisitedExactly("Validate", "Route", "Ship", "Done"));
      // THEN
      then(error).hasMessage(shouldHaveVisitedExactly(Describe.execution(execution), "execution",
          List.of("Validate", "Route", "Ship", "Done"), List.of("Validate", "Route", "Reject")).create());
      then(error.getMessage()).contains("but state 3 was 'Reject', not 'Ship'.");
    }
  }

  @Nested
  class EnteredStateTimes {
    @Test
    void passes_counting_each_entry() {
      assertThat(run("items", Workflows.ITEMS, "{'items': [1, 20, 3]}"))
          .enteredState("Size").times(3)
          .enteredState("Small").atLeast(2)
          .enteredState("Big").once()
          .enteredState("Prepare").atMost(1);
      assertThat(order("{'ok': true}")).enteredState("Reject").never();
    }

    @Test
    void fails_on_a_name_that_is_no_state_of_the_machine() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).enteredState("Rejected").never());
      // THEN
      then(error).hasMessage(shouldNameStatesOfTheMachine(Describe.execution(execution),
          "to have entered state 'Rejected' never", List.of("Rejected"), Map.of("Rejected", List.of("Reject")))
          .create());
    }

    @Test
    void fails_with_the_count_and_the_path() {
      // GIVEN
      Execution execution = order("{'ok': true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).enteredState("Ship").times(2));
      // THEN
      then(error).hasMessage(shouldHaveEnteredStateTimes(Describe.execution(execution), "execution", "Ship",
          "exactly 2 times", 1, List.of("Validate", "Route", "Ship", "Done")).create());
      then(error.getMessage()).contains("Expecting execution to have entered state 'Ship' exactly 2 times, "
          + "but it entered it once");
    }
  }

  @Nested
  class TookVirtualTime {
    @Test
    void passes_with_the_exact_virtual_duration_of_retries() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").times(2).thenReturn("{\"charged\": true}");
      // WHEN
      Execution execution = run("payment", Workflows.PAYMENT, "{}");
      // THEN: IntervalSeconds 2, BackoffRate 2: 2 s + 4 s, with no real waiting
      assertThat(execution).hasSucceeded().tookVirtualTime(Duration.ofSeconds(6));
    }

    @Test
    void fails_with_the_time_taken() {
      // GIVEN
      Execution execution = run("slow", Workflows.SLOW, "{}");
      DescribeExecutionResponse described = execution.describe();
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).tookVirtualTime(Duration.ofSeconds(3)));
      // THEN
      then(error).hasMessage(shouldHaveTakenVirtualTime(Describe.execution(execution), Duration.ofSeconds(3),
          described.startDate(), described.stopDate(), execution.history()).create());
      then(error.getMessage()).contains("Expecting execution to have taken PT3S, but it took PT10S "
          + "(2024-01-01T00:00:00Z to 2024-01-01T00:00:10Z)");
    }
  }

  @Nested
  class TookAtMost {
    @Test
    void passes_when_it_took_no_longer() {
      assertThat(run("slow", Workflows.SLOW, "{}")).tookAtMost(Duration.ofSeconds(10));
    }

    @Test
    void fails_when_it_took_longer() {
      // GIVEN
      Execution execution = run("slow", Workflows.SLOW, "{}");
      DescribeExecutionResponse described = execution.describe();
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).tookAtMost(Duration.ofSeconds(9)));
      // THEN
      then(error).hasMessage(shouldHaveTakenAtMost(Describe.execution(execution), Duration.ofSeconds(9),
          described.startDate(), described.stopDate(), execution.history()).create());
    }
  }

  @Nested
  class HasAssignedVariable {
    @Test
    void passes_with_the_last_value_assigned() {
      assertThat(run("vars", Workflows.VARIABLES, "{'name': 'Ada'}"))
          .hasAssignedVariable("name")
          .hasAssignedVariable("name", "\"Ada\"")
          .hasAssignedVariable("count", "2");
    }

    @Test
    void fails_with_the_last_value_when_it_differs() {
      // GIVEN
      Execution execution = run("vars", Workflows.VARIABLES, "{'name': 'Ada'}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasAssignedVariable("count", "1"));
      // THEN
      then(error).hasMessage(shouldHaveAssignedVariable(Describe.execution(execution), "count", json("1"),
          assigned("count", "2", "name", "'Ada'")).create());
      then(error.getMessage()).endsWith(String.join("\n",
          "but its last value was:",
          "  2",
          "Variables assigned (last values):",
          "  count = 2",
          "  name = \"Ada\""));
    }

    @Test
    void fails_when_never_assigned() {
      // GIVEN
      Execution execution = run("vars", Workflows.VARIABLES, "{'name': 'Ada'}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasAssignedVariable("total"));
      // THEN
      then(error).hasMessage(shouldHaveAssignedVariable(Describe.execution(execution), "total", null,
          assigned("count", "2", "name", "'Ada'")).create());
    }

    private Map<String, JsonNode> assigned(String... namesAndValues) {
      Map<String, JsonNode> assigned = new LinkedHashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        assigned.put(namesAndValues[i], json(namesAndValues[i + 1]));
      }
      return assigned;
    }
  }
}
