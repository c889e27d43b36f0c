package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExploreCommandTest {

  /** A charge whose decline is caught and whose throttling is retried; its other failures are not handled. */
  private static final String CHARGE = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
          "Parameters": {"QueueUrl": "q", "MessageBody.$": "$"},
          "Retry": [{"ErrorEquals": ["Charge.Busy"], "IntervalSeconds": 5, "MaxAttempts": 1}],
          "Catch": [{"ErrorEquals": ["Charge.Declined"], "Next": "Declined"}], "Next": "Done"},
        "Declined": {"Type": "Pass", "End": true},
        "Done": {"Type": "Succeed"}}}
      """;

  /** Catches everything. */
  private static final String SAFE = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
          "Parameters": {"QueueUrl": "q", "MessageBody.$": "$"},
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}], "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @Test
  void prints_a_line_per_fault_and_exits_1_when_one_is_unhandled() throws IOException {
    // GIVEN
    Path definition = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);
    // WHEN
    int exit = cli.execute("explore", definition.toString(), "--input", "{\"amount\": 10}");
    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    String out = cli.out.toString();
    assertThat(out).startsWith("Failure exploration of 'charge': 5 executions (the baseline and 4 fault runs of 4 "
        + "enumerated), 2 unhandled, in ");
    assertThat(out.lines().skip(1)).containsExactly(
        "#  FAULT                                   STATUS     ERROR              HANDLED  TIME  RETRYING  PATH",
        "0  (none)                                  SUCCEEDED                              0s              Charge > Done",
        "1  Charge: Charge.Busy on 1 attempt        SUCCEEDED                     yes      5s    5s        Charge > Done",
        "2  Charge: Charge.Busy on 2 attempts       FAILED     Charge.Busy        NO       5s    5s        Charge",
        "3  Charge: Charge.Declined on 1 attempt    SUCCEEDED                     yes      0s    0s        Charge > Declined",
        "4  Charge: States.TaskFailed on 1 attempt  FAILED     States.TaskFailed  NO       0s    0s        Charge");
  }

  @Test
  void exits_0_when_every_fault_is_handled() throws IOException {
    // GIVEN
    Path definition = Files.writeString(dir.resolve("safe.asl.json"), SAFE);
    // WHEN
    int exit = cli.execute("explore", definition.toString());
    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).contains("0 unhandled");
  }

  @Test
  void answers_tasks_from_the_mock_files_test_case() throws IOException {
    // GIVEN: the charge answers "declined" in the happy path, which the Choice turns into a Fail
    Path definition = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);
    Path mocks = Files.writeString(dir.resolve("mocks.json"), """
        {"StateMachines": {"charge": {"TestCases": {"Happy": {"Charge": "Charged"}}}},
         "MockedResponses": {"Charged": {"0": {"Return": {"charged": true}}}}}
        """);
    // WHEN
    int exit = cli.execute("explore", definition.toString(), "--mock-config", mocks.toString(), "--test-case", "Happy",
        "--budget", "2");
    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).contains("2 executions (the baseline and 1 fault run of 4 enumerated)")
        .contains("Not explored:\n  3 single faults: beyond the budget of 2 executions");
  }

  @Test
  void explores_the_machines_a_workflow_starts() throws IOException {
    // GIVEN
    Path child = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);
    Path parent = Files.writeString(dir.resolve("checkout.asl.json"), """
        {"StartAt": "Pay", "States": {"Pay": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
          "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:charge", "Input.$": "$"},
          "End": true}}}
        """);
    // WHEN
    int exit = cli.execute("explore", parent.toString(), "--machine", child.toString());
    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).contains("charge/Charge: States.TaskFailed on 1 attempt")
        .contains("Pay: States.TaskFailed on 1 attempt");
  }

  @Test
  void refuses_a_mock_file_without_a_test_case() throws IOException {
    // GIVEN
    Path definition = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);
    // WHEN
    int exit = cli.execute("explore", definition.toString(), "--mock-config", "mocks.json");
    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).contains("--mock-config and --test-case go together");
  }
}
