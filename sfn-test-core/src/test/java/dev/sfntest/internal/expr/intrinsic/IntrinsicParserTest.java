package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.IntrinsicCall;
import dev.sfntest.internal.expr.InvalidPathException;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntrinsicParserTest {

  private static InvalidPathException parseError(String text) {
    return catchThrowableOfType(InvalidPathException.class, () -> Intrinsics.parse(text));
  }

  @Nested
  class Parse {

    @Test
    void keeps_the_call_as_written() {
      // WHEN
      IntrinsicCall call = Intrinsics.parse("States.Format('{}',$.a ,  States.UUID( ))");
      // THEN
      assertThat(call.text()).isEqualTo("States.Format('{}',$.a ,  States.UUID( ))");
    }

    @Test
    void reads_literals_of_every_kind() {
      // WHEN
      JsonNode result = eval("States.Array('a b', -1, 1.5, 2e3, true, false, null, '')");
      // THEN
      assertThat(result).isEqualTo(json("[\"a b\",-1,1.5,2e3,true,false,null,\"\"]"));
    }

    @Test
    void resolves_the_four_escapes_in_strings() {
      // WHEN
      JsonNode result = eval("States.Array('it\\'s', '\\{\\}', 'back\\\\slash', 'say \"hi\"')");
      // THEN
      assertThat(result).isEqualTo(json("[\"it's\",\"{}\",\"back\\\\slash\",\"say \\\"hi\\\"\"]"));
    }

    @Test
    void reads_paths_with_brackets_filters_and_commas_in_names() {
      // GIVEN
      String input = "{\"a\":{\"b,c\":1},\"items\":[{\"n\":1},{\"n\":2},{\"n\":3}]}";
      // WHEN
      JsonNode result = eval("States.Array($.a['b,c'], $.items[?(@.n > 1)].n, $.items[0:1], $.items.length())", input);
      // THEN
      assertThat(result).isEqualTo(json("[1,[2,3],[{\"n\":1}],3]"));
    }

    @Test
    void reads_the_whole_input_and_the_context_object() {
      // WHEN
      JsonNode result = eval("States.Array($, $$.State.Name)", "{\"x\":1}");
      // THEN
      assertThat(result).isEqualTo(json("[{\"x\":1},\"P\"]"));
    }

    @Test
    void accepts_any_argument_count_and_checks_it_when_the_call_runs() {
      // GIVEN: AWS creates such a state machine and fails the execution
      IntrinsicCall call = Intrinsics.parse("States.ArrayLength()");
      // WHEN
      EvaluationException error = failure("States.ArrayLength()");
      // THEN
      assertThat(call.text()).isEqualTo("States.ArrayLength()");
      assertThat(error.causeText()).isEqualTo(invalidArguments("States.ArrayLength()", "States.ArrayLength"));
    }
  }

  @Nested
  class Errors {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "States.Foo()|unknown intrinsic function 'States.Foo'",
        "States.format('x')|unknown intrinsic function 'States.format'",
        "States.Array(Foo(1))|unknown intrinsic function 'Foo'",
        "States.UUID|expected '(' right after States.UUID",
        "States.UUID ()|expected '(' right after States.UUID",
        "States.Array(1|unbalanced parentheses",
        "States.Array(States.Array(1)|unbalanced parentheses",
        "States.Array('a)|unbalanced quotes",
        "States.Array(1))|unexpected text after the call",
        "States.UUID() trailing|unexpected text after the call",
        "States.Array(1, )|missing argument",
        "States.Array(,)|missing argument",
        "States.Array(1 2)|expected ',' or ')'",
        "States.Array(1.)|'1.' is not a number",
        "States.Array(.5)|'.5' is not a number",
        "States.Array(01)|'01' is not a number",
        "States.Array(\"a\")|unexpected character '\"'",
        "States.Array([1,2])|unexpected character '['",
        "States.Base64Decode('YWJj\\nZA==')|invalid escape sequence '\\n'",
        "States.Array($.a[)|is not a valid path",
        "States.Array($.a b)|expected ',' or ')'",
    })
    void names_the_problem(String text, String problem) {
      // WHEN
      InvalidPathException error = parseError(text);
      // THEN
      assertThat(error).hasMessageStartingWith("Invalid intrinsic function call '" + text + "': ");
      assertThat(error.getMessage()).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.Array($1)", "States.Array($.)"})
    void rejects_malformed_paths_and_variables(String text) {
      // WHEN
      InvalidPathException error = parseError(text);
      // THEN
      assertThat(error).isNotNull();
    }
  }
}
