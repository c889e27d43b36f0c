package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WildcardsTest {

  @Nested
  class matches {

    @Test
    void binds_a_placeholder_to_the_text_it_stands_for() {
      // GIVEN
      Bindings bindings = new Bindings();
      // WHEN
      boolean matches = Wildcards.matches("arn:aws:sns:<region>:1:<resource:1>", "arn:aws:sns:<region>:1:topic-7", bindings);
      // THEN
      assertThat(matches).isTrue();
      assertThat(bindings.valueOf("<resource:1>")).isEqualTo("topic-7");
    }

    @Test
    void requires_the_same_text_for_the_same_placeholder() {
      // GIVEN
      Bindings bindings = new Bindings();
      Wildcards.matches("<uuid:1>", "a", bindings);
      // WHEN / THEN
      assertThat(Wildcards.matches("id <uuid:1>", "id b", bindings)).isFalse();
      assertThat(Wildcards.matches("id <uuid:1>", "id a", bindings)).isTrue();
      assertThat(Wildcards.matches("<uuid:2>-<uuid:2>", "c-d", bindings)).isFalse();
    }

    @Test
    void refuses_one_text_for_two_placeholders() {
      // GIVEN
      Bindings bindings = new Bindings();
      Wildcards.matches("<uuid:1>", "a", bindings);
      // WHEN
      boolean matches = Wildcards.matches("<uuid:2>", "a", bindings);
      // THEN
      assertThat(matches).isFalse();
      assertThat(bindings.valueOf("<uuid:2>")).isNull();
    }

    @Test
    void treats_names_without_a_number_as_literal_text() {
      // GIVEN placeholders the runner maps back itself
      Bindings bindings = new Bindings();
      // WHEN / THEN
      assertThat(Wildcards.matches("<ArnPart_0idx>", "machine", bindings)).isFalse();
      assertThat(Wildcards.matches("<ArnPart_0idx>", "<ArnPart_0idx>", bindings)).isTrue();
    }

    @Test
    void treats_map_run_arn_parts_as_wildcards() {
      // GIVEN
      Bindings bindings = new Bindings();
      // WHEN
      boolean matches = Wildcards.matches("mapRun:m/<MapRunArnPart0_0idx>:<MapRunArnPart1_0idx>", "mapRun:m/label:42", bindings);
      // THEN
      assertThat(matches).isTrue();
    }
  }
}
