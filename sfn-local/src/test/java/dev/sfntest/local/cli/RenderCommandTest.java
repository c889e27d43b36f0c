package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  private static final String DEFINITION = """
      {"StartAt": "Check", "States": {
        "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}],
                  "Default": "Stop"},
        "Done": {"Type": "Succeed"},
        "Stop": {"Type": "Fail", "Error": "Not.Ok"}}}
      """;

  /** As {@code aws stepfunctions get-execution-history} prints it. */
  private static final String HISTORY = """
      {
          "events": [
              {"timestamp": "2024-01-01T00:00:00+00:00", "type": "ExecutionStarted", "id": 1, "previousEventId": 0,
               "executionStartedEventDetails": {"input": "{\\"ok\\": false}", "roleArn": "arn:aws:iam::1:role/r"}},
              {"timestamp": "2024-01-01T00:00:00+00:00", "type": "ChoiceStateEntered", "id": 2, "previousEventId": 0,
               "stateEnteredEventDetails": {"name": "Check", "input": "{}"}},
              {"timestamp": "2024-01-01T00:00:00+00:00", "type": "ChoiceStateExited", "id": 3, "previousEventId": 2,
               "stateExitedEventDetails": {"name": "Check", "output": "{}"}},
              {"timestamp": "2024-01-01T00:00:01+00:00", "type": "FailStateEntered", "id": 4, "previousEventId": 3,
               "stateEnteredEventDetails": {"name": "Stop", "input": "{}"}},
              {"timestamp": "2024-01-01T00:00:01+00:00", "type": "ExecutionFailed", "id": 5, "previousEventId": 4,
               "executionFailedEventDetails": {"error": "Not.Ok"}}
          ]
      }
      """;

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @Nested
  class with_a_history {

    @Test
    void writes_the_page_of_the_path_the_execution_took() throws IOException {
      // GIVEN
      Path definition = Files.writeString(dir.resolve("check.asl.json"), DEFINITION);
      Path history = Files.writeString(dir.resolve("run.json"), HISTORY);
      Path page = dir.resolve("out/run.html");

      // WHEN
      int exit = cli.execute("render", definition.toString(), "--history", history.toString(), "-o", page.toString());

      // THEN
      assertThat(exit).isZero();
      assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains(
          "<title>check.asl.json · run.json</title>", "<span class=\"fail\" id=\"status\">FAILED</span>",
          "<g class=\"state failed\" data-state=\"Stop\">", "<g class=\"state uncovered\" data-state=\"Done\">",
          ">Default ✓<", "✗ Not.Ok");
    }
  }

  @Nested
  class without_a_history {

    @Test
    void prints_the_drawing_of_the_definition_as_svg() throws IOException {
      // GIVEN
      Path definition = Files.writeString(dir.resolve("check.asl.json"), DEFINITION);

      // WHEN
      int exit = cli.execute("render", definition.toString(), "--svg");

      // THEN
      assertThat(exit).isZero();
      assertThat(cli.out.toString()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
          .contains("data-state=\"Check\"", "data-state=\"Done\"", "data-state=\"Stop\"");
    }
  }

  @Nested
  class fails {

    @Test
    void with_1_for_a_history_that_is_not_one() throws IOException {
      // GIVEN
      Path definition = Files.writeString(dir.resolve("check.asl.json"), DEFINITION);
      Path history = Files.writeString(dir.resolve("run.json"), "{\"executions\": []}");

      // WHEN
      int exit = cli.execute("render", definition.toString(), "--history", history.toString());

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.FAILED);
      assertThat(cli.err.toString()).isEqualTo("Cannot draw " + definition
          + ": not a GetExecutionHistory result: expected {\"events\": [...]}\n");
    }

    @Test
    void with_2_for_a_file_that_cannot_be_read() {
      // WHEN
      int exit = cli.execute("render", dir.resolve("missing.json").toString());

      // THEN
      assertThat(exit).isEqualTo(ExitCodes.USAGE);
      assertThat(cli.err.toString()).startsWith("Cannot read " + dir.resolve("missing.json"));
    }
  }
}
