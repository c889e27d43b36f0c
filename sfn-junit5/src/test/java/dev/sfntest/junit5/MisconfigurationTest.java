package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.core.StateMachine;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sfn.SfnClient;

class MisconfigurationTest {

  @Fixture
  @SfnTest
  static class Plain {
    @Test
    void runs(SfnClient client) {
      // fails before, when its settings are wrong
    }
  }

  @Fixture
  @SfnTest(initialTime = "yesterday")
  static class BadInitialTime {
    @Test
    void runs(SfnClient client) {
      // fails before
    }
  }

  @Fixture
  @SfnTest(seed = {1, 2})
  static class TwoSeeds {
    @Test
    void runs(SfnClient client) {
      // fails before
    }
  }

  @Fixture
  @SfnTest
  static class MissingDefinition {
    @Deploy("workflows/ordr.asl.json")
    StateMachine order;

    @Test
    void runs() {
      // fails before
    }
  }

  @Fixture
  @SfnTest
  static class DeployOfWrongType {
    @Deploy("workflows/hello.asl.json")
    String hello;

    @Test
    void runs() {
      // fails before
    }
  }

  @Fixture
  @SfnTest
  static class StaticDeploy {
    @Deploy("workflows/hello.asl.json")
    static StateMachine hello;

    @Test
    void runs() {
      // fails before
    }
  }

  @Fixture
  @SfnTest
  static class MissingPlaceholders {
    @Test
    void runs(@Deploy("workflows/greeting.asl.json") StateMachine greeting) {
      // fails before
    }
  }

  @Fixture
  @SfnTest
  static class BadSubstitution {
    @Test
    void runs(@Deploy(value = "workflows/greeting.asl.json", substitutions = "Greeting") StateMachine greeting) {
      // fails before
    }
  }

  @Fixture
  static class MethodChangesSharedEnvironment {
    @RegisterExtension
    static SfnExtension sfn = SfnExtension.builder().build();

    @Test
    @SfnTest(seed = 3, timeSkipping = false)
    void runs(SfnClient client) {
      // fails before
    }
  }

  @Fixture
  @SfnTest(mockConfig = "mocks/nowhere.json")
  static class MissingMockConfig {
    @Test
    void runs(SfnClient client) {
      // fails before
    }
  }

  @Fixture
  static class TwoExtensions {
    @RegisterExtension
    SfnExtension first = SfnExtension.builder().build();
    @RegisterExtension
    SfnExtension second = SfnExtension.builder().build();

    @Test
    void runs() {
      // fails before
    }
  }

  @Fixture
  static class LiveDeployWithoutRole {
    @RegisterExtension
    SfnExtension sfn = SfnExtension.builder().mode(Mode.LIVE).region("eu-west-1")
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret"))).build();

    @Deploy("workflows/hello.asl.json")
    StateMachine hello;

    @Test
    void runs() {
      // fails before
    }
  }

  /** The failure of the fixture's only test, {@code runs}. */
  static Throwable failureOf(Class<?> fixture, Map<String, String> parameters) {
    EngineExecutionResults results = Fixtures.run(fixture, parameters);
    assertThat(Fixtures.failures(results)).containsOnlyKeys("runs");
    return Fixtures.failures(results).get("runs");
  }

  static Throwable failureOf(Class<?> fixture) {
    return failureOf(fixture, Map.of());
  }

  @Nested
  class a_wrong_value {
    @Test
    void of_a_configuration_parameter_is_named_with_its_parameter() {
      // WHEN
      Throwable failure = failureOf(Plain.class, Map.of("sfntest.mode", "prod"));
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting mode = \"prod\" (configuration parameter sfntest.mode) is not valid: use fake or live.");
    }

    @Test
    void of_a_flag_is_neither_true_nor_false() {
      // WHEN
      Throwable failure = failureOf(Plain.class, Map.of("sfntest.timeSkipping", "yes"));
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting timeSkipping = \"yes\" (configuration parameter sfntest.timeSkipping) is not valid: "
              + "use true or false.");
    }

    @Test
    void of_an_annotation_is_named_with_its_class() {
      // WHEN
      Throwable failure = failureOf(BadInitialTime.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting initialTime = \"yesterday\" (@SfnTest on class MisconfigurationTest.BadInitialTime) "
              + "is not valid: write an ISO-8601 instant in UTC, like 2025-01-01T00:00:00Z.");
    }

    @Test
    void of_an_array_attribute_is_more_than_one_value() {
      // WHEN
      Throwable failure = failureOf(TwoSeeds.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting seed = \"[1, 2]\" (@SfnTest on class MisconfigurationTest.TwoSeeds) is not valid: "
              + "give one value, like seed = 1.");
    }

    @Test
    void of_a_duration_shows_how_to_write_one() {
      // WHEN
      Throwable live = failureOf(Plain.class, Map.of("sfntest.liveTimeout", "a minute"));
      Throwable poll = failureOf(Plain.class, Map.of("sfntest.activityPollTimeout", "-PT1S"));
      // THEN
      assertThat(live).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting liveTimeout = \"a minute\" (configuration parameter sfntest.liveTimeout) is not valid: "
              + "write a duration of zero or more, like 90s, 500ms, 2m or PT2M.");
      assertThat(poll).hasMessage("sfn-test setting activityPollTimeout = \"-PT1S\" (configuration parameter "
          + "sfntest.activityPollTimeout) is not valid: write a duration of zero or more, like 90s, 500ms, 2m or PT2M.");
    }

    @Test
    void given_to_the_builder_fails_at_once() {
      // WHEN
      ExtensionConfigurationException failure = catchThrowableOfType(ExtensionConfigurationException.class,
          () -> SfnExtension.builder().account("12"));
      // THEN
      assertThat(failure).hasMessage("sfn-test setting account = \"12\" (SfnExtension.builder()) is not valid: "
          + "write the 12 digits of an account id, like 123456789012.");
    }

    @Test
    void of_an_endpoint_shows_how_to_write_one() {
      // WHEN
      Throwable failure = failureOf(Plain.class, Map.of("sfntest.endpoint", "localhost:8083"));
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting endpoint = \"localhost:8083\" (configuration parameter sfntest.endpoint) is not valid: "
              + "write an http or https URL, like http://localhost:8083 for a local endpoint.");
    }

    @Test
    void of_a_mock_configuration_file_that_is_not_there() {
      // WHEN
      Throwable failure = failureOf(MissingMockConfig.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "sfn-test setting mockConfig = \"mocks/nowhere.json\" cannot be used: No mock configuration file on the "
              + "classpath at mocks/nowhere.json. Name a Step Functions Local mock configuration file on the test "
              + "classpath (under src/test/resources), or a file as file:path/to/it.json.");
    }
  }

  @Nested
  class a_deployment {
    @Test
    void of_a_definition_not_on_the_classpath_says_where_to_put_it() {
      // WHEN
      Throwable failure = failureOf(MissingDefinition.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@Deploy(\"workflows/ordr.asl.json\") on field 'order' of MisconfigurationTest.MissingDefinition: there "
              + "is no workflows/ordr.asl.json on the test classpath. Put the definition under "
              + "src/test/resources/workflows/ordr.asl.json, or correct the path.");
    }

    @Test
    void into_a_field_of_another_type_asks_for_a_StateMachine() {
      // WHEN
      Throwable failure = failureOf(DeployOfWrongType.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@Deploy on field 'hello' of MisconfigurationTest.DeployOfWrongType of type String: @Deploy gives a "
              + "StateMachine. Declare it as StateMachine.");
    }

    @Test
    void into_a_static_field_asks_for_an_instance_field() {
      // WHEN
      Throwable failure = failureOf(StaticDeploy.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@Deploy on field 'hello' of MisconfigurationTest.StaticDeploy, which is static: a state machine is "
              + "deployed for each test. Make it a non-final instance field.");
    }

    @Test
    void with_placeholders_nobody_fills_names_them_all() {
      // WHEN
      Throwable failure = failureOf(MissingPlaceholders.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@Deploy(\"workflows/greeting.asl.json\") on parameter 1 of runs(): the definition's placeholders "
              + "${Greeting}, ${Audience} have no value. Give each one in @Deploy(substitutions = \"Greeting=...\"), "
              + "in SfnExtension.builder().substitution(\"Greeting\", ...), or as the configuration parameter or "
              + "system property sfntest.substitution.Greeting.");
    }

    @Test
    void with_a_substitution_that_is_not_a_pair_shows_one() {
      // WHEN
      Throwable failure = failureOf(BadSubstitution.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@Deploy(\"workflows/greeting.asl.json\") on parameter 1 of runs(): substitutions entry \"Greeting\" is "
              + "not key=value. Write each as key=value, like \"TableName=orders\".");
    }

    @Test
    void in_live_mode_against_AWS_needs_a_role() {
      // WHEN
      Throwable failure = failureOf(LiveDeployWithoutRole.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@Deploy in live mode against AWS needs a role Step Functions can assume: set sfntest.roleArn (like "
              + "arn:aws:iam::123456789012:role/StepFunctionsTests), or SfnExtension.builder().roleArn(...).");
    }
  }

  @Nested
  class a_registration {
    @Test
    void on_a_static_field_refuses_environment_settings_on_methods() {
      // WHEN
      Throwable failure = failureOf(MethodChangesSharedEnvironment.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "@SfnTest on method runs() sets seed, timeSkipping, but the class shares one environment among its tests "
              + "(SfnExtension on a static field). Set it on the class, or register the extension on an instance "
              + "field so that each test gets its own.");
    }

    @Test
    void twice_in_one_class_is_refused() {
      // WHEN
      Throwable failure = failureOf(TwoExtensions.class);
      // THEN
      assertThat(failure).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
          "Register one SfnExtension per test, not 2 (MisconfigurationTest.TwoExtensions.first, "
              + "MisconfigurationTest.TwoExtensions.second): each would give the test its own client. Keep one "
              + "@RegisterExtension field.");
    }
  }
}
