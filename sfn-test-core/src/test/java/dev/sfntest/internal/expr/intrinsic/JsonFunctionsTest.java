package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFunctionsTest {

  @Nested
  class StringToJson {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|null",
        "` `|null",
        "null|null",
        "-0|0",
        "1|1",
        "1.1|1.1",
        "true|true",
        "\"HelloWorld\"|\"HelloWorld\"",
        "[1, 2, \"HelloWorld\"]|[1,2,\"HelloWorld\"]",
        "{\"Arg1\": 1, \"Arg2\": []}|{\"Arg1\":1,\"Arg2\":[]}",
        "` {\"a\":1} `|{\"a\":1}",
    })
    void parses_json_text_as_recorded_on_aws(String text, String expected) {
      // GIVEN
      String input = Json.write(Json.object().put("s", text));
      // WHEN
      JsonNode result = eval("States.StringToJson($.s)", input);
      // THEN
      assertThat(Json.write(result)).isEqualTo(expected);
    }

    @Test
    void parses_a_literal_with_double_quotes() {
      // WHEN
      JsonNode result = eval("States.StringToJson('{\"constant_in_literal\": \"false\"}')");
      // THEN
      assertThat(result).isEqualTo(json("{\"constant_in_literal\":\"false\"}"));
    }

    @Test
    void rejects_malformed_json_and_non_strings() {
      // WHEN
      EvaluationException malformed = failure("States.StringToJson($.s)", "{\"s\":\"{bad json}\"}");
      EvaluationException truncated = failure("States.StringToJson($.s)", "{\"s\":\"{\\\"a\\\":1\"}");
      EvaluationException number = failure("States.StringToJson($.s)", "{\"s\":123}");
      // THEN
      assertThat(malformed.causeText()).isEqualTo(invalidArguments("States.StringToJson($.s)", "States.StringToJson"));
      assertThat(truncated.causeText()).endsWith("Invalid arguments in States.StringToJson");
      assertThat(number.causeText()).endsWith("Invalid arguments in States.StringToJson");
    }
  }

  @Nested
  class JsonToString {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "null|null",
        "0|0",
        "1.1|1.1",
        "true|true",
        "\"HelloWorld\"|\"HelloWorld\"",
        "[1, 2, \"HelloWorld\"]|[1,2,\"HelloWorld\"]",
        "{\"Arg1\": 1, \"Arg2\": []}|{\"Arg1\":1,\"Arg2\":[]}",
    })
    void writes_compact_json_as_recorded_on_aws(String value, String expected) {
      // WHEN
      String result = eval("States.JsonToString($.v)", "{\"v\":" + value + "}").textValue();
      // THEN
      assertThat(result).isEqualTo(expected);
    }

    @Test
    void writes_a_fraction_as_java_prints_the_double() {
      // WHEN
      String result = eval("States.JsonToString($.v)", "{\"v\":[1.50,1e2]}").textValue();
      // THEN
      assertThat(result).isEqualTo("[1.5,100.0]");
    }

    @Test
    void accepts_a_literal_and_round_trips_with_string_to_json() {
      // WHEN
      String literal = eval("States.JsonToString('x')").textValue();
      JsonNode roundTrip = eval("States.StringToJson(States.JsonToString($))", "{\"a\":{\"b\":[1,true]}}");
      // THEN
      assertThat(literal).isEqualTo("\"x\"");
      assertThat(roundTrip).isEqualTo(json("{\"a\":{\"b\":[1,true]}}"));
    }
  }

  @Nested
  class JsonMerge {

    @Test
    void merges_shallowly_with_the_second_object_winning() {
      // GIVEN: the AWS documentation's example
      String input = "{\"json1\":{\"a\":{\"a1\":1,\"a2\":2},\"b\":2},\"json2\":{\"a\":{\"a3\":1,\"a4\":2},\"c\":3}}";
      // WHEN
      JsonNode result = eval("States.JsonMerge($.json1, $.json2, false)", input);
      // THEN
      assertThat(result).isEqualTo(json("{\"a\":{\"a3\":1,\"a4\":2},\"b\":2,\"c\":3}"));
    }

    @Test
    void orders_fields_as_a_java_hash_map_as_aws_does() {
      // GIVEN: the corpus's test_json_merge_escaped_argument
      String expression = "States.JsonMerge(States.StringToJson('{\"constant_in_literal\": \"false\"}'), "
          + "$$.Execution.Input.input_field, false)";
      // WHEN
      JsonNode result = Intrinsics.parse(expression).evaluate(new ContextWithInput(
          "{\"input_field\":{\"constant_input_field\":\"constant_value\"}}"));
      // THEN
      assertThat(Json.write(result))
          .isEqualTo("{\"constant_input_field\":\"constant_value\",\"constant_in_literal\":\"false\"}");
    }

    @Test
    void treats_any_third_argument_but_true_as_shallow() {
      // WHEN
      JsonNode result = eval("States.JsonMerge($.a, $.b, $.deep)", "{\"a\":{\"x\":1},\"b\":{\"y\":2},\"deep\":\"false\"}");
      // THEN
      assertThat(result).isEqualTo(json("{\"x\":1,\"y\":2}"));
    }

    @Test
    void rejects_deep_merge_and_non_objects() {
      // GIVEN
      String input = "{\"a\":{\"x\":1},\"b\":{\"y\":2},\"n\":null,\"l\":[]}";
      // WHEN
      EvaluationException deep = failure("States.JsonMerge($.a, $.b, true)", input);
      EvaluationException nullFirst = failure("States.JsonMerge($.n, $.b, false)", input);
      EvaluationException arraySecond = failure("States.JsonMerge($.a, $.l, false)", input);
      // THEN
      assertThat(deep.causeText()).isEqualTo(invalidArguments("States.JsonMerge($.a, $.b, true)", "States.JsonMerge"));
      assertThat(nullFirst.causeText()).endsWith("Invalid arguments in States.JsonMerge");
      assertThat(arraySecond.causeText()).endsWith("Invalid arguments in States.JsonMerge");
    }
  }

  /** Evaluates with a context object whose Execution.Input is the given JSON. */
  private static final class ContextWithInput implements EvalContext {
    private final JsonNode executionInput;

    ContextWithInput(String executionInput) {
      this.executionInput = json(executionInput);
    }

    @Override
    public JsonNode input() {
      return executionInput;
    }

    @Override
    public JsonNode contextObject() {
      return Json.object().set("Execution", Json.object().set("Input", executionInput));
    }

    @Override
    public JsonNode variable(String name) {
      return null;
    }
  }
}
