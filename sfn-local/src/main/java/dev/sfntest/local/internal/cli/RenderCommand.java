package dev.sfntest.local.internal.cli;

import dev.sfntest.report.ExecutionPicture;
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
 * {@code sfn-local render DEFINITION [--history FILE]}: draws a state machine, and with a history
 * the path one execution took through it, as the page (or, with {@code --svg}, the drawing) that
 * sfn-report writes for tests. The history is what {@code aws stepfunctions get-execution-history}
 * prints ({@code {"events": [...]}}). Exit 0 when drawn, 1 when the definition or history cannot be
 * read as such, 2 when a file cannot be read or written.
 *
 * <pre>
 * $ aws stepfunctions get-execution-history --execution-arn ARN &gt; run.json
 * $ sfn-local render order.asl.json --history run.json -o run.html
 * </pre>
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Draws a definition, and the path of one execution through it, as HTML or SVG.")
public final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DEFINITION", description = "The ASL file ('-' for standard input).")
  private String definition;

  @Option(names = "--history", paramLabel = "FILE",
      description = "A GetExecutionHistory result as the AWS CLI prints it: {\"events\": [...]}.")
  private Path history;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
  private Path output;

  @Option(names = "--svg", description = "Write the drawing alone, as SVG, instead of an HTML page.")
  private boolean svg;

  @Override
  public Integer call() {
    String definitionText;
    String historyText = null;
    try {
      definitionText = Sources.read(definition, Sources::file);
      if (history != null) {
        // The history is a file only: '-' already may stand for the definition.
        historyText = Sources.read(history.toString(), (path, stdin) -> Files.readString(history, StandardCharsets.UTF_8));
      }
    } catch (BadUsage e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ExitCodes.USAGE;
    }
    ExecutionPicture picture;
    try {
      String title = definition.equals("-") ? "state machine" : Path.of(definition).getFileName().toString();
      picture = ExecutionPicture.of(history == null ? title : title + " · " + history.getFileName(), definitionText,
          historyText);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("Cannot draw " + definition + ": " + e.getMessage());
      return ExitCodes.FAILED;
    }
    String text = svg ? picture.svg() : picture.html();
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return ExitCodes.OK;
    }
    try {
      if (output.toAbsolutePath().getParent() != null) {
        Files.createDirectories(output.toAbsolutePath().getParent());
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      spec.commandLine().getErr().println("Cannot write " + output + ": " + e);
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

}
