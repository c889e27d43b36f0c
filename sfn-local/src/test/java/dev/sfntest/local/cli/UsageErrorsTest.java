package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands read their files and their shared options alike, and say the same about bad ones. */
class UsageErrorsTest {

  private static final String PASS = """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
      """;

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  private Path definition;

  @BeforeEach
  void write_definition() throws IOException {
    definition = Files.writeString(dir.resolve("pass.asl.json"), PASS);
  }

  @Nested
  class a_definition_that_cannot_be_read {

    @ParameterizedTest
    @ValueSource(strings = {"run", "explore", "validate", "render"})
    void is_named_with_why(String command) {
      // GIVEN
      Path missing = dir.resolve("missing.asl.json");

      // WHEN
      int exit = cli.execute(command, missing.toString());

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err.toString()).isEqualTo("Cannot read " + missing + ": NoSuchFileException\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "explore", "validate", "render"})
    void is_named_when_it_is_a_directory(String command) {
      // WHEN
      int exit = cli.execute(command, dir.toString());

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err.toString()).startsWith("Cannot read " + dir + ": ");
    }
  }

  @Nested
  class the_options_of_a_fresh_fake {

    @ParameterizedTest
    @ValueSource(strings = {"run", "explore"})
    void an_input_file_that_cannot_be_read_is_named(String command) {
      // GIVEN
      Path missing = dir.resolve("input.json");

      // WHEN
      int exit = cli.execute(command, definition.toString(), "--input", "@" + missing);

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err.toString()).isEqualTo("Cannot read " + missing + ": NoSuchFileException\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "explore"})
    void an_initial_time_that_is_not_an_instant_is_refused(String command) {
      // WHEN
      int exit = cli.execute(command, definition.toString(), "--initial-time", "yesterday");

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err.toString())
          .isEqualTo("--initial-time is not an ISO-8601 instant (like 2025-01-01T00:00:00Z): yesterday\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "explore"})
    void a_test_case_the_mock_file_lacks_is_refused(String command) throws IOException {
      // GIVEN
      Path mocks = Files.writeString(dir.resolve("mocks.json"), """
          {"StateMachines": {"pass": {"TestCases": {"Happy": {}}}}, "MockedResponses": {}}
          """);

      // WHEN
      int exit = cli.execute(command, definition.toString(), "--mock-config", mocks.toString(), "--test-case", "Sad");

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err.toString()).isEqualTo("The mock configuration " + mocks + " has no test case 'Sad' for the "
          + "state machine 'pass' (named after the definition file).\n");
    }
  }
}
