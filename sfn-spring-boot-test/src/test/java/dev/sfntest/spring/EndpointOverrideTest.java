package dev.sfntest.spring;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

/** An application that builds its client with an endpoint override, as many do for LocalStack. */
@SpringBootTest(classes = EndpointOverrideTest.AwsConfig.class, properties = {
    "aws.sfn.endpoint=http://127.0.0.1:9", "aws.region=eu-west-1",
    "sfntest.deploy.hello=classpath:workflows/hello.asl.json", "sfntest.deploy.hello.arn-property=greeter.arn"})
@AutoConfigureSfnTest
class EndpointOverrideTest {

  @Configuration(proxyBeanMethods = false)
  static class AwsConfig {
    @Bean
    SfnClient stepFunctions(@Value("${aws.sfn.endpoint}") URI endpoint, @Value("${aws.region}") String region) {
      return SfnClient.builder()
          .endpointOverride(endpoint)                    // nothing listens on port 9
          .region(Region.of(region))
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("app", "app")))
          .build();
    }

    @Bean
    Greeter greeter(SfnClient stepFunctions, @Value("${greeter.arn}") String arn) {
      return new Greeter(stepFunctions, null, arn);
    }
  }

  @Autowired Greeter greeter;
  @Autowired SfnExecutions executions;

  @Test
  void the_client_built_with_an_endpoint_override_answers_from_the_fake() {
    // WHEN
    greeter.greet("Ada");
    // THEN
    assertThat(executions.last()).hasSucceeded().hasOutputAt("$.greeting").isText("Hello, Ada!");
  }
}
