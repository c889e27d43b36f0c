package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  private static final String GREETING = """
      {"StartAt": "Greet", "States": {
        "Greet": {"Type": "Pass", "Parameters": {"greeting.$": "$.name"}, "Next": "Nap"},
        "Nap": {"Type": "Wait", "Seconds": 3600, "Next": "Check"},
        "Check": {"Type": "Choice",
                  "Choices": [{"Variable": "$.greeting", "StringEquals": "world", "Next": "Done"}],
                  "Default": "Boom"},
        "Done": {"Type": "Succeed"},
        "Boom": {"Type": "Fail", "Error": "Not.World", "Cause": "who is this"}}}
      """;

  @TempDir
  Path dir;

  private Path definition;
  private final Cli cli = new Cli();

  @BeforeEach
  void write_definition() throws IOException {
    definition = Files.writeString(dir.resolve("greeting.asl.json"), GREETING);
  }

  @Test
  void prints_the_outcome_and_history_of_a_successful_execution() {
    // WHEN
    int exit = cli.execute("run", definition.toString(), "--input", "{\"name\": \"world\"}");

    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).isEqualTo("""
        SUCCEEDED
        output: {"greeting":"world"}

          #1   +0s  ExecutionStarted            input: {"name": "world"}
          #2   +0s  PassStateEntered     Greet  input: {"name":"world"}
          #3   +0s  PassStateExited      Greet  output: {"greeting":"world"}
          #4   +0s  WaitStateEntered     Nap    input: {"greeting":"world"}
          #5   +1h  WaitStateExited      Nap    output: {"greeting":"world"}
          #6   +1h  ChoiceStateEntered   Check  input: {"greeting":"world"}
          #7   +1h  ChoiceStateExited    Check  output: {"greeting":"world"}
          #8   +1h  SucceedStateEntered  Done   input: {"greeting":"world"}
          #9   +1h  SucceedStateExited   Done   output: {"greeting":"world"}
          #10  +1h  ExecutionSucceeded          output: {"greeting":"world"}
        """);
  }

  @Test
  void exits_1_with_the_error_and_cause_of_a_failed_execution() {
    // WHEN
    int exit = cli.execute("run", definition.toString(), "--input", "{\"name\": \"bob\"}");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString())
        .startsWith("FAILED\nerror: Not.World\ncause: who is this\n")
        .contains("  #9  +1h  ExecutionFailed            Not.World: who is this");
  }

  @Test
  void labels_each_event_of_a_failed_parallel_with_its_own_state() throws IOException {
    // GIVEN branch 1 fails in a Fail state while branch 0 waits; AWS links the Wait's abort and
    // the Parallel's failure to the Fail state's event
    Path parallel = Files.writeString(dir.resolve("book.asl.json"), """
        {"StartAt": "Book", "States": {"Book": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 60, "End": true}}},
          {"StartAt": "SoldOut", "States": {"SoldOut": {"Type": "Fail", "Error": "Flight.SoldOut"}}}]}}}
        """);

    // WHEN
    int exit = cli.execute("run", parallel.toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).endsWith("""
          #5  +0s  FailStateEntered      SoldOut  input: {}
          #6  +0s  WaitStateAborted      Hold
          #7  +0s  ParallelStateFailed   Book
          #8  +0s  ExecutionFailed                Flight.SoldOut
        """);
  }

  @Test
  void labels_a_failed_maps_events_with_the_map_and_an_aborted_iterations_wait_with_the_wait() throws IOException {
    // GIVEN
    Path map = Files.writeString(dir.resolve("items.asl.json"), """
        {"StartAt": "Items", "States": {"Items": {"Type": "Map", "End": true, "ItemProcessor": {
          "StartAt": "Check", "States": {
            "Check": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericGreaterThan": 5, "Next": "TooBig"}],
              "Default": "Pause"},
            "Pause": {"Type": "Wait", "Seconds": 10, "End": true},
            "TooBig": {"Type": "Fail", "Error": "Item.TooBig"}}}}}}
        """);

    // WHEN
    int exit = cli.execute("run", map.toString(), "--input", "[1, 7]");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).endsWith("""
          #11  +0s  FailStateEntered     TooBig  input: 7
          #12  +0s  MapIterationFailed   Items   iteration 1
          #13  +0s  MapIterationAborted  Items   iteration 0
          #14  +0s  WaitStateAborted     Pause
          #15  +0s  MapStateFailed       Items
          #16  +0s  ExecutionFailed              Item.TooBig
        """);
  }

  @Test
  void reads_the_input_from_a_file() throws IOException {
    // GIVEN
    Path input = Files.writeString(dir.resolve("input.json"), "{\"name\": \"world\"}");

    // WHEN
    int exit = cli.execute("run", definition.toString(), "--input", "@" + input);

    // THEN
    assertThat(exit).isZero();
  }

  @Test
  void prints_everything_as_json() {
    // WHEN
    int exit = cli.execute("run", definition.toString(), "--input", "{\"name\": \"world\"}", "--json",
        "--initial-time", "2025-06-01T12:00:00Z");

    // THEN
    assertThat(exit).isZero();
    JsonNode json = JsonValues.parseUnchecked(cli.out.toString());
    assertThat(json.get("execution").get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(json.get("execution").get("startDate").asLong()).isEqualTo(1748779200L);
    assertThat(json.get("execution").get("executionArn").asText())
        .startsWith("arn:aws:states:us-east-1:123456789012:execution:greeting:");
    assertThat(json.get("events")).hasSize(10);
    assertThat(json.get("events").get(9).get("type").asText()).isEqualTo("ExecutionSucceeded");
  }

  @Test
  void exits_2_for_an_invalid_definition() throws IOException {
    // GIVEN
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"StartAt\": \"A\", \"States\": {}}");

    // WHEN
    int exit = cli.execute("run", broken.toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).startsWith("Invalid definition: Invalid State Machine Definition: ");
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void exits_2_for_input_that_is_not_json() {
    // WHEN
    int exit = cli.execute("run", definition.toString(), "--input", "{");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).startsWith("Invalid input: Invalid State Machine Execution Input: ");
  }

  @Test
  void exits_2_for_a_missing_file() {
    // WHEN
    int exit = cli.execute("run", dir.resolve("nope.json").toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).startsWith("Cannot read ");
  }

  @Test
  void exits_2_for_a_bad_initial_time() {
    // WHEN
    int exit = cli.execute("run", definition.toString(), "--initial-time", "yesterday");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).contains("--initial-time");
  }

  @Test
  void exits_2_without_a_definition() {
    // WHEN
    int exit = cli.execute("run");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).contains("Missing required parameter: 'DEFINITION'");
  }

  private static final String CHARGE = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                   "Retry": [{"ErrorEquals": ["Busy"], "IntervalSeconds": 2}], "OutputPath": "$.Payload", "End": true}}}
      """;

  private static final String CHARGE_MOCKS = """
      {"StateMachines": {"charge": {"TestCases": {"BusyThenPaid": {"Charge": "BusyThenPaid"}}}},
       "MockedResponses": {"BusyThenPaid": {
         "0": {"Throw": {"Error": "Busy", "Cause": "try later"}},
         "1": {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}}}}
      """;

  @Test
  void answers_task_states_from_a_test_case_of_a_mock_configuration() throws IOException {
    // GIVEN
    Path charge = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);
    Path mocks = Files.writeString(dir.resolve("mocks.json"), CHARGE_MOCKS);

    // WHEN
    int exit = cli.execute("run", charge.toString(), "--mock-config", mocks.toString(), "--test-case", "BusyThenPaid");

    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString())
        .startsWith("SUCCEEDED\noutput: {\"charged\":true}\n")
        .contains("TaskFailed", "Busy", "+2s");
  }

  @Test
  void a_task_nothing_mocks_fails_saying_how_to_mock_it_with_the_flags() throws IOException {
    // GIVEN
    Path charge = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);

    // WHEN
    int exit = cli.execute("run", charge.toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).startsWith("FAILED\nerror: States.Runtime\ncause: No mock answers the Task state"
        + " 'Charge' (resource arn:aws:states:::lambda:invoke). Mock it in a test case of a mock configuration file for"
        + " the state machine 'charge' and run with --mock-config FILE --test-case NAME.\n");
  }

  @Test
  void exits_2_for_a_test_case_the_mock_configuration_lacks() throws IOException {
    // GIVEN
    Path charge = Files.writeString(dir.resolve("charge.asl.json"), CHARGE);
    Path mocks = Files.writeString(dir.resolve("mocks.json"), CHARGE_MOCKS);

    // WHEN
    int exit = cli.execute("run", charge.toString(), "--mock-config", mocks.toString(), "--test-case", "Declined");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).isEqualTo("The mock configuration " + mocks + " has no test case 'Declined' "
        + "for the state machine 'charge' (named after the definition file).\n");
  }

  @Test
  void exits_2_for_a_test_case_without_a_mock_configuration() {
    // WHEN
    int exit = cli.execute("run", definition.toString(), "--test-case", "BusyThenPaid");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).startsWith("--mock-config and --test-case go together");
  }

  @Test
  void names_the_machine_after_the_file() {
    assertThat(RunCommand.machineName("flows/order.asl.json")).isEqualTo("order");
    assertThat(RunCommand.machineName("my flow.json")).isEqualTo("my-flow");
    assertThat(RunCommand.machineName("-")).isEqualTo("StateMachine");
  }
}
