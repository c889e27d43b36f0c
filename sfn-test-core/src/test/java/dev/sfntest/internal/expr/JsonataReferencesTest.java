package dev.sfntest.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Finding the names an expression reads, so an evaluation binds only those. */
class JsonataReferencesTest {

  @Nested
  class Variables {
    @Test
    void finds_every_dollar_name_once_in_order() {
      // GIVEN an expression with variables and functions
      // WHEN it is scanned
      JsonataReferences refs = JsonataReferences.scan("$sum($prices) + $tax + $tax * $count($prices)");
      // THEN each name appears once
      assertThat(refs.variables()).containsExactly("sum", "prices", "tax", "count");
    }

    @Test
    void skips_strings_comments_and_quoted_names() {
      // GIVEN names inside literals
      // WHEN it is scanned
      JsonataReferences refs = JsonataReferences.scan(
          "'$a' & \"$b\\\"$c\" & /* $d */ `$e` & $f");
      // THEN only the real reference is found
      assertThat(refs.variables()).containsExactly("f");
    }

    @Test
    void the_context_references_are_not_names() {
      // GIVEN $ and $$
      // WHEN it is scanned
      JsonataReferences refs = JsonataReferences.scan("$map($$.items, function($v) { $v.x })");
      // THEN lambda parameters are found too (binding them is harmless), the context is not
      assertThat(refs.variables()).containsExactly("map", "v");
    }
  }

  @Nested
  class States {
    @Test
    void finds_the_members_read() {
      // GIVEN $states.input and $states . result
      // WHEN it is scanned
      JsonataReferences refs = JsonataReferences.scan("$states.input.a & $states . result & $states.`context`");
      // THEN those members, and not the whole object
      assertThat(refs.statesMembers()).containsExactly("input", "result", "context");
      assertThat(refs.allStates()).isFalse();
      assertThat(refs.needs("errorOutput")).isFalse();
      assertThat(refs.variables()).isEmpty();
    }

    @Test
    void a_whole_use_needs_every_member() {
      // GIVEN $states passed whole
      // WHEN it is scanned
      JsonataReferences refs = JsonataReferences.scan("$keys($states)");
      // THEN every member is needed
      assertThat(refs.allStates()).isTrue();
      assertThat(refs.needs("errorOutput")).isTrue();
    }

    @Test
    void no_states_means_none_is_bound() {
      // GIVEN an expression without $states
      // WHEN it is scanned
      // THEN it does not use it
      assertThat(JsonataReferences.scan("$x + 1").usesStates()).isFalse();
    }
  }
}
