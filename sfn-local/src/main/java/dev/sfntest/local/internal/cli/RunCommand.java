package dev.sfntest.local.internal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockConfigFile;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.SdkWire;
import dev.sfntest.internal.shared.UnmockedTasks;
import dev.sfntest.local.internal.LocalTasks;
import dev.sfntest.trace.HistoryTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * {@code sfn-local run DEFINITION}: creates the state machine in a fresh fake (virtual time, so
 * Waits take no real time), starts one execution, and prints the outcome and the history as a
 * table, or everything as JSON in the API's shapes with {@code --json}. With {@code --mock-config
 * FILE --test-case NAME}, Task states answer from that test case of a Step Functions Local mock
 * configuration file, as Step Functions Local does for {@code stateMachineArn#NAME}.
 *
 * <pre>
 * $ sfn-local run hello.asl.json --input '{"name": "world"}'
 * SUCCEEDED
 * output: {"greeting":"hello world"}
 *
 * ID  TIME  TYPE  ...
 * </pre>
 *
 * <p>Exit codes: 0 the execution succeeded; 1 it failed, timed out, was aborted, or waits on
 * something this command cannot give (an activity worker, a task token); 2 bad usage, an invalid
 * definition or input.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Runs a definition once in a fresh fake and prints the outcome and history.")
public final class RunCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DEFINITION", description = "The ASL file ('-' for standard input).")
  private String definition;

  @Option(names = "--input", paramLabel = "JSON|@file", defaultValue = "{}",
      description = "The execution input, inline or @file (default: {}).")
  private String input;

  @Option(names = "--initial-time", paramLabel = "T",
      description = "Where the virtual clock starts, ISO-8601 (default: 2024-01-01T00:00:00Z).")
  private String initialTime;

  @Option(names = "--json", description = "Print the execution and its history as JSON.")
  private boolean json;

  @Option(names = "--mock-config", paramLabel = "FILE",
      description = "A Step Functions Local mock configuration file; with --test-case, Task states answer from it.")
  private Path mockConfig;

  @Option(names = "--test-case", paramLabel = "NAME",
      description = "The mock configuration's test case to run. The state machine is named after the file "
          + "(order for order.asl.json): its key under StateMachines.")
  private String testCase;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String definitionText;
    String inputText;
    Instant start;
    try {
      definitionText = Sources.file(definition, System.in);
      inputText = Sources.inlineOrFile(input, System.in);
    } catch (IOException e) {
      err.println("Cannot read " + e.getMessage() + ": " + e.getClass().getSimpleName());
      return ExitCodes.USAGE;
    }
    try {
      start = initialTime == null ? FakeSfn.DEFAULT_INITIAL_TIME : Instant.parse(initialTime);
    } catch (DateTimeParseException e) {
      err.println("--initial-time is not an ISO-8601 instant (like 2025-01-01T00:00:00Z): " + initialTime);
      return ExitCodes.USAGE;
    }
    if ((mockConfig == null) != (testCase == null)) {
      err.println("--mock-config and --test-case go together: the test case names the mocked responses to use.");
      return ExitCodes.USAGE;
    }
    FakeSfn.Builder fake = FakeSfn.builder().initialTime(start);
    if (mockConfig != null) {
      MockConfigFile mocks;
      try {
        mocks = MockConfigFile.fromPath(mockConfig);
      } catch (IllegalArgumentException e) {
        err.println(e.getMessage());
        return ExitCodes.USAGE;
      }
      if (!mocks.hasTestCase(machineName(definition), testCase)) {
        err.println("The mock configuration " + mockConfig + " has no test case '" + testCase + "' for the state machine '"
            + machineName(definition) + "' (named after the definition file).");
        return ExitCodes.USAGE;
      }
      fake.mockConfig(mocks);
    }
    // A task no mock answers fails saying how to mock it with this command's flags.
    UnmockedTasks.answerWith(fake, tokens -> LocalTasks.of(null, "us-east-1", LocalTasks.Advice.RUN, tokens));
    try (FakeSfn running = fake.build()) {
      return run(running.client(), definitionText, inputText);
    }
  }

  private int run(SfnClient client, String definitionText, String inputText) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String machine;
    String execution;
    try {
      machine = client.createStateMachine(b -> b.name(machineName(definition)).roleArn(FakeSfn.ROLE_ARN)
          .definition(definitionText)).stateMachineArn();
    } catch (InvalidDefinitionException e) {
      err.println("Invalid definition: " + e.awsErrorDetails().errorMessage());
      return ExitCodes.USAGE;
    }
    try {
      // Step Functions Local's way to pick a test case: stateMachineArn#TestCase
      String target = testCase == null ? machine : machine + "#" + testCase;
      execution = client.startExecution(b -> b.stateMachineArn(target).input(inputText)).executionArn();
    } catch (InvalidExecutionInputException e) {
      err.println("Invalid input: " + e.awsErrorDetails().errorMessage());
      return ExitCodes.USAGE;
    } catch (SfnException e) {
      err.println(e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage());
      return ExitCodes.USAGE;
    }
    DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(execution));
    List<HistoryEvent> events = new ArrayList<>();
    client.getExecutionHistoryPaginator(b -> b.executionArn(execution)).events().forEach(events::add);
    if (json) {
      out.println(toJson(described, events).toPrettyString());
    } else {
      printOutcome(described, out);
      out.println();
      out.print(HistoryTable.of(events).render());
    }
    out.flush();
    return described.statusAsString().equals("SUCCEEDED") ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static void printOutcome(DescribeExecutionResponse described, PrintWriter out) {
    out.println(described.statusAsString());
    switch (described.statusAsString()) {
      case "SUCCEEDED":
        out.println("output: " + described.output());
        break;
      case "RUNNING":
        out.println("The execution waits on something this command cannot give "
            + "(an activity worker, a task token or a callback): it is still RUNNING.");
        break;
      default:
        out.println("error: " + (described.error() == null ? "" : described.error()));
        out.println("cause: " + (described.cause() == null ? "" : described.cause()));
    }
  }

  private static ObjectNode toJson(DescribeExecutionResponse described, List<HistoryEvent> events) {
    ObjectNode json = JsonValues.object();
    json.set("execution", SdkWire.toJson(described));
    ArrayNode array = json.putArray("events");
    for (HistoryEvent event : events) {
      array.add(SdkWire.toJson(event));
    }
    return json;
  }

  /** A legal state machine name from the file name: {@code order.asl.json} gives {@code order}. */
  static String machineName(String path) {
    String file = path.equals("-") ? "" : String.valueOf(Path.of(path).getFileName());
    int dot = file.indexOf('.');
    String base = (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9_-]", "-");
    if (base.isEmpty()) {
      return "StateMachine";
    }
    return base.length() > 80 ? base.substring(0, 80) : base;
  }
}
