package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.UniqueNames;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Deployments written as properties (as an application.properties would), with an activity whose
 * ARN fills a definition's placeholder, and ARNs the application reads under its own names.
 */
@SpringBootTest(classes = DeployedPropertiesTest.App.class, properties = {
    "orders.state-machine-arn=arn:aws:states:eu-west-1:111122223333:stateMachine:orders-prod",
    "sfntest.deploy.charge.definition=classpath:workflows/charge.asl.json",
    "sfntest.deploy.charge.arn-property=orders.state-machine-arn",
    "sfntest.deploy.charge.substitutions.ChargeFunction=charge-card",
    "sfntest.activity.reviews.name=reviewers",
    "sfntest.activity.reviews.arn-property=reviews.activity-arn",
    "sfntest.deploy.review=workflows/review.asl.json",
    "sfntest.substitution.ReviewActivity=${reviews.activity-arn}"})
@AutoConfigureSfnTest
class DeployedPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  static class App {
    @Bean
    SfnClient sfnClient() {
      return SfnClient.create();
    }

    @Bean
    OrderStarter orderStarter(SfnClient sfn, @Value("${orders.state-machine-arn}") String arn) {
      return new OrderStarter(sfn, arn);
    }
  }

  record OrderStarter(SfnClient sfn, String arn) {
    String start(String orderId) {
      return sfn.startExecution(b -> b.stateMachineArn(arn).name("order-" + orderId).input("{}")).executionArn();
    }
  }

  @Autowired Environment environment;
  @Autowired OrderStarter starter;
  @Autowired SfnDeployments deployments;
  @Autowired SfnTestContext sfn;
  @Autowired SfnExecutions executions;

  @Nested
  class deployed_arns {

    @Test
    void are_published_under_sfntest_deployed() {
      // THEN
      assertThat(environment.getProperty("sfntest.deployed.charge.arn"))
          .isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:charge");
      assertThat(environment.getProperty("sfntest.deployed.reviews.arn"))
          .isEqualTo("arn:aws:states:us-east-1:123456789012:activity:reviewers");
      assertThat(environment.getProperty("sfntest.deployed.reviews.name")).isEqualTo("reviewers");
    }

    @Test
    void replace_the_applications_own_property() {
      // THEN
      assertThat(starter.arn()).isEqualTo(deployments.arn("charge"));
    }

    @Test
    void are_what_the_application_starts() {
      // GIVEN
      sfn.mockTask("Charge").thenReturn("{\"charged\": true}");
      // WHEN
      starter.start("42");
      // THEN
      assertThat(executions.last("charge")).hasSucceeded().hasOutput("{\"charged\": true}");
    }
  }

  @Nested
  class placeholders {

    @Test
    void take_the_deployments_substitutions() {
      // WHEN
      Execution run = deployments.stateMachine("charge").start("{}");
      // THEN
      assertThat(run).task("Charge").hasParameters("{\"FunctionName\": \"charge-card\", \"Payload\": {}}");
    }

    @Test
    void may_name_an_activity_deployed_before() {
      // WHEN
      String definition = deployments.stateMachine("review").describe().definition();
      // THEN
      assertThat(definition).contains("\"Resource\": \"" + deployments.arn("reviews") + "\"");
    }
  }

  @Nested
  class unique_names {

    @Test
    void are_the_names_as_given_on_the_fake(@Autowired UniqueNames names) {
      // WHEN
      String name = names.name("charge");

      // THEN
      assertThat(name).isEqualTo("charge");
      assertThat(deployments.arn("charge")).endsWith(":stateMachine:" + name);
    }
  }

  @Nested
  class deployments {

    @Test
    void name_what_is_not_there() {
      // WHEN / THEN
      assertThatThrownBy(() -> deployments.arn("refunds")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Nothing was deployed as 'refunds' for this test context; the names are [charge, review, "
              + "reviews].");
      assertThatThrownBy(() -> deployments.stateMachine("reviews")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'reviews' is an activity, not a state machine: " + deployments.arn("reviews"));
    }
  }
}
