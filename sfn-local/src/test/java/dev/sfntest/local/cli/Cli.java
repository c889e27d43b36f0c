package dev.sfntest.local.internal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line as {@code main} would, with its output captured. */
final class Cli {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  private final CommandLine commandLine;

  Cli() {
    this(Map.of());
  }

  Cli(Map<String, String> env) {
    commandLine = Main.commandLine(env);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
  }

  int execute(String... args) {
    return commandLine.execute(args);
  }

  CommandLine commandLine() {
    return commandLine;
  }
}
