package dev.sfntest.local.internal.cli;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;
import dev.sfntest.core.explore.FailureExplorer;
import dev.sfntest.internal.shared.JsonValues;
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
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/**
 * {@code sfn-local explore DEFINITION}: runs the definition once without faults and then once per
 * fault its Task states can meet (the errors their Retry and Catch name, States.TaskFailed,
 * Lambda's service errors, timeouts, each on one attempt and on every attempt up to the retry
 * limit), and prints one line per run: the fault, how the execution ended, whether the workflow
 * handled it, the virtual time, and the path. Task states answer from the mock file's test case;
 * what nothing answers returns {@code {}}.
 *
 * <pre>
 * $ sfn-local explore order.asl.json --input '{"orderId": "42"}'
 * Failure exploration of 'order': 61 executions (...), 6 unhandled, in 95ms
 * #  FAULT                                            STATUS     ERROR   HANDLED  TIME  RETRYING  PATH
 * ...
 * </pre>
 *
 * <p>Exit codes: 0 every fault was handled; 1 some fault ended the execution unhandled (or the
 * workflow does not end without faults); 2 bad usage, an invalid definition or input.
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
    description = "Runs a definition once per fault its Task states can meet and prints how each run ended.")
public final class ExploreCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DEFINITION", description = "The ASL file ('-' for standard input).")
  private String definition;

  @Mixin
  private FakeOptions options;

  @Option(names = "--machine", paramLabel = "FILE",
      description = "Another state machine the workflow starts (states:startExecution), named after its file; "
          + "repeatable. Its Task states are explored too.")
  private List<Path> machines = new ArrayList<>();

  @Option(names = "--unmocked-result", paramLabel = "JSON", defaultValue = "{}",
      description = "What a Task nothing else answers returns (default: {}).")
  private String unmockedResult;

  @Option(names = "--pairs", description = "Also run every pair of faults in two different Task states.")
  private boolean pairs;

  @Option(names = "--budget", paramLabel = "N", defaultValue = "" + FailureExplorer.DEFAULT_BUDGET,
      description = "The most executions to run, the baseline included (default: ${DEFAULT-VALUE}).")
  private int budget;

  private static boolean isJson(String text) {
    try {
      JsonValues.parse(text);
      return true;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String definitionText;
    String inputText;
    List<String> machineTexts = new ArrayList<>();
    String name = RunCommand.machineName(definition);
    FakeSfn.Builder builder;
    try {
      definitionText = Sources.read(definition, Sources::file);
      inputText = options.inputText();
      for (Path machine : machines) {
        machineTexts.add(Sources.read(machine.toString(), Sources::file));
      }
      if (budget < 1) {
        throw new BadUsage("--budget is at least 1 (the run without faults): " + budget);
      }
      if (!isJson(inputText)) {
        throw new BadUsage("Invalid input: it is not JSON: " + inputText);
      }
      if (!isJson(unmockedResult)) {
        throw new BadUsage("--unmocked-result is not JSON: " + unmockedResult);
      }
      builder = options.fake(name);
    } catch (BadUsage e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    try (FakeSfn fake = builder.build()) {
      SfnTestContext sfn = SfnTestContext.of(fake);
      StateMachine machine;
      try {
        for (int i = 0; i < machines.size(); i++) {
          sfn.deploy(RunCommand.machineName(machines.get(i).toString()), machineTexts.get(i));
        }
        machine = sfn.deploy(name, definitionText);
      } catch (InvalidDefinitionException e) {
        err.println("Invalid definition: " + e.awsErrorDetails().errorMessage());
        return ExitCodes.USAGE;
      }
      FailureExplorer explorer = FailureExplorer.of(machine).withInput(inputText).budget(budget)
          .answeringUnmockedTasksWith(unmockedResult);
      if (options.testCase() != null) {
        explorer.withTestCase(options.testCase());
      }
      if (pairs) {
        explorer.pairs();
      }
      Exploration exploration;
      try {
        exploration = explorer.explore();
      } catch (IllegalStateException e) {
        err.println(e.getMessage());
        return ExitCodes.FAILED;
      }
      out.print(exploration.table());
      out.flush();
      return exploration.unhandled().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }
}
