package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.sfn.SfnClient;

/** sfntest.mode=live: the application's clients talk to an endpoint (sfn-local, served here on 127.0.0.1). */
class LiveModeTest {

  static LocalSfn server;

  @BeforeAll
  static void serve() {
    server = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static final String WAITING = "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\",\"Resource\":\"%s\","
      + "\"End\":true}}}";

  @Fixture
  @SpringBootTest(classes = HelloApp.class, properties = {"sfntest.mode=live", "sfntest.credentials=dummy"})
  @AutoConfigureSfnTest
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  @DirtiesContext
  static class Live {
    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
      registry.add("sfntest.endpoint", () -> server.endpoint().toString());
    }

    @Autowired Greeter greeter;
    @Autowired SfnClient client;
    @Autowired SfnExecutions executions;
    @Autowired SfnDeployments deployments;

    @Test
    void a_greets_through_the_endpoint(TestReporter reporter) {
      greeter.greet("Ada");
      assertThat(executions.last()).hasSucceeded().hasOutputAt("$.greeting").isText("Hello, Ada!");
      reporter.publishEntry("hello", deployments.arn("hello"));
    }

    @Test
    void b_leaves_resources_and_a_running_execution() {
      String activity = client.createActivity(b -> b.name("scratch")).activityArn();
      String machine = client.createStateMachine(b -> b.name("scratch").roleArn(FakeSfn.ROLE_ARN)
          .definition(WAITING.formatted(activity)).publish(true)).stateMachineArn();
      client.createStateMachineAlias(b -> b.name("live").routingConfiguration(r -> r.stateMachineVersionArn(
          machine + ":1").weight(100)));
      client.startExecution(b -> b.stateMachineArn(machine));
    }

    @Test
    void c_needs_the_fake(@Autowired FakeSfn fake) {
      fake.clock();
    }

    @Test
    void d_names_what_it_creates_like_the_deployed_machines(@Autowired UniqueNames names) {
      String machine = client.createStateMachine(b -> b.name(names.name("scratch")).roleArn(FakeSfn.ROLE_ARN)
          .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
          .stateMachineArn();
      assertThat(names.suffix()).matches("[0-9a-f]{8}");
      assertThat(deployments.arn("hello")).endsWith(":stateMachine:" + names.name("hello"));
      assertThat(machine).endsWith(":stateMachine:scratch-" + names.suffix());
    }
  }

  @Fixture
  @SpringBootTest(classes = HelloApp.class, properties = {"sfntest.mode=live", "sfntest.credentials=dummy"})
  @AutoConfigureSfnTest
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  @DirtiesContext
  static class LiveWithMocks {
    @DynamicPropertySource
    static void endpoint(DynamicPropertyRegistry registry) {
      registry.add("sfntest.endpoint", () -> server.endpoint().toString());
    }

    @Autowired SfnTestContext sfn;

    @Test
    void mocks_a_task() {
      sfn.mockTask("Greet").thenReturn("{}");
    }
  }

  @Test
  void the_applications_clients_call_the_endpoint_and_what_tests_create_is_removed() {
    // WHEN
    EngineExecutionResults results = Fixtures.run(Live.class);
    // THEN
    assertThat(Fixtures.failures(results)).isEmpty();
    assertThat(Fixtures.passed(results)).containsExactly("a_greets_through_the_endpoint",
        "b_leaves_resources_and_a_running_execution", "d_names_what_it_creates_like_the_deployed_machines");
    assertThat(Fixtures.reported(results, "hello").get("a_greets_through_the_endpoint"))
        .matches("arn:aws:states:us-east-1:123456789012:stateMachine:hello-[0-9a-f]{8}");
    assertThat(Fixtures.aborted(results)).containsOnlyKeys("c_needs_the_fake");
    assertThat(Fixtures.aborted(results).get("c_needs_the_fake")).isEqualTo("Needs the fake "
        + "(FakeSfn parameter of c_needs_the_fake()), so it does not run in live mode (sfntest.mode=live).");
    SfnClient onServer = server.fake().client();
    assertThat(onServer.listStateMachines().stateMachines()).isEmpty();
    assertThat(onServer.listActivities().activities()).isEmpty();
  }

  @Test
  void a_test_class_that_needs_the_fake_is_skipped_with_the_reason() {
    // WHEN
    EngineExecutionResults results = Fixtures.run(LiveWithMocks.class);
    // THEN
    assertThat(Fixtures.aborted(results)).containsOnlyKeys("mocks_a_task");
    assertThat(Fixtures.aborted(results).get("mocks_a_task")).isEqualTo("Needs the fake "
        + "(SfnTestContext field 'sfn' of LiveWithMocks), so it does not run in live mode (sfntest.mode=live).");
  }
}
