package dev.sfntest.local.internal.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code sfn-local} command line: {@code serve} the fake over HTTP (a drop-in for Step
 * Functions Local), {@code run} a definition once and print what happened, {@code explore} the
 * faults its Task states can meet, {@code replay} an execution recorded on AWS, {@code validate} a
 * definition, {@code render} it (and an execution's path through it) as HTML or SVG.
 *
 * <pre>
 * java -jar sfn-local.jar serve --port 8083
 * java -jar sfn-local.jar run order.asl.json --input '{"orderId": "42"}'
 * java -jar sfn-local.jar explore order.asl.json --input '{"orderId": "42"}'
 * java -jar sfn-local.jar replay order.asl.json failed-run.json --java
 * java -jar sfn-local.jar validate order.asl.json
 * java -jar sfn-local.jar render order.asl.json --history run.json -o run.html
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 the execution did not succeed (or the definition is invalid, for
 * {@code validate}), 2 bad usage or unreadable input.
 */
@Command(name = "sfn-local", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "AWS Step Functions in a JVM: serve it over HTTP, or run, explore, replay, validate and render definitions.",
    synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

  @Spec
  private CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    // The jar holds SLF4J's API without a binding, which would print three lines of warnings when
    // the server starts: Netty logs through java.util.logging instead, as the rest of the CLI does.
    io.netty.util.internal.logging.InternalLoggerFactory.setDefaultFactory(
        io.netty.util.internal.logging.JdkLoggerFactory.INSTANCE);
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The command line, reading defaults from {@code env} (Step Functions Local's variables). */
  public static CommandLine commandLine(Map<String, String> env) {
    CommandLine commandLine = new CommandLine(new Main());
    // picocli would read "@file" as a file of arguments; here it is run's --input @file
    commandLine.setExpandAtFiles(false);
    commandLine.addSubcommand(new ServeCommand(env));
    commandLine.addSubcommand(new RunCommand());
    commandLine.addSubcommand(new ExploreCommand());
    commandLine.addSubcommand(new ReplayCommand());
    commandLine.addSubcommand(new ValidateCommand());
    commandLine.addSubcommand(new RenderCommand());
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: serve, run, explore, replay, validate or render");
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"sfn-local " + (version == null ? "(development build)" : version)};
    }
  }
}
