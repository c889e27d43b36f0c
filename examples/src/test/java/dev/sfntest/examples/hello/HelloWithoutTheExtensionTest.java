package dev.sfntest.examples.hello;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.StateMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * The fake without the JUnit extension: a {@link FakeSfn} is a plain object, its {@link
 * SfnClient} the one the code under test takes. With time skipping off, the test moves the clock
 * itself and can look at the execution while it waits.
 */
class HelloWithoutTheExtensionTest {

  // tag::fake-plain[]
  @Test
  void runs_on_a_fake_made_by_hand() {
    try (FakeSfn fake = FakeSfn.create()) {
      SfnClient client = fake.client();   // give this to the code under test
      String arn = client.createStateMachine(b -> b.name("hello").roleArn(FakeSfn.ROLE_ARN)
          .definition(resource("workflows/hello.asl.json"))).stateMachineArn();

      String executionArn = client.startExecution(b -> b.stateMachineArn(arn).input("{\"name\": \"Ada\"}"))
          .executionArn();

      // on return the execution has run as far as it can: here, to its end, a day later
      assertThat(client.describeExecution(b -> b.executionArn(executionArn)).status())
          .isEqualTo(ExecutionStatus.SUCCEEDED);
      assertThat(fake.clock().now()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    }
  }
  // end::fake-plain[]

  // tag::fake-clock[]
  @Test
  void the_test_moves_the_clock_when_time_skipping_is_off() {
    try (FakeSfn fake = FakeSfn.builder()
        .initialTime(Instant.parse("2025-01-01T00:00:00Z"))
        .timeSkipping(false)
        .build()) {
      StateMachine hello = StateMachine.create(fake.client(), "hello", resource("workflows/hello.asl.json"),
          FakeSfn.ROLE_ARN);
      Execution run = hello.start("{\"name\": \"Ada\"}");
      // the Wait of a day holds the execution until the test moves the clock
      assertThat(run).isWaitingAt("WaitADay");
      assertThat(fake.clock().nextTimer()).isEqualTo(Instant.parse("2025-01-02T00:00:00Z"));

      fake.clock().advance(Duration.ofHours(23));
      assertThat(run).isRunning();

      fake.clock().advance(Duration.ofHours(1));   // fires the Wait's timer, and the rest runs
      assertThat(run).hasSucceeded().tookVirtualTime(Duration.ofDays(1));
    }
  }
  // end::fake-clock[]

  @Test
  void refuses_an_anonymous_visitor() {
    try (FakeSfn fake = FakeSfn.create()) {
      StateMachine hello = StateMachine.create(fake.client(), "hello", resource("workflows/hello.asl.json"),
          FakeSfn.ROLE_ARN);
      Execution run = hello.start("{}");
      assertThat(run).hasFailedWith("Visitor.Anonymous", "A visitor must give a name")
          .hasVisitedExactly("CheckName", "NoName");
    }
  }

  static String resource(String name) {
    try (InputStream in = HelloWithoutTheExtensionTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
