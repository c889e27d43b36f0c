package dev.sfntest.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.spring.internal.SfnTestAutoConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SettingsTest {

  static final String HELLO_ARN = "hello.arn=arn:aws:states:us-east-1:123456789012:stateMachine:hello";

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SfnTestAutoConfiguration.class))
      .withUserConfiguration(HelloApp.class)
      .withPropertyValues(HELLO_ARN, "sfntest.deploy.hello=workflows/hello.asl.json");

  /** The name the seed gives an execution started without one. */
  static String generatedName(FakeSfn fake) {
    String arn = fake.client().listStateMachines().stateMachines().get(0).stateMachineArn();
    return fake.client().startExecution(b -> b.stateMachineArn(arn)).executionArn();
  }

  @Nested
  class as_properties {

    @Test
    void build_the_fake_with_the_junit_extensions_names() {
      runner.withPropertyValues("sfntest.initialTime=2030-01-01T00:00:00Z", "sfntest.seed=7",
          "sfntest.timeSkipping=false", "sfntest.region=eu-west-1", "sfntest.account=111122223333",
          "sfntest.activity-poll-timeout=250ms").run(context -> {
            // GIVEN
            FakeSfn fake = context.getBean(FakeSfn.class);
            // THEN
            assertThat(fake.clock().now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(fake.clock().isTimeSkipping()).isFalse();
            assertThat(fake.region()).isEqualTo("eu-west-1");
            assertThat(fake.account()).isEqualTo("111122223333");
            try (FakeSfn seven = FakeSfn.builder().seed(7).region("eu-west-1").account("111122223333").build()) {
              seven.client().createStateMachine(b -> b.name("hello").roleArn(FakeSfn.ROLE_ARN)
                  .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"));
              assertThat(generatedName(fake)).isEqualTo(generatedName(seven));
            }
            long started = System.nanoTime();
            String activity = fake.client().createActivity(b -> b.name("idle")).activityArn();
            assertThat(fake.client().getActivityTask(b -> b.activityArn(activity)).taskToken()).isNull();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
          });
    }
  }

  @Nested
  @SpringBootTest(classes = HelloApp.class, properties = {HELLO_ARN, "sfntest.initial-time=2030-01-01T00:00:00Z",
      "sfntest.time-skipping=true"})
  @AutoConfigureSfnTest(initialTime = "2025-05-05T05:05:05Z", timeSkipping = false)
  class on_the_annotation {

    @Autowired FakeSfn fake;

    @Test
    void win_over_the_properties() {
      // THEN
      assertThat(fake.clock().now()).isEqualTo(Instant.parse("2025-05-05T05:05:05Z"));
      assertThat(fake.clock().isTimeSkipping()).isFalse();
    }
  }
}
