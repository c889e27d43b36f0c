package com.example.orders;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A user's test as the README shows it: the extension, a deployed machine, a mock, assertions. */
@SfnTest
class OrderWorkflowTest {

  @Deploy("workflows/order.asl.json")
  StateMachine order;

  @Test
  void payment_is_retried_then_the_order_ships(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("ChargeCard")
        .thenFail("Payment.Throttled", "busy").times(2)
        .thenReturn("{\"charged\": true}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\"}");
    // THEN
    assertThat(run).hasSucceeded()
        .hasVisitedStatesInOrder("ChargeCard", "Ship")
        .hasOutput("{\"orderId\": \"42\", \"status\": \"SHIPPED\"}")
        .tookVirtualTime(Duration.ofSeconds(6));
    assertThat(run).state("ChargeCard").wasRetried(2);
  }
}
