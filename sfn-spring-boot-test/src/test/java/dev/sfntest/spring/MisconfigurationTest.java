package dev.sfntest.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.spring.internal.SfnTestAutoConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a misconfigured context says: what is wrong, where, and how to fix it. */
class MisconfigurationTest {

  @Configuration(proxyBeanMethods = false)
  static class NoClient {
    @Bean
    String notAClient() {
      return "just a string";
    }
  }

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SfnTestAutoConfiguration.class))
      .withUserConfiguration(HelloApp.class)
      .withPropertyValues("hello.arn=arn:aws:states:us-east-1:123456789012:stateMachine:hello");

  /** The message of the exception that stopped the context. */
  static String failureOf(ApplicationContextRunner runner) {
    String[] message = new String[1];
    runner.run(context -> {
      assertThat(context).hasFailed();
      message[0] = Fixtures.rootCause(context.getStartupFailure()).getMessage();
    });
    return message[0];
  }

  @Nested
  class no_client_bean {

    @Test
    void says_to_define_one_or_import_it() {
      // WHEN
      String message = failureOf(new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SfnTestAutoConfiguration.class))
          .withUserConfiguration(NoClient.class));
      // THEN
      assertThat(message).isEqualTo("@AutoConfigureSfnTest found no SfnClient or SfnAsyncClient bean in the "
          + "application context: sfn-test answers through the clients the application defines. Define one, like "
          + "@Bean SfnClient sfnClient() { return SfnClient.create(); }, in a @Configuration the test loads; in a "
          + "slice test (@WebMvcTest, ...) @Import the configuration that defines it.");
    }
  }

  @Nested
  class definition_file {

    @Test
    void that_does_not_exist_is_named_with_where_to_put_it() {
      // WHEN
      String message = failureOf(runner.withPropertyValues("sfntest.deploy.orders=classpath:workflows/ordr.asl.json"));
      // THEN
      assertThat(message).isEqualTo("sfntest.deploy.orders: there is no class path resource "
          + "[workflows/ordr.asl.json]. Put the definition under src/test/resources/workflows/ordr.asl.json (or "
          + "src/main/resources), or correct the location; a file outside the classpath is written "
          + "file:path/to/it.asl.json.");
    }

    @Test
    void that_the_service_refuses_names_the_deployment() {
      // WHEN
      String message = failureOf(runner.withPropertyValues("sfntest.deploy.hello=workflows/charge.asl.json",
          "sfntest.substitution.ChargeFunction=pay", "sfntest.deploy.hello.type=EXPRESS",
          "sfntest.deploy.broken.definition=classpath:mocks/MockConfigFile.json"));
      // THEN
      assertThat(message).startsWith("sfntest.deploy.broken could not create the state machine 'broken' from "
          + "classpath:mocks/MockConfigFile.json: ");
    }
  }

  @Nested
  class placeholder {

    @Test
    void left_without_a_value_is_named_with_every_way_to_give_one() {
      // WHEN
      String message = failureOf(runner.withPropertyValues("sfntest.deploy.charge=workflows/charge.asl.json"));
      // THEN
      assertThat(message).isEqualTo("sfntest.deploy.charge: the definition workflows/charge.asl.json has placeholders "
          + "${ChargeFunction} with no value. Give each one a value: @DeployStateMachine(substitutions = "
          + "\"ChargeFunction=...\"), sfntest.deploy.charge.substitutions.ChargeFunction=..., "
          + "sfntest.substitution.ChargeFunction=..., or a property ChargeFunction of the application.");
    }

    @Test
    void takes_a_property_of_the_application() {
      // WHEN / THEN
      runner.withPropertyValues("sfntest.deploy.charge=workflows/charge.asl.json", "ChargeFunction=pay")
          .run(context -> assertThat(context).hasNotFailed());
    }
  }

  @Nested
  class settings {

    @Test
    void with_a_value_they_cannot_take_say_how_to_write_it() {
      // WHEN
      String message = failureOf(runner.withPropertyValues("sfntest.seed=many"));
      // THEN
      assertThat(message).isEqualTo("sfn-test setting sfntest.seed = \"many\" is not valid: write a whole number, "
          + "like 42.");
    }

    @Test
    void of_a_deployment_that_do_not_exist_are_listed() {
      // WHEN
      String message = failureOf(runner.withPropertyValues("sfntest.deploy.hello.defintion=workflows/hello.asl.json"));
      // THEN
      assertThat(message).isEqualTo("sfntest.deploy.hello: sfntest.deploy.hello.defintion is not a setting of a "
          + "state machine deployment. Use definition, name, type, arn-property or substitutions.<Name>.");
    }

    @Test
    void name_a_mock_file_that_is_not_there() {
      // WHEN
      String message = failureOf(runner.withPropertyValues("sfntest.mock-config=mocks/Missing.json"));
      // THEN
      assertThat(message).isEqualTo("sfn-test setting sfntest.mock-config = \"mocks/Missing.json\" cannot be used: "
          + "there is no class path resource [mocks/Missing.json]. Name a Step Functions Local mock configuration "
          + "file, like classpath:mocks/MockConfigFile.json (under src/test/resources), or file:path/to/it.json.");
    }
  }

  @Fixture
  @SpringBootTest(classes = HelloApp.class)
  @DeployStateMachine(name = "hello", definition = "workflows/hello.asl.json", arnProperty = "hello.arn")
  static class DeployWithoutAutoConfigure {
    @Test
    void never_runs() {
    }
  }

  @Nested
  class deploy_annotation {

    @Test
    void without_auto_configure_says_to_add_it() {
      // WHEN
      Throwable failure = Fixtures.failures(Fixtures.run(DeployWithoutAutoConfigure.class)).get("never_runs");
      // THEN
      assertThat(Fixtures.rootCause(failure)).hasMessage("@DeployStateMachine and @DeployActivity on "
          + "DeployWithoutAutoConfigure need @AutoConfigureSfnTest on the test class: add it, or nothing gets "
          + "deployed.");
    }
  }
}
