package dev.sfntest.local.internal.cli;

import dev.sfntest.core.replay.RecordedAnswer;
import dev.sfntest.core.replay.Replay;
import dev.sfntest.core.replay.ReplayResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sfn-local replay DEFINITION HISTORY}: reruns an execution recorded on AWS ({@code aws
 * stepfunctions get-execution-history --output json > history.json}) on the fake, every Task
 * answering what it answered then, and compares the two histories event by event. Prints the
 * answers it found and the outcome; with {@code --java} the answers as task mocks for a
 * regression test, with {@code --mock-config FILE} as a Step Functions Local mock file.
 *
 * <pre>
 * $ sfn-local replay order.asl.json failed-run.json --execution-arn arn:aws:states:...:execution:order:run-7
 * Replayed FAILED Order.PaymentDeclined in 15 events (recorded: 15), the same history
 * ...
 * </pre>
 *
 * <p>Exit codes: 0 the replay has the recorded history; 1 it differs; 2 bad usage, an unreadable
 * history or an invalid definition.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Reruns an execution recorded on AWS with the answers its tasks got, and compares the histories.")
public final class ReplayCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DEFINITION", description = "The ASL file the execution ran.")
  private String definition;

  @Parameters(index = "1", paramLabel = "HISTORY",
      description = "The execution's history: aws stepfunctions get-execution-history --output json ('-' for standard "
          + "input; pages one after the other are read as one).")
  private String history;

  @Option(names = "--execution-arn", paramLabel = "ARN",
      description = "The recorded execution's ARN: the replay runs under its region, account and names.")
  private String executionArn;

  @Option(names = "--java", description = "Print the answers as task mocks, in Java, for a regression test.")
  private boolean java;

  @Option(names = "--mock-config", paramLabel = "FILE",
      description = "Write the answers as a Step Functions Local mock configuration file.")
  private Path mockConfig;

  @Option(names = "--test-case", paramLabel = "NAME", defaultValue = "Replay",
      description = "The test case name in the --mock-config file (default: ${DEFAULT-VALUE}).")
  private String testCase;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String definitionText;
    String historyText;
    try {
      definitionText = Sources.read(definition, Sources::file);
      historyText = Sources.read(history, Sources::file);
    } catch (BadUsage e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    ReplayResult result;
    Replay replay;
    try {
      replay = Replay.of(definitionText, historyText);
      if (executionArn != null) {
        replay.withExecutionArn(executionArn);
      }
      result = replay.run();
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    } catch (software.amazon.awssdk.services.sfn.model.SfnException e) {
      err.println(e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage());
      return ExitCodes.USAGE;
    }
    out.println(Character.toUpperCase(result.describe().charAt(0)) + result.describe().substring(1));
    out.println();
    out.println("Recorded answers:");
    for (RecordedAnswer answer : replay.answers()) {
      String where = (answer.scope().isEmpty() ? "" : answer.scope() + "/") + answer.state()
          + (answer.visit() == 1 ? "" : " (visit " + answer.visit() + ")");
      out.println("  " + where + ", attempt " + answer.attempt() + ": " + answer.describe()
          + (answer.took().isZero() ? "" : " after " + answer.took().toString().substring(2).toLowerCase()));
    }
    if (!result.unanswered().isEmpty()) {
      out.println("No recorded answer for: " + String.join("; ", result.unanswered()));
    }
    if (java) {
      out.println();
      out.print(result.toJavaMocks());
    }
    if (mockConfig != null) {
      try {
        Files.writeString(mockConfig, result.toMockConfig(RunCommand.machineName(definition), testCase) + "\n",
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("Cannot write " + mockConfig + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      out.println("Wrote the answers to " + mockConfig + " (test case '" + testCase + "')");
    }
    out.flush();
    return result.matches() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
