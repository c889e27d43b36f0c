package dev.sfntest.local.internal.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.SdkWire;
import dev.sfntest.internal.shared.UnmockedTasks;
import dev.sfntest.local.internal.LocalTasks;
import dev.sfntest.trace.HistoryTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  private FakeOptions options;

  @Option(names = "--json", description = "Print the execution and its history as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    FakeSfn.Builder fake;
    String definitionText;
    String inputText;
    try {
      definitionText = Sources.read(definition, Sources::file);
      inputText = options.inputText();
      fake = options.fake(machineName(definition));
    } catch (BadUsage e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCodes.USAGE;
    }
    // A task no mock answers fails saying how to mock it with this command's flags.
    UnmockedTasks.answerWith(fake, LocalTasks.of(null, "us-east-1", LocalTasks.Advice.RUN));
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
      String target = options.testCase() == null ? machine : machine + "#" + options.testCase();
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
