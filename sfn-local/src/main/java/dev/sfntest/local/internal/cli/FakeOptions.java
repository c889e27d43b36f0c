package dev.sfntest.local.internal.cli;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockConfigFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run a definition on a fresh fake ({@code run}, {@code explore}):
 * the execution input, where the virtual clock starts, and the test case of a Step Functions Local
 * mock configuration file that answers the Task states. A picocli mixin, so both read and check
 * them alike.
 */
final class FakeOptions {

  @Option(names = "--input", paramLabel = "JSON|@file", defaultValue = "{}",
      description = "The execution input, inline or @file (default: {}).")
  private String input;

  @Option(names = "--initial-time", paramLabel = "T",
      description = "Where the virtual clock starts, ISO-8601 (default: 2024-01-01T00:00:00Z).")
  private String initialTime;

  @Option(names = "--mock-config", paramLabel = "FILE",
      description = "A Step Functions Local mock configuration file; with --test-case, Task states answer from it.")
  private Path mockConfig;

  @Option(names = "--test-case", paramLabel = "NAME",
      description = "The mock configuration's test case. The state machine is named after the file "
          + "(order for order.asl.json): its key under StateMachines.")
  private String testCase;

  /**
   * The execution input's text.
   *
   * @throws BadUsage when the file it names cannot be read
   */
  String inputText() {
    return Sources.read(input, Sources::inlineOrFile);
  }

  /** The test case, or {@code null} without a mock configuration. */
  String testCase() {
    return testCase;
  }

  /**
   * A fake builder on the clock these options set, answering Task states from the mock
   * configuration's test case for the state machine {@code machineName}.
   *
   * @throws BadUsage for an initial time that is not an instant, a mock configuration without its
   *     test case (or the other way round), a file that cannot be used, or a test case it lacks
   */
  FakeSfn.Builder fake(String machineName) {
    FakeSfn.Builder builder = FakeSfn.builder();
    try {
      builder.initialTime(initialTime == null ? FakeSfn.DEFAULT_INITIAL_TIME : Instant.parse(initialTime));
    } catch (DateTimeParseException e) {
      throw new BadUsage("--initial-time is not an ISO-8601 instant (like 2025-01-01T00:00:00Z): " + initialTime);
    }
    if ((mockConfig == null) != (testCase == null)) {
      throw new BadUsage("--mock-config and --test-case go together: the test case names the mocked responses to use.");
    }
    if (mockConfig != null) {
      MockConfigFile mocks;
      try {
        mocks = MockConfigFile.fromPath(mockConfig);
      } catch (IllegalArgumentException e) {
        throw new BadUsage(e.getMessage());
      }
      if (!mocks.hasTestCase(machineName, testCase)) {
        throw new BadUsage("The mock configuration " + mockConfig + " has no test case '" + testCase
            + "' for the state machine '" + machineName + "' (named after the definition file).");
      }
      builder.mockConfig(mocks);
    }
    return builder;
  }
}
