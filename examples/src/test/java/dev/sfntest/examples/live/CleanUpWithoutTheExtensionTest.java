package dev.sfntest.examples.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.CreatedResources;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.UniqueNames;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The live clean-up without the JUnit extension, for another test framework or a Spring test:
 * the test gets a client that records what it creates, and after it everything is stopped and
 * deleted. Here a fake with time skipping off stands in for the account, so the execution keeps
 * running as it would on AWS.
 */
class CleanUpWithoutTheExtensionTest {

  static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";

  @Test
  void what_the_test_created_is_gone_after_it() {
    try (FakeSfn account = FakeSfn.builder().timeSkipping(false).build()) {
      SfnClient sdkClient = account.client();   // live: SfnClient.builder()...build()
      // tag::live-created-resources[]
      CreatedResources created = CreatedResources.of(sdkClient);
      UniqueNames names = UniqueNames.random();
      SfnClient client = created.client();           // give this one to the test and the code under test
      try {
        String machine = client.createStateMachine(b -> b.name(names.name("nightly")).definition(WAIT)
            .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
        client.startExecution(b -> b.stateMachineArn(machine));
        client.createActivity(b -> b.name(names.name("review")));
      } finally {
        List<CreatedResources.Leak> leaks = created.cleanUp();   // stops, then deletes, in order
        assertThat(leaks).as("left behind").isEmpty();
      }
      // end::live-created-resources[]
      assertThat(sdkClient.listStateMachines().stateMachines()).isEmpty();
      assertThat(sdkClient.listActivities().activities()).isEmpty();
    }
  }
}
