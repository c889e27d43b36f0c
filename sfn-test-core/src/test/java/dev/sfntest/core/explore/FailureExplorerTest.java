package dev.sfntest.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockedTask;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

class FailureExplorerTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:";

  private final FakeSfn fake = FakeSfn.create();
  private final SfnTestContext sfn = SfnTestContext.of(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  /** Pay, with a Retry on a throttling error the payment service throws, then Ship. */
  private static final String PAY_AND_SHIP = """
      {"StartAt": "Pay", "States": {
        "Pay": {"Type": "Task", "Resource": "%1$spay", "Next": "Ship",
                "Retry": [{"ErrorEquals": ["Payment.Throttled"], "IntervalSeconds": 2, "MaxAttempts": 2}],
                "Catch": [{"ErrorEquals": ["Payment.Declined"], "Next": "Declined"}]},
        "Ship": {"Type": "Task", "Resource": "%1$sship", "End": true},
        "Declined": {"Type": "Fail", "Error": "Order.PaymentDeclined"}
      }}""".formatted(LAMBDA);

  private Exploration explorePayAndShip() {
    StateMachine machine = sfn.deploy("order", PAY_AND_SHIP);
    sfn.mockTask("Pay").thenReturn("{\"paid\": true}");
    sfn.mockTask("Ship").thenReturn("{\"shipped\": true}");
    return FailureExplorer.of(machine).withInput("{\"orderId\": 1}").explore();
  }

  private static List<FaultRun> runsOf(Exploration exploration, String state, String error) {
    return exploration.runs().stream()
        .filter(run -> run.faults().get(0).state().equals(state) && run.faults().get(0).error().equals(error))
        .toList();
  }

  @Nested
  class explore {

    @Test
    void runs_the_baseline_then_once_per_enumerated_fault() {
      // WHEN
      Exploration exploration = explorePayAndShip();
      // THEN: Pay: Payment.Throttled on 1..3 attempts (MaxAttempts 2), Payment.Declined, States.TaskFailed and
      // the six Lambda errors once each: 3 + 1 + 1 + 6 = 11; Ship: States.TaskFailed and the six: 7
      assertThat(exploration.faultsEnumerated()).isEqualTo(18);
      assertThat(exploration.runs()).hasSize(18);
      assertThat(exploration.executions()).isEqualTo(1 + exploration.faultsEnumerated());
      assertThat(exploration.baseline().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(exploration.baseline().path()).containsExactly("Pay", "Ship");
      assertThat(exploration.runs().stream().map(run -> run.faults().get(0).describe()).limit(5)).containsExactly(
          "Pay: Payment.Throttled on 1 attempt", "Pay: Payment.Throttled on 2 attempts",
          "Pay: Payment.Throttled on 3 attempts", "Pay: Payment.Declined on 1 attempt",
          "Pay: States.TaskFailed on 1 attempt");
    }

    @Test
    void finds_a_seeded_unhandled_fault() {
      // WHEN
      Exploration exploration = explorePayAndShip();
      // THEN: nothing retries or catches a throttled Lambda
      FaultRun throttled = runsOf(exploration, "Pay", "Lambda.TooManyRequestsException").get(0);
      assertThat(throttled.handled()).isFalse();
      assertThat(throttled.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(throttled.error()).isEqualTo("Lambda.TooManyRequestsException");
      assertThat(throttled.path()).containsExactly("Pay");
      assertThat(exploration.unhandled()).contains(throttled);
    }

    @Test
    void tells_a_fault_that_a_retry_gets_over_from_one_that_outlasts_the_retries() {
      // WHEN
      Exploration exploration = explorePayAndShip();
      // THEN
      List<FaultRun> throttled = runsOf(exploration, "Pay", "Payment.Throttled");
      assertThat(throttled).extracting(FaultRun::handled).containsExactly(true, true, false);
      assertThat(throttled).extracting(FaultRun::status)
          .containsExactly(ExecutionStatus.SUCCEEDED, ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED);
      // IntervalSeconds 2, BackoffRate 2: retries after 2 s and 4 s
      assertThat(throttled).extracting(FaultRun::retryTime)
          .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(6), Duration.ofSeconds(6));
      assertThat(throttled.get(2).path()).containsExactly("Pay");
      assertThat(throttled.get(1).path()).containsExactly("Pay", "Ship");
    }

    @Test
    void finds_a_fault_handled_only_when_it_hits_the_first_attempt() {
      // GIVEN: one retry for a timeout of the shipping service
      StateMachine machine = sfn.deploy("ship", """
          {"StartAt": "Ship", "States": {"Ship": {"Type": "Task", "Resource": "%sship", "End": true,
            "Retry": [{"ErrorEquals": ["Shipping.Unavailable"], "MaxAttempts": 1}]}}}""".formatted(LAMBDA));
      sfn.mockTask("Ship").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).explore();
      // THEN: once, the retry gets over it; on the first attempt and the retry, it ends the execution
      assertThat(runsOf(exploration, "Ship", "Shipping.Unavailable"))
          .extracting(run -> run.faults().get(0).attempts() + " " + run.handled() + " " + run.status())
          .containsExactly("1 true SUCCEEDED", "2 false FAILED");
    }

    @Test
    void gives_the_retry_after_a_fault_the_answer_the_faulted_call_would_have_had() {
      // GIVEN: one answer for one call; a second call of the sequence has none
      StateMachine machine = sfn.deploy("order", PAY_AND_SHIP);
      sfn.mockTask("Pay").thenReturn("{\"paid\": true}").times(1);
      sfn.mockTask("Ship").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).explore();
      // THEN
      assertThat(runsOf(exploration, "Pay", "Payment.Throttled")).extracting(FaultRun::status)
          .containsExactly(ExecutionStatus.SUCCEEDED, ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED);
    }

    @Test
    void counts_a_fault_caught_into_a_fail_state_as_handled() {
      // WHEN
      Exploration exploration = explorePayAndShip();
      // THEN
      FaultRun declined = runsOf(exploration, "Pay", "Payment.Declined").get(0);
      assertThat(declined.handled()).isTrue();
      assertThat(declined.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(declined.error()).isEqualTo("Order.PaymentDeclined");
      assertThat(declined.path()).containsExactly("Pay", "Declined");
    }

    @Test
    void leaves_the_tests_fake_as_it_was() {
      // GIVEN
      StateMachine machine = sfn.deploy("order", PAY_AND_SHIP);
      MockedTask pay = sfn.mockTask("Pay").thenReturn("{}");
      sfn.mockTask("Ship").thenReturn("{}");
      Instant before = fake.clock().now();
      // WHEN
      FailureExplorer.of(machine).explore();
      // THEN
      assertThat(fake.clock().now()).isEqualTo(before);
      assertThat(fake.client().listExecutions(b -> b.stateMachineArn(machine.arn())).executions()).isEmpty();
      assertThat(pay.invocations()).isEmpty();
    }

    @Test
    void gives_the_same_exploration_every_time() {
      // WHEN
      Exploration first = explorePayAndShip();
      Exploration second = FailureExplorer.of(StateMachine.of(fake.client(),
          "arn:aws:states:us-east-1:123456789012:stateMachine:order")).withInput("{\"orderId\": 1}").explore();
      // THEN
      assertThat(second.runs()).extracting(FaultRun::describe)
          .containsExactlyElementsOf(first.runs().stream().map(FaultRun::describe).toList());
    }
  }

  @Nested
  class explore_inside_containers_and_children {

    @Test
    void hits_one_map_iteration_which_a_tolerant_map_gets_over() {
      // GIVEN: three items, one failure tolerated (a distributed Map's rule), each item a child execution
      StateMachine machine = sfn.deploy("batch", """
          {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ToleratedFailureCount": 1, "End": true,
            "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
              "StartAt": "Work", "States": {
              "Work": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "End": true}}}}}}""");
      sfn.mockTask("Work").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).withInput("[1, 2, 3]").explore();
      // THEN: had the fault hit every iteration, three failures would exceed the one tolerated
      assertThat(exploration.runs()).singleElement().satisfies(run -> {
        assertThat(run.faults().get(0).describe()).isEqualTo("Work: States.TaskFailed on 1 attempt");
        assertThat(run.handled()).isTrue();
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.path()).containsExactly("Each", "Work", "Work", "Work");
      });
    }

    @Test
    void follows_an_iterations_failure_to_the_catch_of_its_map() {
      // GIVEN: an inline Map that catches what its iterations do not
      StateMachine machine = sfn.deploy("inline", """
          {"StartAt": "Each", "States": {
            "Each": {"Type": "Map", "Next": "Done", "Catch": [{"ErrorEquals": ["Item.Bad"], "Next": "Skipped"}],
              "ItemProcessor": {"StartAt": "Work", "States": {
                "Work": {"Type": "Task", "Resource": "%sitem", "End": true,
                  "Catch": [{"ErrorEquals": ["Item.Late"], "Next": "Late"}]},
                "Late": {"Type": "Pass", "End": true}}}},
            "Skipped": {"Type": "Pass", "End": true},
            "Done": {"Type": "Succeed"}}}""".formatted(LAMBDA));
      sfn.mockTask("Work").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).withInput("[1, 2]").explore();
      // THEN: caught in the iteration, caught by the Map, and caught by nothing
      assertThat(runsOf(exploration, "Work", "Item.Late").get(0).path())
          .containsExactly("Each", "Work", "Late", "Work", "Done");
      assertThat(runsOf(exploration, "Work", "Item.Bad").get(0).handled()).isTrue();
      assertThat(runsOf(exploration, "Work", "Item.Bad").get(0).path()).endsWith("Skipped");
      assertThat(runsOf(exploration, "Work", "Lambda.Unknown").get(0).handled()).isFalse();
    }

    @Test
    void explores_an_express_machine_through_its_log() {
      // GIVEN
      String express = sfn.fake().client().createStateMachine(b -> b.name("quick").type("EXPRESS")
          .roleArn(FakeSfn.ROLE_ARN).definition(PAY_AND_SHIP)).stateMachineArn();
      sfn.mockTask("Pay").thenReturn("{}");
      sfn.mockTask("Ship").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(StateMachine.of(fake.client(), express)).explore();
      // THEN
      assertThat(exploration.baseline().path()).containsExactly("Pay", "Ship");
      assertThat(exploration.unhandled()).isNotEmpty().allSatisfy(run -> assertThat(run.path()).isNotEmpty());
    }

    @Test
    void counts_a_branch_fault_caught_by_its_parallel_as_handled_and_an_uncaught_one_as_not() {
      // GIVEN
      StateMachine machine = sfn.deploy("both", """
          {"StartAt": "Both", "States": {
            "Both": {"Type": "Parallel", "Next": "Done",
              "Catch": [{"ErrorEquals": ["Left.Failed"], "Next": "Recover"}],
              "Branches": [
                {"StartAt": "Left", "States": {"Left": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"},
                  "Retry": [{"ErrorEquals": ["Left.Failed"], "MaxAttempts": 0}], "End": true}}},
                {"StartAt": "Right", "States": {"Right": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "End": true}}}]},
            "Recover": {"Type": "Pass", "End": true},
            "Done": {"Type": "Succeed"}}}""");
      sfn.mockTask("Left").thenReturn("{}");
      sfn.mockTask("Right").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).explore();
      // THEN: the Parallel's Catch names Left.Failed, so each branch's Task is explored failing with it too
      assertThat(exploration.runs()).extracting(run -> run.faults().get(0).describe() + " " + run.handled())
          .containsExactly("Left: Left.Failed on 1 attempt true", "Left: States.TaskFailed on 1 attempt false",
              "Right: Left.Failed on 1 attempt true", "Right: States.TaskFailed on 1 attempt false");
      assertThat(exploration.runs().get(0).path()).containsExactly("Both", "Left", "Recover");
    }

    @Test
    void explores_the_tasks_of_a_child_execution_started_with_sync() {
      // GIVEN: the parent catches its child's failure
      sfn.deploy("payments", """
          {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "%scharge", "End": true}}}"""
          .formatted(LAMBDA));
      StateMachine parent = sfn.deploy("checkout", """
          {"StartAt": "Pay", "States": {
            "Pay": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:payments", "Input.$": "$"},
              "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Unpaid"}], "End": true},
            "Unpaid": {"Type": "Pass", "End": true}}}""");
      sfn.mockTask("Charge").thenReturn("{\"charged\": true}");
      // WHEN
      Exploration exploration = FailureExplorer.of(parent).explore();
      // THEN: the child's Charge fails its child execution, whose failure the parent catches
      List<FaultRun> charge = exploration.runs().stream()
          .filter(run -> run.faults().get(0).machine().equals("payments")).toList();
      assertThat(charge).hasSize(7);   // States.TaskFailed and Lambda's six
      assertThat(charge).allSatisfy(run -> {
        assertThat(run.handled()).isTrue();
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.path()).containsExactly("Pay", "Charge", "Unpaid");
      });
      assertThat(exploration.table()).contains("payments/Charge: Lambda.TooManyRequestsException on 1 attempt");
    }

    @Test
    void follows_a_child_executions_failure_into_the_parent_that_does_not_catch_it() {
      // GIVEN
      sfn.deploy("payments", """
          {"StartAt": "Charge", "States": {"Charge": {"Type": "Task", "Resource": "%scharge", "End": true}}}"""
          .formatted(LAMBDA));
      StateMachine parent = sfn.deploy("checkout", """
          {"StartAt": "Pay", "States": {
            "Pay": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
              "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:payments", "Input.$": "$"},
              "End": true}}}""");
      sfn.mockTask("Charge").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(parent).explore();
      // THEN: the parent's task fails with States.TaskFailed, a different error that still is the fault's
      FaultRun throttled = exploration.runs().stream()
          .filter(run -> run.faults().get(0).describe().equals("Charge: Lambda.TooManyRequestsException on 1 attempt"))
          .findFirst().orElseThrow();
      assertThat(throttled.handled()).isFalse();
      assertThat(throttled.error()).isEqualTo("States.TaskFailed");
      assertThat(throttled.path()).containsExactly("Pay", "Charge");
    }
  }

  @Nested
  class explore_timeouts {

    @Test
    void lets_the_states_own_timers_fire_and_measures_the_time_the_retries_take() {
      // GIVEN: TimeoutSeconds 30 retried once after 1 s; a missed heartbeat (10 s) is not retried
      StateMachine machine = sfn.deploy("slow", """
          {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "%sslow",
            "TimeoutSeconds": 30, "HeartbeatSeconds": 10,
            "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 1, "MaxAttempts": 1}], "End": true}}}"""
          .formatted(LAMBDA));
      sfn.mockTask("Slow").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).explore();
      // THEN: a silent call still sending heartbeats times out at 30 s; one that sends none at 10 s
      List<FaultRun> timeouts = exploration.runs().stream()
          .filter(run -> run.faults().get(0).kind() != Fault.Kind.ERROR).toList();
      assertThat(timeouts).extracting(run -> run.faults().get(0).describe()).containsExactly(
          "Slow: timeout (States.Timeout) on 1 attempt", "Slow: timeout (States.Timeout) on 2 attempts",
          "Slow: heartbeat timeout (States.HeartbeatTimeout) on 1 attempt");
      assertThat(timeouts).extracting(FaultRun::status)
          .containsExactly(ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.FAILED);
      assertThat(timeouts).extracting(FaultRun::virtualTime)
          .containsExactly(Duration.ofSeconds(31), Duration.ofSeconds(61), Duration.ofSeconds(10));
      assertThat(timeouts).extracting(FaultRun::retryTime)
          .containsExactly(Duration.ofSeconds(31), Duration.ofSeconds(61), Duration.ofSeconds(10));
      assertThat(timeouts.get(2).error()).isEqualTo("States.HeartbeatTimeout");
    }

    @Test
    void says_which_handlers_no_call_can_reach() {
      // GIVEN: a callback's missed heartbeat is States.Timeout on AWS; a ResultPath failure is the state's own
      StateMachine machine = sfn.deploy("callback", """
          {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "Parameters": {"QueueUrl": "q", "MessageBody.$": "$$.Task.Token"}, "HeartbeatSeconds": 60,
            "Retry": [{"ErrorEquals": ["States.HeartbeatTimeout"], "MaxAttempts": 1}],
            "Catch": [{"ErrorEquals": ["States.ResultPathMatchFailure"], "Next": "Done"}], "Next": "Done"},
            "Done": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"},
            "Retry": [{"ErrorEquals": ["States.Timeout"]}], "End": true}}}""");
      sfn.mockTask("Ask").thenReturn("{}");
      sfn.mockTask("Done").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).explore();
      // THEN
      assertThat(exploration.notExplored()).extracting(NotExplored::what).containsExactly(
          "Ask: States.HeartbeatTimeout", "Ask: States.ResultPathMatchFailure", "Done: States.Timeout");
      assertThat(exploration.notExplored().get(0).reason()).contains("as States.Timeout");
      assertThat(exploration.runs()).extracting(run -> run.faults().get(0).describe()).contains(
          "Ask: heartbeat timeout (States.Timeout) on 1 attempt");
    }
  }

  @Nested
  class bounds {

    private static final String COMPENSATED = """
        {"StartAt": "Route", "States": {
          "Route": {"Type": "Choice", "Choices": [{"Variable": "$.never", "IsPresent": true, "Next": "Never"}],
                    "Default": "A"},
          "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"},
                "Catch": [{"ErrorEquals": ["E"], "Next": "B"}], "End": true},
          "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "End": true},
          "Never": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Parameters": {"QueueUrl": "q", "MessageBody": "m"}, "End": true}}}""";

    @Test
    void runs_single_faults_by_default_and_says_what_only_a_pair_reaches() {
      // GIVEN
      StateMachine machine = sfn.deploy("compensated", COMPENSATED);
      sfn.mockResource("arn:aws:states:::sqs:sendMessage").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).explore();
      // THEN: A's E and States.TaskFailed; B is reached only when A fails with E
      assertThat(exploration.faultsEnumerated()).isEqualTo(2);
      assertThat(exploration.executions()).isEqualTo(3);
      assertThat(exploration.notExplored()).containsExactly(
          new NotExplored("B", "reached only after another fault (A: E on 1 attempt): explore pairs to fault it"),
          new NotExplored("Never", "no run reached it with this input and these mocks"));
    }

    @Test
    void with_pairs_also_runs_each_pair_of_faults_in_two_states() {
      // GIVEN
      StateMachine machine = sfn.deploy("compensated", COMPENSATED);
      sfn.mockResource("arn:aws:states:::sqs:sendMessage").thenReturn("{}");
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).pairs().explore();
      // THEN: the two singles, then A's E with B's States.TaskFailed
      assertThat(exploration.faultsEnumerated()).isEqualTo(3);
      assertThat(exploration.executions()).isEqualTo(4);
      FaultRun pair = exploration.runs().get(2);
      assertThat(pair.faults()).extracting(Fault::describe)
          .containsExactly("A: E on 1 attempt", "B: States.TaskFailed on 1 attempt");
      assertThat(pair.hit()).isTrue();
      assertThat(pair.handled()).isFalse();
      assertThat(pair.path()).containsExactly("Route", "A", "B");
      assertThat(exploration.notExplored()).extracting(NotExplored::what).containsExactly("Never");
    }

    @Test
    void stops_at_the_budget_and_says_how_many_it_left() {
      // WHEN
      StateMachine machine = sfn.deploy("order", PAY_AND_SHIP);
      sfn.mockTask("Pay").thenReturn("{}");
      sfn.mockTask("Ship").thenReturn("{}");
      Exploration exploration = FailureExplorer.of(machine).budget(3).explore();
      // THEN
      assertThat(exploration.executions()).isEqualTo(3);
      assertThat(exploration.faultsEnumerated()).isEqualTo(18);
      assertThat(exploration.notExplored()).contains(new NotExplored("16 single faults", "beyond the budget of 3 executions"));
    }

    @Test
    void refuses_a_budget_without_room_for_the_baseline() {
      StateMachine machine = sfn.deploy("order", PAY_AND_SHIP);
      assertThatThrownBy(() -> FailureExplorer.of(machine).budget(0))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least the baseline");
    }
  }

  @Nested
  class explore_without_what_it_needs {

    @Test
    void answers_unmocked_tasks_when_told_to() {
      // GIVEN: no mocks at all
      StateMachine machine = sfn.deploy("order", PAY_AND_SHIP);
      // WHEN
      Exploration exploration = FailureExplorer.of(machine).answeringUnmockedTasksWith("{}").explore();
      // THEN
      assertThat(exploration.baseline().status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(exploration.runs()).hasSize(18);
    }

    @Test
    void refuses_a_workflow_that_waits_on_the_test_without_faults() {
      // GIVEN
      StateMachine machine = sfn.deploy("approval", """
          {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "Parameters": {"QueueUrl": "q", "MessageBody.$": "$$.Task.Token"}, "End": true}}}""");
      sfn.mockTask("Ask").completesViaToken();
      // WHEN / THEN
      assertThatThrownBy(() -> FailureExplorer.of(machine).explore())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not end without faults");
    }

    @Test
    void refuses_a_state_machine_that_is_not_on_the_fake() {
      // GIVEN
      SfnClient live = new SfnClient() {
        @Override
        public String serviceName() {
          return SERVICE_NAME;
        }

        @Override
        public void close() {}
      };
      StateMachine machine = StateMachine.of(live, "arn:aws:states:us-east-1:123456789012:stateMachine:order");
      // WHEN / THEN
      assertThatThrownBy(() -> FailureExplorer.of(machine).explore())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs on the fake");
    }
  }
}
