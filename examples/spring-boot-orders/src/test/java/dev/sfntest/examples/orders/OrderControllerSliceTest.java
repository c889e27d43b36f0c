package dev.sfntest.examples.orders;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sfntest.spring.AutoConfigureSfnTest;
import dev.sfntest.spring.DeployActivity;
import dev.sfntest.spring.DeployStateMachine;
import dev.sfntest.spring.SfnExecutions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A slice: only the web layer, the service and the configuration that defines the client. */
// tag::slice-test[]
@WebMvcTest(OrderController.class)
@Import({AwsConfig.class, OrderService.class})
@AutoConfigureSfnTest
// end::slice-test[]
@DeployActivity(name = "payments", arnProperty = "payments.activity-arn")
@DeployStateMachine(name = "orders", definition = "classpath:workflows/order.asl.json",
    arnProperty = "orders.state-machine-arn", substitutions = "PaymentActivityArn=${payments.activity-arn}")
class OrderControllerSliceTest {

  @Autowired MockMvc mvc;
  @Autowired SfnExecutions executions;

  @Test
  void an_accepted_order_waits_for_its_payment() throws Exception {
    // WHEN
    mvc.perform(post("/orders").contentType(APPLICATION_JSON).content("{\"orderId\": \"7\", \"amount\": 10}"))
        .andExpect(status().isAccepted());
    // THEN
    assertThat(executions.last()).isRunning().isWaitingAt("AwaitPayment");
  }

  @Test
  void an_order_placed_twice_is_a_conflict() throws Exception {
    // GIVEN
    String order = "{\"orderId\": \"8\", \"amount\": 10}";
    mvc.perform(post("/orders").contentType(APPLICATION_JSON).content(order)).andExpect(status().isAccepted());
    // WHEN / THEN
    mvc.perform(post("/orders").contentType(APPLICATION_JSON).content("{\"orderId\": \"8\", \"amount\": 11}"))
        .andExpect(status().isConflict())
        .andExpect(content().string("Order 8 was already placed"));
  }
}
