package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.ForwardingSfnClient;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

class InjectionTest {

  static final Instant START = FakeSfn.DEFAULT_INITIAL_TIME;

  @Fixture
  @SfnTest
  static class EveryTypeAsParameters {
    @Test
    void takes_them_all(SfnClient client, SfnTestContext sfn, VirtualClock clock, FakeSfn fake) {
      assertThat(ForwardingSfnClient.unwrap(client)).isSameAs(fake.client());
      assertThat(sfn.fake()).isSameAs(fake);
      assertThat(sfn.client()).isSameAs(client);
      assertThat(clock).isSameAs(fake.clock());
    }
  }

  @Fixture
  @SfnTest
  static class EveryTypeAsFields {
    SfnClient client;
    SfnTestContext sfn;
    VirtualClock clock;
    FakeSfn fake;
    @Deploy("workflows/hello.asl.json")
    StateMachine hello;
    SfnClient fromBeforeEach;

    @BeforeEach
    void setUp(SfnClient client) {
      fromBeforeEach = client;
    }

    @Test
    void has_them_all() {
      assertThat(ForwardingSfnClient.unwrap(client)).isSameAs(fake.client());
      assertThat(sfn.client()).isSameAs(client).isSameAs(fromBeforeEach);
      assertThat(clock).isSameAs(fake.clock());
      assertThat(hello.client()).isSameAs(client);
      assertThat(hello.name()).isEqualTo("hello");
    }
  }

  @Fixture
  @SfnTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class TwoTestsOfAnnotatedClass {
    @Test
    @Order(1)
    void moves_its_clock(VirtualClock clock, @Deploy("workflows/hello.asl.json") StateMachine hello) {
      clock.advance(Duration.ofHours(1));
    }

    @Test
    @Order(2)
    void finds_a_fresh_fake(VirtualClock clock, SfnClient client) {
      assertThat(clock.now()).isEqualTo(START);
      assertThat(client.listStateMachines().stateMachines()).isEmpty();
    }
  }

  @Fixture
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class StaticRegistration {
    @RegisterExtension
    static SfnExtension sfn = SfnExtension.builder().build();

    @Test
    @Order(1)
    void moves_the_clock(VirtualClock clock, @Deploy("workflows/hello.asl.json") StateMachine hello) {
      clock.advance(Duration.ofHours(1));
    }

    @Test
    @Order(2)
    void shares_the_fake_but_not_the_deployments(VirtualClock clock, SfnClient client) {
      assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(1)));
      assertThat(client.listStateMachines().stateMachines()).isEmpty();
    }
  }

  @Fixture
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class InstanceRegistration {
    @RegisterExtension
    SfnExtension sfn = SfnExtension.builder().initialTime(Instant.parse("2030-01-01T00:00:00Z")).build();

    @Test
    @Order(1)
    void moves_the_clock(VirtualClock clock) {
      clock.advance(Duration.ofHours(1));
    }

    @Test
    @Order(2)
    void finds_a_fresh_fake(VirtualClock clock) {
      assertThat(clock.now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    }
  }

  @Fixture
  static class BeforeAllOfSharingClass {
    @RegisterExtension
    static SfnExtension sfn = SfnExtension.builder().build();

    static SfnClient fromBeforeAll;

    @BeforeAll
    static void createStateMachine(SfnClient client) {
      client.createStateMachine(b -> b.name("shared").roleArn(FakeSfn.ROLE_ARN)
          .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"));
      fromBeforeAll = client;
    }

    @Test
    void sees_what_before_all_made(SfnClient client) {
      assertThat(client.listStateMachines().stateMachines()).hasSize(1);
      assertThat(ForwardingSfnClient.unwrap(client)).isSameAs(fromBeforeAll);
    }
  }

  @Fixture
  @SfnTest
  static class BeforeAllOfAnnotatedClass {
    @BeforeAll
    static void setUp(SfnClient client) {
      // never runs: each test has its own fake
    }

    @Test
    void never_runs() {
      // the class fails before
    }
  }

  @Fixture
  @SfnTest
  static class DeployAttributes {
    @Test
    void deploys_as_told(@Deploy(value = "workflows/hello.asl.json", name = "greeter", type = Deploy.Type.EXPRESS,
        tags = {"team=orders", "cost=low"}) StateMachine greeter) {
      assertThat(greeter.name()).isEqualTo("greeter");
      assertThat(greeter.describe().type()).isEqualTo(StateMachineType.EXPRESS);
    }

    @Test
    void gives_two_deployments_of_one_file_two_names(@Deploy("workflows/hello.asl.json") StateMachine first,
        @Deploy("workflows/hello.asl.json") StateMachine second) {
      assertThat(first.name()).isEqualTo("hello");
      assertThat(second.name()).isEqualTo("hello-2");
    }

    @Test
    void runs_executions_that_need_no_waiting(@Deploy("workflows/hello.asl.json") StateMachine hello) {
      Execution run = hello.start("{\"name\": \"Ada\"}").await();
      assertThat(run.isFake()).isTrue();
      assertThat(run.output().get("greeting").asText()).isEqualTo("Hello, Ada!");
    }
  }

  @Fixture
  static class Placeholders {
    @RegisterExtension
    SfnExtension sfn = SfnExtension.builder().substitution("Audience", "from the builder").build();

    @Test
    void are_substituted(@Deploy(value = "workflows/greeting.asl.json", substitutions = "Greeting=from @Deploy")
        StateMachine greeting, TestReporter reporter) {
      reporter.publishEntry("output", greeting.start("{}").output().toString());
    }
  }

  @Fixture
  @SfnTest
  static class PlaceholdersFromParameters {
    @Test
    void are_substituted(@Deploy("workflows/greeting.asl.json") StateMachine greeting, TestReporter reporter) {
      reporter.publishEntry("output", greeting.start("{}").output().toString());
    }
  }

  @Fixture
  @SfnTest
  static class OuterWithField {
    @Deploy("workflows/hello.asl.json")
    StateMachine hello;

    @Nested
    class Inner {
      @Test
      void sees_the_outer_field(SfnClient client) {
        assertThat(hello).isNotNull();
        assertThat(hello.client()).isSameAs(client);
      }
    }
  }

  @Fixture
  @SfnTest
  static class AsyncClientOnTheFake {
    @Test
    void takes_an_async_client(SfnAsyncClient client) throws Exception {
      String arn = client.createStateMachine(b -> b.name("hello").roleArn(FakeSfn.ROLE_ARN)
          .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
          .get(10, TimeUnit.SECONDS).stateMachineArn();
      String run = client.startExecution(b -> b.stateMachineArn(arn)).get(10, TimeUnit.SECONDS).executionArn();
      assertThat(client.describeExecution(b -> b.executionArn(run)).get(10, TimeUnit.SECONDS).statusAsString())
          .isEqualTo("SUCCEEDED");
    }
  }

  @Nested
  class parameters {
    @Test
    void give_the_client_context_clock_and_fake_of_one_fake() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(EveryTypeAsParameters.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).containsExactly("takes_them_all");
    }

    @Test
    void of_before_all_methods_come_from_a_shared_fake() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(BeforeAllOfSharingClass.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).containsExactly("sees_what_before_all_made");
    }

    @Test
    void of_before_all_methods_fail_when_each_test_has_its_own_fake() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(BeforeAllOfAnnotatedClass.class);
      // THEN
      Throwable failure = results.containerEvents().failed().stream().findFirst().orElseThrow()
          .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
      assertThat(failure).isInstanceOf(ParameterResolutionException.class).hasMessage(
          "SfnExtension cannot give SfnClient to parameter 1 of setUp(): each test gets its own fake when it "
              + "starts, after constructors and @BeforeAll methods. Take it in the test or a @BeforeEach method, "
              + "or as a field; or share one fake in the class with @RegisterExtension static SfnExtension sfn = "
              + "SfnExtension.builder().build().");
    }

    @Test
    void of_type_SfnAsyncClient_is_the_fake_s_async_client() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(AsyncClientOnTheFake.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).containsExactly("takes_an_async_client");
    }
  }

  @Nested
  class fields {
    @Test
    void are_set_before_each_test_like_parameters() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(EveryTypeAsFields.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).containsExactly("has_them_all");
    }

    @Test
    void of_an_enclosing_class_are_set_for_nested_tests() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(OuterWithField.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).containsExactly("sees_the_outer_field");
    }
  }

  @Nested
  class environments {
    @Test
    void are_fresh_for_each_test_of_an_annotated_class() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(TwoTestsOfAnnotatedClass.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).hasSize(2);
    }

    @Test
    void are_shared_by_the_class_of_a_static_registration() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(StaticRegistration.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).hasSize(2);
    }

    @Test
    void are_fresh_for_each_test_of_an_instance_registration() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(InstanceRegistration.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).hasSize(2);
    }
  }

  @Nested
  class deployments {
    @Test
    void take_their_name_type_and_tags_from_the_annotation() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(DeployAttributes.class);
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.passed(results)).hasSize(3);
    }

    @Test
    void fill_placeholders_from_the_annotation_before_the_builder_before_the_parameters() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(Placeholders.class, Map.of(
          "sfntest.substitution.Greeting", "from a parameter", "sfntest.substitution.Audience", "from a parameter"));
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.reported(results, "output")).containsEntry("are_substituted",
          "{\"greeting\":\"from @Deploy\",\"audience\":\"from the builder\"}");
    }

    @Test
    void fill_placeholders_from_configuration_parameters() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(PlaceholdersFromParameters.class, Map.of(
          "sfntest.substitution.Greeting", "Hi", "sfntest.substitution.Audience", "all"));
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(Fixtures.reported(results, "output")).containsEntry("are_substituted",
          "{\"greeting\":\"Hi\",\"audience\":\"all\"}");
    }
  }
}
