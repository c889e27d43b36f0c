package dev.sfntest.examples.coverage;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Workflow coverage: with {@code sfn-report} on the test classpath, the extension records every
 * execution these tests start and, after the run, writes {@code target/sfn-coverage/index.html}
 * (and {@code coverage.json}). Open {@code machines/order.html} there: the order workflow drawn,
 * what these tests exercised in green with counts, what they never reached grey and dashed. Here
 * that is the refund path (no test has a charge fail with an unexpected error) and the retry on
 * {@code States.Timeout}.
 *
 * <p>Add {@code -Dsfntest.coverage.minimum=90} to the build to make it fail until a test covers
 * them.
 */
@SfnTest
class OrderCoverageTest {

  @Deploy("workflows/coverage/order.asl.json")
  StateMachine order;

  @Test
  void ships_after_the_card_is_throttled_twice(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "busy").times(2).thenReturn("{}");
    sfn.mockTask("Pack").thenReturn("{}");
    // WHEN
    Execution run = order.start("{\"total\": 40, \"items\": [\"book\", \"pen\"]}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStatesInOrder("Validate", "ChargeCard", "Fulfil", "Ship")
        .tookVirtualTime(Duration.ofSeconds(6));
    assertThat(run).state("ChargeCard").wasRetried(2);
  }

  @Test
  void reviews_a_large_order_before_charging(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("ChargeCard").thenReturn("{}");
    sfn.mockTask("Pack").thenReturn("{}");
    // WHEN
    Execution run = order.start("{\"total\": 4000, \"items\": [\"piano\"]}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStatesInOrder("Validate", "ManualReview", "ChargeCard", "Ship");
  }

  @Test
  void rejects_an_order_whose_card_is_declined(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("ChargeCard").thenFail("Payment.Declined", "card expired");
    // WHEN
    Execution run = order.start("{\"total\": 40, \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasFailedWith("Order.Rejected").hasNotVisited("Fulfil");
    assertThat(run).state("ChargeCard").wasCaught("Payment.Declined");
  }

  @Test
  void rejects_an_empty_order() {
    // WHEN
    Execution run = order.start("{\"total\": 0, \"items\": []}");
    // THEN
    assertThat(run).hasFailedWith("Order.Rejected").hasVisitedExactly("Validate", "Rejected");
  }
}
