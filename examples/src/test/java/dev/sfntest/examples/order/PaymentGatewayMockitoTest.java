package dev.sfntest.examples.order;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.examples.order.PaymentGateway.Receipt;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ChargeCard task answered by the user's own {@link PaymentGateway}, mocked with Mockito: the
 * Task's input goes to the gateway, its receipt becomes the Task's result, and an exception it
 * throws fails the Task. Mockito's stubbing and verification work as usual.
 */
@SfnTest
class PaymentGatewayMockitoTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Deploy("workflows/order.asl.json")
  StateMachine order;

  final PaymentGateway gateway = mock(PaymentGateway.class);

  // tag::mockito-handler[]
  @BeforeEach
  void answer_the_charge_from_the_gateway(SfnTestContext sfn) {
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ReserveStock").thenReturn("{\"reservationId\": \"r-1\"}");
    sfn.mockTask("Ship").thenReturn("{\"trackingId\": \"TRACK-42\"}");
    sfn.mockTask("ChargeCard").thenAnswer(call -> {
      Receipt receipt = gateway.charge(call.input().get("orderId").asText(), call.input().get("amount").asInt());
      return JSON.valueToTree(receipt);   // the Task's result
    });
  }

  @Test
  void charges_the_order_total_through_the_gateway() {
    // GIVEN
    when(gateway.charge("42", 120)).thenReturn(new Receipt("ch-7"));
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded();
    assertThat(run).state("ChargeCard").hasOutputSatisfying(out ->
        org.assertj.core.api.Assertions.assertThat(out.at("/payment/chargeId").asText()).isEqualTo("ch-7"));
    verify(gateway).charge("42", 120);
  }
  // end::mockito-handler[]

  // tag::mockito-throws[]
  @Test
  void retries_while_the_gateway_is_throttled() {
    // GIVEN: a TaskFailure thrown by the gateway fails the Task with that error and cause
    when(gateway.charge(anyString(), anyInt()))
        .thenThrow(new TaskFailure("Payment.Throttled", "slow down"))
        .thenReturn(new Receipt("ch-8"));
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStates("Ship");
    assertThat(run).state("ChargeCard").wasRetried(1);
    verify(gateway, times(2)).charge("42", 120);
  }
  // end::mockito-throws[]

  @Test
  void a_declined_card_is_compensated(SfnTestContext sfn) {
    // GIVEN
    when(gateway.charge(anyString(), anyInt())).thenThrow(new TaskFailure("Payment.Declined", "card expired"));
    sfn.mockTask("ReleaseStock").thenReturn("{}");
    // WHEN
    Execution run = order.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStates("ReleaseStock", "Cancelled").hasNotVisited("Ship")
        .hasOutputAt("$.reason").isText("card expired");
  }
}
