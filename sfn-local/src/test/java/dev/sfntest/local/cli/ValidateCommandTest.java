package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String BROKEN = """
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "C": {"Type": "Succeed"}}}
      """;

  @TempDir
  Path dir;

  private final Cli cli = new Cli();

  @Test
  void prints_ok_for_a_valid_definition() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("ok.json"), "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}");

    // WHEN
    int exit = cli.execute("validate", file.toString());

    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).isEqualTo("OK\n");
  }

  @Test
  void prints_every_diagnostic_of_an_invalid_definition() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("broken.json"), BROKEN);

    // WHEN
    int exit = cli.execute("validate", file.toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).isEqualTo("""
        FAIL
        ERROR  MISSING_TRANSITION_TARGET  /States/A/Next  Missing 'Next' target: B
        ERROR  MISSING_TRANSITION_TARGET  /States/C       State "C" is not reachable.
        """);
  }

  @Test
  void prints_the_aws_response_shape_as_json() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("broken.json"), BROKEN);

    // WHEN
    int exit = cli.execute("validate", "--json", file.toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    JsonNode json = JsonValues.parseUnchecked(cli.out.toString());
    assertThat(json.get("result").asText()).isEqualTo("FAIL");
    assertThat(json.get("truncated").asBoolean()).isFalse();
    assertThat(json.get("diagnostics").get(0).toString()).isEqualTo("{\"severity\":\"ERROR\","
        + "\"code\":\"MISSING_TRANSITION_TARGET\",\"message\":\"Missing 'Next' target: B\",\"location\":\"/States/A/Next\"}");
  }

  @Test
  void fails_on_text_that_is_not_json() throws IOException {
    // GIVEN
    Path file = Files.writeString(dir.resolve("text.json"), "StartAt: A");

    // WHEN
    int exit = cli.execute("validate", file.toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).startsWith("FAIL\nERROR  INVALID_JSON_DESCRIPTION  [Source: (String)\"StartAt: A\"; line: 1, column: 8]  Unrecognized token 'StartAt'");
  }

  @Test
  void exits_2_for_a_missing_file() {
    // WHEN
    int exit = cli.execute("validate", dir.resolve("nope.json").toString());

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
  }
}
