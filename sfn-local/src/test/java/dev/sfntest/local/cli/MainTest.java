package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void exits_2_without_a_command() {
    // GIVEN
    Cli cli = new Cli();

    // WHEN
    int exit = cli.execute();

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).startsWith("Missing command: serve, run, explore, replay, validate or render");
  }

  @Test
  void lists_its_commands_in_the_help() {
    // GIVEN
    Cli cli = new Cli();

    // WHEN
    int exit = cli.execute("--help");

    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).contains("serve", "run", "validate");
  }
}
