package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.Tier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FailureCauseTest {

  private static String causeOf(String difference) {
    return FailureCause.of(new CaseResult("x", Tier.A, Outcome.FAIL, difference));
  }

  @Nested
  class of {

    @Test
    void gives_the_first_difference_on_one_line() {
      // WHEN / THEN
      assertThat(causeOf("DescribeExecution error: expected null,\n actual \"States.Timeout\""))
          .isEqualTo("differs from AWS: DescribeExecution error: expected null, actual \"States.Timeout\"");
    }

    @Test
    void cuts_a_long_difference_at_400_characters() {
      // WHEN / THEN
      assertThat(causeOf("x".repeat(1000))).hasSize(403).endsWith("x...");
    }
  }
}
