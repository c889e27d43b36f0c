package dev.sfntest.examples.orders;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sfntest.core.VirtualClock;
import dev.sfntest.spring.AutoConfigureSfnTest;
import dev.sfntest.spring.DeployActivity;
import dev.sfntest.spring.DeployStateMachine;
import dev.sfntest.spring.SfnExecutions;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The order service as its clients use it, over HTTP, with the real workflow on the fake: every
 * test but the heartbeat one also runs live ({@code -Dsfntest.mode=live}) against sfn-local.
 */
// tag::order-api-test[]
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureSfnTest
@DeployActivity(name = "payments", arnProperty = "payments.activity-arn")
@DeployStateMachine(name = "orders", definition = "classpath:workflows/order.asl.json",
    arnProperty = "orders.state-machine-arn", substitutions = "PaymentActivityArn=${payments.activity-arn}")
class OrderApiTest {

  @Autowired MockMvc mvc;
  @Autowired PaymentListener payments;
  @Autowired SfnExecutions executions;

  void place(String orderId, String amount) throws Exception {
    mvc.perform(post("/orders").contentType(APPLICATION_JSON)
            .content("{\"orderId\": \"" + orderId + "\", \"amount\": " + amount + "}"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.executionArn").value(endsWith(":order-" + orderId)));
  }

  @Nested
  class a_paid_order {

    @Test
    void ships_two_hours_after_the_payment_listener_confirms_it() throws Exception {
      // WHEN
      place("42", "25.00");
      boolean handled = payments.handleNext();               // takes the payment task, SendTaskSuccess
      // THEN
      assertThat(handled).isTrue();
      assertThat(executions.last()).hasSucceeded()
          .hasVisitedStatesInOrder("Validate", "AwaitPayment", "Pack", "Ship")
          .hasOutputAt("$.status").isText("SHIPPED");
      assertThat(executions.named("order-42")).tookVirtualTime(Duration.ofHours(2));
    }
  }
  // end::order-api-test[]

  @Nested
  class a_declined_card {

    @Test
    void fails_the_order_with_the_listeners_error() throws Exception {
      // WHEN
      place("43", "5000");
      payments.handleNext();                                   // SendTaskFailure: Payment.Declined
      // THEN
      assertThat(executions.last()).hasFailedWith("Payment.Declined", "The card was declined")
          .hasVisitedStatesInOrder("Validate", "AwaitPayment", "PaymentDeclined")
          .hasNotVisited("Pack");
    }
  }

  @Nested
  class an_order_without_amount {

    @Test
    void is_rejected_before_any_payment() throws Exception {
      // WHEN
      place("44", "0");
      // THEN
      assertThat(executions.last()).hasFailedWith("Order.Invalid").hasVisitedExactly("Validate", "Rejected");
    }
  }

  // tag::heartbeat-timeout[]
  @Nested
  class a_silent_payment_listener {

    @Test
    void cancels_the_order_when_its_heartbeat_times_out(@Autowired VirtualClock clock) throws Exception {
      // GIVEN
      place("45", "25.00");
      payments.receive();                                      // takes the task, then never answers
      // WHEN
      clock.advance(Duration.ofMinutes(5));                    // HeartbeatSeconds: 300
      // THEN
      assertThat(executions.last()).hasFailedWith("Payment.Lost")
          .hasVisitedStatesInOrder("Validate", "AwaitPayment", "CancelOrder", "PaymentLost")
          .tookVirtualTime(Duration.ofMinutes(5));
      assertThat(executions.last()).state("AwaitPayment").hadHeartbeatTimeout();
    }
  }
  // end::heartbeat-timeout[]
}
