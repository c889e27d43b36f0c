package dev.sfntest.examples.redrive;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Redrive after an outage: the SMS provider is down, so the notification fails; once it is back,
 * {@code RedriveExecution} continues the same execution. As on AWS, the Parallel state reruns only
 * the branch that failed: the customer gets one e-mail and one push, not two. The definition is
 * {@code workflows/notify-customer.asl.json}.
 */
@SfnTest
class RedriveAfterOutageTest {

  @Deploy("workflows/notify-customer.asl.json")
  StateMachine notifyCustomer;

  // tag::redrive[]
  @Test
  void a_redrive_sends_only_the_message_that_failed(SfnTestContext sfn, SfnClient client) {
    // GIVEN: e-mail and push work; the SMS provider fails once, then is back
    sfn.mockTask("Email").thenReturn("{\"sent\": \"email\"}");
    sfn.mockTask("Push").thenReturn("{\"sent\": \"push\"}");
    sfn.mockTask("Sms").thenFail("Sms.ProviderDown", "503 from the SMS gateway").times(1)
        .thenReturn("{\"sent\": \"sms\"}");
    Execution run = notifyCustomer.start("{\"orderId\": \"42\"}");
    assertThat(run).hasFailedWith("Sms.ProviderDown", "503 from the SMS gateway");

    // WHEN
    client.redriveExecution(b -> b.executionArn(run.arn()));

    // THEN: the same execution succeeds, and only the SMS was sent again
    assertThat(run).hasSucceeded().hasOutput("{\"orderId\": \"42\", \"channels\": 3}");
    assertThat(run).task("Email").wasInvokedTimes(1);
    assertThat(run).task("Push").wasInvokedTimes(1);
    assertThat(run).task("Sms").wasInvokedTimes(2);
  }
  // end::redrive[]
}
