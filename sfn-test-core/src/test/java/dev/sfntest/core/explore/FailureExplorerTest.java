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
}
