package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.SfnTestContext;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

@SfnTest
class SfnExtensionTest {

  @Test
  void injects_the_client_and_the_context_of_one_fake(SfnClient client, SfnTestContext sfn) {
    // THEN
    assertThat(client).isSameAs(sfn.client());
    assertThat(sfn.fake().isClosed()).isFalse();
  }

  @Test
  void each_test_gets_a_fresh_fake(SfnClient client) {
    // THEN: nothing deployed by another test is visible
    assertThat(client.listStateMachines(b -> { }).stateMachines()).isEmpty();
  }
}
