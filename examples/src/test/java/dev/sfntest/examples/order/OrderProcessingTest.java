package dev.sfntest.examples.order;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfntest.assertj.SfnSoftAssertions;
import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Order processing: Lambda tasks mocked in code, a Choice, a Retry with backoff that takes virtual
 * time only, and a Catch that leads to a compensation path. The definition is {@code
 * workflows/order.asl.json}.
 */
// tag::order-class[]
@SfnTest
class OrderProcessingTest {

  @Deploy("workflows/order.asl.json")   // created before each test, deleted after
  StateMachine order;

  @BeforeEach
  void mock_the_warehouse(SfnTestContext sfn) {
    sfn.mockTask("ReserveStock").thenReturn("{\"reservationId\": \"r-1\"}");
    sfn.mockTask("Ship").thenReturn("{\"trackingId\": \"TRACK-42\"}");
  }

  @Test
  void ships_a_valid_order(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ChargeCard").thenReturn("{\"chargeId\": \"ch-1\"}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded()
        .hasVisitedStatesInOrder("Validate", "IsValid", "ReserveStock", "ChargeCard", "Ship", "Shipped")
        .hasOutput("{\"orderId\": \"42\", \"status\": \"SHIPPED\", \"trackingId\": \"TRACK-42\"}");
    assertThat(run).task("ChargeCard").wasInvokedTimes(1)
        .hasParameters("{\"orderId\": \"42\", \"amount\": 120}");
  }
  // end::order-class[]

  // tag::order-retry[]
  @Test
  void retries_a_throttled_charge_with_backoff(SfnTestContext sfn) {
    // GIVEN: the payment service is busy twice, then charges
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ChargeCard")
        .thenFail("Payment.Throttled", "try again later").times(2)
        .thenReturn("{\"chargeId\": \"ch-1\"}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN: IntervalSeconds 2, BackoffRate 2: waits of 2 s and 4 s, on the virtual clock
    assertThat(run).hasSucceeded().tookVirtualTime(Duration.ofSeconds(6));
    assertThat(run).state("ChargeCard").wasRetried(2);
    assertThat(run).task("ChargeCard").wasInvokedTimes(3);
  }
  // end::order-retry[]

  @Test
  void gives_up_when_the_payment_service_stays_busy(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ChargeCard").thenFail("Payment.Throttled", "try again later");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN: MaxAttempts 3 after the first call: waits of 2, 4 and 8 seconds, then the error is not caught
    assertThat(run).hasFailedWith("Payment.Throttled", "try again later")
        .tookVirtualTime(Duration.ofSeconds(14))
        .hasNotVisited("Ship", "ReleaseStock");
    assertThat(run).state("ChargeCard").wasRetried(3);
  }

  // tag::order-catch[]
  @Test
  void releases_the_stock_when_the_card_is_declined(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ChargeCard").thenFail("Payment.Declined", "card expired");
    sfn.mockTask("ReleaseStock").thenReturn("{}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN: the Catch leads to the compensation path
    assertThat(run).hasSucceeded()
        .hasVisitedStatesInOrder("ChargeCard", "ReleaseStock", "Cancelled")
        .hasNotVisited("Ship")
        .hasOutputAt("$.status").isText("CANCELLED");
    assertThat(run).state("ChargeCard").wasCaught("Payment.Declined");
    assertThat(run).task("ReleaseStock").hasParameters("{\"reservationId\": \"r-1\"}");
  }
  // end::order-catch[]

  // tag::order-reset[]
  @Test
  void fails_when_the_warehouse_has_no_stock(SfnTestContext sfn) {
    // GIVEN: replaces what mock_the_warehouse() programmed (without reset(), this answer would come second)
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ReserveStock").reset().thenFail("Stock.Unavailable", "out of books");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasFailedWith("Stock.Unavailable", "out of books").hasNotVisited("ChargeCard");
  }
  // end::order-reset[]

  // tag::order-by-resource[]
  @Test
  void a_mock_by_resource_answers_every_state_that_calls_the_function(SfnTestContext sfn) {
    // GIVEN: mocked by the Lambda function's ARN rather than by state name
    sfn.mockResource("arn:aws:lambda:us-east-1:123456789012:function:validate-order")
        .thenReturn("{\"valid\": true, \"total\": 80}");
    sfn.mockTask("ChargeCard").thenAnswer(call -> {
      int amount = call.input().get("amount").asInt();       // the Task's effective input
      return new ObjectMapper().createObjectNode().put("chargeId", "ch-" + amount);
    });
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded();
    assertThat(run).task("ChargeCard").hasResult("{\"chargeId\": \"ch-80\"}");
  }
  // end::order-by-resource[]

  // tag::order-soft[]
  @Test
  void checks_everything_at_once_with_soft_assertions(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ChargeCard").thenReturn("{\"chargeId\": \"ch-1\"}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN: every failure is reported, not only the first
    SfnSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(run).hasSucceeded().hasNotVisited("ReleaseStock");
      softly.assertThat(run).task("Ship").hasParameters("{\"orderId\": \"42\", \"reservationId\": \"r-1\"}");
      softly.assertThat(run).hasOutputAt("$.trackingId").isText("TRACK-42");
    });
  }
  // end::order-soft[]

  @Test
  void rejects_an_invalid_order(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Validate").thenReturn("{\"valid\": false, \"reason\": \"no items\"}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"43\", \"items\": []}");
    // THEN: the Choice sends it to the Fail state; nothing is reserved or charged
    assertThat(run).hasFailedWith("Order.Invalid", "no items")
        .hasVisitedExactly("Validate", "IsValid", "Rejected");
  }
}
