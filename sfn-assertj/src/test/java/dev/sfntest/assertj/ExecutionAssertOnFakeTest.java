package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.sfntest.core.Execution;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The execution assertions on the fake's own client. */
class ExecutionAssertOnFakeTest extends ExecutionAssertSuite {
  @Override
  Mode mode() {
    return Mode.FAKE;
  }

  /** Only the fake has the handlers' exceptions: a live history keeps their name and message alone. */
  @Nested
  class HandlerException {
    @Test
    void is_the_cause_of_the_failure_that_reports_its_error() {
      // GIVEN a handler with a bug: its exception becomes the Task's error and cause
      sfn.mockTask("ChargeCard").thenAnswer(call -> {
        throw new IllegalStateException("gateway client not configured");
      });
      Execution execution = run("payment", Workflows.PAYMENT, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasSucceeded());
      AssertionError stateError = expectAssertionError(() -> assertThat(execution).state("ChargeCard").wasRetried(1));
      // THEN the history has its name and message; the failure keeps its stack trace
      then(execution.describe().error()).isEqualTo("IllegalStateException");
      then(execution.describe().cause()).isEqualTo("gateway client not configured");
      then(error).hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("gateway client not configured")
          .hasMessageEndingWith("The error \"IllegalStateException\" is an exception a thenAnswer handler threw; "
              + "its stack trace is this error's cause.");
      then(error.getCause().getStackTrace()[0].getClassName()).startsWith(ExecutionAssertOnFakeTest.class.getName());
      then(stateError).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void is_not_attached_to_a_failure_about_something_else() {
      // GIVEN
      sfn.mockTask("ChargeCard").thenAnswer(call -> {
        throw new IllegalStateException("gateway client not configured");
      });
      Execution execution = run("payment", Workflows.PAYMENT, "{}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailedWith("Payment.Declined"));
      AssertionError other = expectAssertionError(() -> assertThat(order("{'ok': true}")).hasFailed());
      // THEN
      then(error).hasCauseInstanceOf(IllegalStateException.class);
      then(other).hasNoCause();
    }
  }
}
