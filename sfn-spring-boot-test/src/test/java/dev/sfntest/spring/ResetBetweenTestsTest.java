package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

class ResetBetweenTestsTest {

  static final String START = "2025-06-01T00:00:00Z";

  /** Two tests on one cached context: the second must find nothing of the first. */
  @Fixture
  @SpringBootTest(classes = HelloApp.class)
  @AutoConfigureSfnTest(initialTime = START)
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  @DeployStateMachine(name = "charge", definition = "workflows/charge.asl.json", substitutions = "ChargeFunction=pay")
  static class SharedContext {
    @Autowired Greeter greeter;
    @Autowired SfnClient client;
    @Autowired SfnTestContext sfn;
    @Autowired SfnExecutions executions;
    @Autowired SfnDeployments deployments;
    @Autowired FakeSfn fake;

    @Test
    void a_leaves_executions_mocks_resources_and_a_moved_clock(TestReporter reporter) {
      reporter.publishEntry("fake", Integer.toHexString(System.identityHashCode(fake)));
      sfn.mockTask("Charge").thenReturn("{}");
      sfn.mockTask("Refund").thenReturn("{}");
      greeter.greet("Ada");
      sfn.deploy("extra", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}");
      client.createActivity(b -> b.name("scratch"));
      sfn.clock().advance(Duration.ofDays(1));
      assertThat(executions.all()).hasSize(1);
      assertThat(deployments.stateMachine("charge").start("{}")).hasSucceeded();
    }

    @Test
    void b_starts_as_if_the_context_were_new(TestReporter reporter) {
      reporter.publishEntry("fake", Integer.toHexString(System.identityHashCode(fake)));
      assertThat(executions.all()).isEmpty();
      assertThat(client.listExecutions(b -> b.stateMachineArn(deployments.arn("hello"))).executions()).isEmpty();
      assertThat(sfn.clock().now()).isEqualTo(Instant.parse(START));
      assertThat(fake.unusedMocks()).isEmpty();
      assertThat(client.listStateMachines().stateMachines()).extracting(StateMachineListItem::name)
          .containsExactlyInAnyOrder("hello", "charge");
      assertThat(client.listActivities().activities()).extracting(ActivityListItem::name).isEmpty();
      Execution unmocked = deployments.stateMachine("charge").start("{}");
      assertThat(unmocked.status()).isEqualTo(ExecutionStatus.FAILED);
      greeter.greet("Ada");                                     // the same name again: the first is forgotten
      assertThat(executions.last()).hasSucceeded();
    }
  }

  @Test
  void a_cached_context_is_reset_between_tests() {
    // WHEN
    EngineExecutionResults results = Fixtures.run(SharedContext.class);
    // THEN
    assertThat(Fixtures.failures(results)).isEmpty();
    assertThat(Fixtures.passed(results)).containsExactly("a_leaves_executions_mocks_resources_and_a_moved_clock",
        "b_starts_as_if_the_context_were_new");
    Map<String, String> fakes = Fixtures.reported(results, "fake");
    assertThat(fakes.values()).hasSize(2).containsOnly(fakes.values().iterator().next());
  }
}
