package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sfntest.core.FakeSfn;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * What the fake may answer to bad input, checked through the API: an AWS exception (a modelled
 * {@link SfnException} with AWS's error code and status 400), or an execution that ends with a
 * {@code States.*} error (or one the definition or input names, for a Fail state's own); never
 * another exception, never a hang, and the fake works afterwards.
 */
final class Outcomes {

  /** Per try: far more than any try needs, far less than a hang. */
  static final Duration TRY_LIMIT = Duration.ofSeconds(15);

  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final String CANARY = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":{\"ok\":true},"
      + "\"End\":true}}}";

  private Outcomes() {}


  /** Runs {@code body} on another thread and fails when it does not end within {@link #TRY_LIMIT}. */
  static void bounded(Executable body) {
    assertTimeoutPreemptively(TRY_LIMIT, body);
  }

  /** A name no other try uses. */
  static String uniqueName(String prefix) {
    return prefix + "-" + NAMES.incrementAndGet();
  }

  /** The checks on an exception the fake threw: AWS's kind, with AWS's code and status. */
  static void assertAwsError(SfnException e) {
    assertThat(e.awsErrorDetails()).as("AWS error details of %s", e).isNotNull();
    assertThat(e.awsErrorDetails().errorCode()).as("error code of %s", e).isNotBlank();
    assertThat(e.statusCode()).as("status of %s", e).isEqualTo(400);
  }

  /**
   * Creates a machine of the definition and runs it with the input: each step either works or is
   * refused with an AWS exception; the execution ends (a running one is stopped) with a well-formed
   * history and, when it failed, an error of the service or of the definition.
   *
   * @return the execution's description, or {@code null} when a step was refused
   */
  static DescribeExecutionResponse createAndRun(FakeSfn fake, String definition, String input) {
    SfnClient client = fake.client();
    try {
      client.validateStateMachineDefinition(b -> b.definition(definition));
    } catch (SfnException e) {
      assertAwsError(e);
    }
    String machine;
    String execution;
    try {
      machine = client.createStateMachine(b -> b.name(uniqueName("m")).definition(definition)
          .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
      execution = client.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
    } catch (SfnException e) {
      assertAwsError(e);
      return null;
    }
    DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(execution));
    if (described.status() == ExecutionStatus.RUNNING) {
      client.stopExecution(b -> b.executionArn(execution));
      described = client.describeExecution(b -> b.executionArn(execution));
      assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
    }
    if (described.status() == ExecutionStatus.FAILED) {
      String error = described.error();
      assertThat(error == null || error.startsWith("States.") || definition.contains(error) || input.contains(error))
          .as("error %s of an execution of %s", error, definition).isTrue();
    }
    Histories.assertWellFormed(Histories.of(client, execution));
    client.describeStateMachineForExecution(b -> b.executionArn(execution));
    return described;
  }

  /** The fake still creates machines, runs them and lists them, as if nothing had happened. */
  static void assertStillWorks(FakeSfn fake) {
    SfnClient client = fake.client();
    String machine = client.createStateMachine(b -> b.name(uniqueName("canary")).definition(CANARY)
        .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
    String execution = client.startExecution(b -> b.stateMachineArn(machine).input("{}")).executionArn();
    DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(execution));
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output()).isEqualTo("{\"ok\":true}");
    client.listStateMachines(b -> b.maxResults(1));
  }
}
