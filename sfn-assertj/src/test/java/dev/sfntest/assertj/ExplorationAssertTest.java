package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static dev.sfntest.assertj.error.ShouldHaveHandledEveryFault.shouldHaveHandledEveryFault;
import static dev.sfntest.assertj.error.ShouldHaveRetriedWithin.shouldHaveRetriedWithin;
import static dev.sfntest.assertj.error.ShouldNotHaveFaultEndingIn.shouldNotHaveFaultEndingIn;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;
import dev.sfntest.core.explore.FailureExplorer;
import dev.sfntest.core.explore.FaultRun;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

class ExplorationAssertTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:";

  /**
   * A payment whose throttling is retried with a long backoff (1, 2, 4, 8, 16 minutes), whose
   * decline is caught into a Fail state, and whose other errors nothing handles.
   */
  private static final String PAYMENT = """
      {"StartAt": "Pay", "States": {
        "Pay": {"Type": "Task", "Resource": "%spay", "End": true,
          "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 60, "BackoffRate": 2,
                     "MaxAttempts": 5}],
          "Catch": [{"ErrorEquals": ["Payment.Declined"], "Next": "Declined"}]},
        "Declined": {"Type": "Fail", "Error": "Order.PaymentDeclined"}}}""".formatted(LAMBDA);

  /** Every error a Lambda Task can meet is retried or caught. */
  private static final String SAFE_PAYMENT = """
      {"StartAt": "Pay", "States": {
        "Pay": {"Type": "Task", "Resource": "%spay", "End": true,
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1, "MaxAttempts": 2}],
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "GiveUp"}]},
        "GiveUp": {"Type": "Pass", "End": true}}}""".formatted(LAMBDA);

  private final FakeSfn fake = FakeSfn.create();
  private final SfnTestContext sfn = SfnTestContext.of(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private Exploration explore(String definition) {
    StateMachine machine = sfn.deploy("payment", definition);
    sfn.mockTask("Pay").thenReturn("{\"paid\": true}");
    return FailureExplorer.of(machine).explore();
  }

  private static AssertionError expectAssertionError(ThrowingCallable callable) {
    return catchThrowableOfType(AssertionError.class, callable);
  }

  private static List<FaultRun> unhandled(Exploration exploration) {
    return exploration.runs().stream().filter(run -> !run.handled()).toList();
  }

  @Nested
  class everyFaultIsHandled {

    @Test
    void passes_when_retries_and_catches_handle_every_fault() {
      assertThat(explore(SAFE_PAYMENT)).everyFaultIsHandled();
    }

    @Test
    void fails_listing_each_unhandled_fault_with_its_path() {
      // GIVEN
      Exploration exploration = explore(PAYMENT);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(exploration).everyFaultIsHandled());
      // THEN: States.TaskFailed and five Lambda errors; Lambda.TooManyRequestsException only past its five retries
      List<FaultRun> unhandled = unhandled(exploration);
      then(unhandled).extracting(run -> run.faults().get(0).describe()).containsExactly(
          "Pay: Lambda.TooManyRequestsException on 6 attempts", "Pay: States.TaskFailed on 1 attempt",
          "Pay: Lambda.ServiceException on 1 attempt", "Pay: Lambda.AWSLambdaException on 1 attempt",
          "Pay: Lambda.SdkClientException on 1 attempt", "Pay: Lambda.ClientExecutionTimeoutException on 1 attempt",
          "Pay: Lambda.Unknown on 1 attempt");
      then(error).hasMessage(shouldHaveHandledEveryFault("exploration of 'payment': 14 executions, 7 unhandled",
          unhandled, 13).create());
      then(error.getMessage()).contains(String.format(
          "  Pay: States.TaskFailed on 1 attempt -> FAILED States.TaskFailed%n    path: Pay"));
    }
  }

  @Nested
  class noFaultEndsIn {

    @Test
    void fails_on_a_run_that_ended_in_the_status() {
      // GIVEN
      Exploration exploration = explore(PAYMENT);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(exploration).noFaultEndsIn(ExecutionStatus.FAILED));
      // THEN: the caught decline ends FAILED too, by design
      List<FaultRun> failed = exploration.runs().stream().filter(run -> run.status() == ExecutionStatus.FAILED).toList();
      then(failed).hasSize(8);
      then(error).hasMessage(shouldNotHaveFaultEndingIn(exploration.toString(), ExecutionStatus.FAILED, List.of(),
          failed, 13).create());
    }

    @Test
    void passes_when_no_run_ended_in_the_status() {
      // GIVEN
      Exploration exploration = explore(SAFE_PAYMENT);
      // WHEN / THEN
      assertThat(exploration).noFaultEndsIn(ExecutionStatus.FAILED).noFaultEndsIn(ExecutionStatus.TIMED_OUT);
    }

    @Test
    void leaves_out_the_runs_that_end_with_an_error_named_in_except() {
      // GIVEN
      Exploration exploration = explore(PAYMENT);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(exploration)
          .except("Order.PaymentDeclined", "States.TaskFailed", "Lambda.TooManyRequestsException")
          .noFaultEndsIn(ExecutionStatus.FAILED));
      // THEN: left are the five other Lambda errors
      List<FaultRun> failed = exploration.runs().stream().filter(run -> run.status() == ExecutionStatus.FAILED)
          .filter(run -> run.error().startsWith("Lambda.") && !run.error().equals("Lambda.TooManyRequestsException"))
          .toList();
      then(failed).hasSize(5);
      then(error).hasMessage(shouldNotHaveFaultEndingIn(exploration.toString(), ExecutionStatus.FAILED,
          List.of("Order.PaymentDeclined", "States.TaskFailed", "Lambda.TooManyRequestsException"), failed, 13)
          .create());
    }
  }

  @Nested
  class soft_assertions {

    @Test
    void collect_every_failure() {
      // GIVEN
      Exploration exploration = explore(PAYMENT);
      SfnSoftAssertions softly = new SfnSoftAssertions();
      // WHEN
      softly.assertThat(exploration).everyFaultIsHandled();
      softly.assertThat(exploration).retriesFinishWithin(Duration.ofMinutes(15));
      // THEN
      then(softly.errorsCollected()).hasSize(2);
    }
  }

  @Nested
  class retriesFinishWithin {

    @Test
    void fails_when_the_retry_budget_exceeds_the_deadline() {
      // GIVEN: throttled on every attempt, the payment retries for 1 + 2 + 4 + 8 + 16 = 31 minutes
      Exploration exploration = explore(PAYMENT);
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(exploration)
          .retriesFinishWithin(Duration.ofMinutes(15)));
      // THEN: throttled on four attempts, the fourth retry gets through at 15 minutes exactly, within the
      // deadline; on five, the fifth retry gets through at 31 minutes; on six, the payment gives up then
      List<FaultRun> late = exploration.runs().stream()
          .filter(run -> run.retryTime().compareTo(Duration.ofMinutes(15)) > 0).toList();
      then(late).extracting(run -> run.faults().get(0).describe() + " " + run.status() + " " + run.retryTime())
          .containsExactly("Pay: Lambda.TooManyRequestsException on 5 attempts SUCCEEDED PT31M",
              "Pay: Lambda.TooManyRequestsException on 6 attempts FAILED PT31M");
      then(error).hasMessage(shouldHaveRetriedWithin(exploration.toString(), Duration.ofMinutes(15), late, 13)
          .create());
    }

    @Test
    void passes_when_every_state_is_done_retrying_in_time() {
      assertThat(explore(PAYMENT)).retriesFinishWithin(Duration.ofMinutes(31));
    }
  }
}
