package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FailureCauseTest {

  private static String causeOf(String difference) {
    return FailureCause.of(new CaseResult("x", Tier.A, Outcome.FAIL, difference));
  }

  @Nested
  class of {

    @Test
    void names_the_feature_the_fake_reports_missing() {
      // WHEN / THEN
      assertThat(causeOf("event 3 (id 3, TaskScheduled) type: expected \"TaskScheduled\", actual \"ExecutionFailed\""
          + " (States.Runtime: An error occurred ... Task states are not supported yet (issue #4))"))
          .isEqualTo("Task states not implemented yet (issue #4/#7)");
      assertThat(causeOf("... Parallel states are not supported yet (issue #6)")).isEqualTo("Map/Parallel not implemented yet (issue #6)");
      assertThat(causeOf("... JSONata is not supported yet (issue #5)")).isEqualTo("JSONata not implemented yet (issue #5)");
      assertThat(causeOf("CreateStateMachine refused: Intrinsic functions are not supported yet (issue #4): States.Array"))
          .isEqualTo("intrinsic functions not implemented yet (issue #4)");
    }

    @Test
    void names_an_operation_the_fake_does_not_support() {
      // WHEN / THEN
      assertThat(causeOf("java.lang.UnsupportedOperationException: FakeSfnClient does not support StopExecution yet at x"))
          .isEqualTo("StopExecution not implemented yet in FakeSfnClient");
    }

    @Test
    void otherwise_gives_the_first_difference_on_one_line() {
      // WHEN / THEN
      assertThat(causeOf("DescribeExecution error: expected null,\n actual \"States.Timeout\""))
          .isEqualTo("differs from AWS: DescribeExecution error: expected null, actual \"States.Timeout\"");
    }
  }
}
