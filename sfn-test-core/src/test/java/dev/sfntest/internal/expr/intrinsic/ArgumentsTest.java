package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.evalWith;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.EvaluationException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How path and variable arguments are read, and the causes AWS gives when they find nothing. */
class ArgumentsTest {

  private static String notFound(String expression, String field, String input) {
    return "The function '" + expression + "' had the following error: The JsonPath argument for the field '"
        + field + "' could not be found in the input '" + input + "'";
  }

  @Nested
  class Paths {

    @Test
    void fails_with_states_runtime_naming_the_whole_expression_and_the_argument() {
      // GIVEN
      String expression = "States.Format('{}', States.Format('{}', $.nope))";
      // WHEN
      EvaluationException error = failure(expression, "{\"other\":1}");
      // THEN
      assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
      assertThat(error.causeText()).isEqualTo(notFound(expression, "$.nope", "{\"other\":1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"States.ArrayLength($.a.b)", "States.JsonToString($.items[5])",
        "States.MathAdd($.items[5].x, 1)", "States.JsonMerge($.nope, $.other, false)"})
    void fails_for_any_definite_path_that_finds_nothing(String expression) {
      // GIVEN
      String field = expression.substring(expression.indexOf('$'), expression.indexOf(expression.contains(",") ? ',' : ')'));
      // WHEN
      EvaluationException error = failure(expression, "{\"other\":1,\"items\":[1,2]}");
      // THEN
      assertThat(error.causeText()).isEqualTo(notFound(expression, field, "{\"other\":1,\"items\":[1,2]}"));
    }

    @Test
    void reports_a_context_path_against_the_state_input() {
      // WHEN
      EvaluationException error = failure("States.Format('{}', $$.Nope.Deep)", "{\"other\":1}");
      // THEN
      assertThat(error.causeText()).isEqualTo(notFound("States.Format('{}', $$.Nope.Deep)", "$.Nope.Deep", "{\"other\":1}"));
    }

    @Test
    void passes_on_the_library_message_for_indexing_a_non_array() {
      // WHEN
      EvaluationException error = failure("States.Format('{}', $.other[0])", "{\"other\":1}");
      // THEN
      assertThat(error.causeText()).isEqualTo("The function 'States.Format('{}', $.other[0])' had the following "
          + "error: Filter: [0] can only be applied to arrays. Current context is: 1");
    }

    @Test
    void reads_an_indefinite_path_that_matches_nothing_as_an_empty_array() {
      // WHEN
      JsonNode result = eval("States.ArrayLength($.items[*].nope)", "{\"items\":[1,2]}");
      // THEN
      assertThat(result.intValue()).isZero();
    }

    @Test
    void reads_a_present_null_as_null() {
      // WHEN
      JsonNode result = eval("States.Format('{}', $.n)", "{\"n\":null}");
      // THEN
      assertThat(result.textValue()).isEqualTo("null");
    }
  }

  @Nested
  class Variables {

    @Test
    void reads_variables_and_paths_into_them() {
      // GIVEN: the corpus's BASE_REFERENCE_IN_INTRINSIC_FUNCTION variables
      Map<String, JsonNode> variables = Map.of("rawString", json("\"Hello World\""),
          "json1", json("{\"a\":1,\"b\":2}"), "json2", json("{\"c\":3,\"d\":4}"), "order", json("{\"lines\":[7]}"));
      // WHEN
      JsonNode result = evalWith("States.Array(States.Base64Encode($rawString), States.JsonMerge($json1, $json2, false), "
          + "$order.lines[0])", "{}", variables);
      // THEN
      assertThat(result).isEqualTo(json("[\"SGVsbG8gV29ybGQ=\",{\"a\":1,\"b\":2,\"c\":3,\"d\":4},7]"));
    }

    @Test
    void fails_like_a_path_when_the_variable_is_not_defined() {
      // WHEN
      EvaluationException error = catchThrowableOfType(EvaluationException.class,
          () -> evalWith("States.Format('{}', $missing)", "{\"a\":1}", Map.of()));
      // THEN
      assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
      assertThat(error.causeText()).isEqualTo(notFound("States.Format('{}', $missing)", "$missing", "{\"a\":1}"));
    }
  }
}
