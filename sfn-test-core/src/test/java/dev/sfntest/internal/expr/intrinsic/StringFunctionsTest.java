package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.evalWith;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.Json;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StringFunctionsTest {

  @Nested
  class Format {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"\"|Formatting argument .",
        "\" \"|Formatting argument  .",
        "\"HelloWorld\"|Formatting argument HelloWorld.",
        "null|Formatting argument null.",
        "1|Formatting argument 1.",
        "1.1|Formatting argument 1.1.",
        "\"{\\\"Arg1\\\": 1, \\\"Arg2\\\": []}\"|Formatting argument {\"Arg1\": 1, \"Arg2\": []}.",
        "{\"Arg1\": 1, \"Arg2\": []}|Formatting argument {Arg1=1, Arg2=[]}.",
        "[1, \"a\", {\"b\": null}]|Formatting argument [1, a, {b=null}].",
        "true|Formatting argument true.",
    })
    void prints_each_value_as_aws_does(String value, String expected) {
      // WHEN: the corpus's test_format_1 values, plus arrays and booleans
      String result = eval("States.Format('Formatting argument {}.', $.v)", "{\"v\":" + value + "}").textValue();
      // THEN
      assertThat(result).isEqualTo(expected);
    }

    @Test
    void prints_a_context_object_value_as_a_java_map() {
      // WHEN: the corpus's test_context_json_path
      String result = eval("States.Format('Formatting arguments fst={} and snd={}.', $$.Execution.Name, $$.StateMachine)")
          .textValue();
      // THEN
      assertThat(result).isEqualTo("Formatting arguments fst=exec and snd="
          + "{Id=arn:aws:states:us-east-1:111111111111:stateMachine:machine, Name=machine}.");
    }

    @Test
    void fills_placeholders_in_order_from_literals_variables_and_nested_calls() {
      // WHEN
      String result = evalWith("States.Format('{}-{}-{}', 'a', $who, States.MathAdd(1, 2))", "{}",
          Map.of("who", json("\"Ada\""))).textValue();
      // THEN
      assertThat(result).isEqualTo("a-Ada-3");
    }

    @Test
    void treats_escaped_braces_and_quotes_as_plain_text() {
      // WHEN
      String result = eval("States.Format('Name: \\'{}\\', set: \\{\\}, path: C:\\\\x', $.n)", "{\"n\":\"Ada\"}")
          .textValue();
      // THEN
      assertThat(result).isEqualTo("Name: 'Ada', set: {}, path: C:\\x");
    }

    @Test
    void reads_the_template_from_a_path() {
      // WHEN: the AWS documentation's example
      String result = eval("States.Format($.template, $.name)",
          "{\"name\":\"Arnav\",\"template\":\"Hello, my name is {}.\"}").textValue();
      // THEN
      assertThat(result).isEqualTo("Hello, my name is Arnav.");
    }

    @Test
    void returns_a_template_without_placeholders_unchanged() {
      // WHEN
      String result = eval("States.Format('  no placeholders  ')").textValue();
      // THEN
      assertThat(result).isEqualTo("  no placeholders  ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'{} {}', $.a", "'{}', $.a, $.a", "'no placeholder', $.a"})
    void fails_when_the_argument_count_differs_from_the_placeholders(String arguments) {
      // GIVEN
      String expression = "States.Format(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression, "{\"a\":\"x\"}");
      // THEN
      assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
      assertThat(error.causeText()).isEqualTo("The function '" + expression + "' had the following error: "
          + "Invalid arguments in States.Format: number of arguments do not match the occurrences of {}.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"'Hello {', $.a", "'Hello {{}}', $.a", "'}'"})
    void fails_on_a_stray_brace_when_it_runs(String arguments) {
      // GIVEN: AWS accepts these at creation and fails the execution
      String expression = "States.Format(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression, "{\"a\":\"x\"}");
      // THEN
      assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
      assertThat(error.causeText()).startsWith("The function '" + expression + "' had the following error: "
          + "Invalid template in States.Format");
    }

    @Test
    void rejects_a_template_that_is_not_a_string() {
      // WHEN
      EvaluationException error = failure("States.Format($.t, $.a)", "{\"t\":123,\"a\":1}");
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments("States.Format($.t, $.a)", "States.Format"));
    }
  }

  @Nested
  class StringSplit {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "` `|,|[\" \"]",
        "` , `|,|[\" \",\" \"]",
        "`, , ,`|,|[\" \",\" \"]",
        "`,,,,`|,|[]",
        "1,2,3,4,5|,|[\"1\",\"2\",\"3\",\"4\",\"5\"]",
        "This.is+a,test=string|.+,=|[\"This\",\"is\",\"a\",\"test\",\"string\"]",
        "``|,|[]",
        "a.b.c|.|[\"a\",\"b\",\"c\"]",
        "abc|``|[\"abc\"]",
    })
    void splits_at_every_delimiter_character_dropping_empty_pieces(String text, String delimiters, String expected) {
      // GIVEN: the corpus's test_string_split values
      String input = Json.write(Json.object().put("s", text).put("d", delimiters));
      // WHEN
      JsonNode result = eval("States.StringSplit($.s, $.d)", input);
      // THEN
      assertThat(Json.write(result)).isEqualTo(expected);
    }

    @Test
    void splits_on_newlines_and_keeps_other_whitespace() {
      // GIVEN: the corpus's test_string_split_context_object input
      String input = Json.write(Json.object().put("s",
          "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n"));
      // WHEN
      JsonNode comma = eval("States.StringSplit($.s, ',')", input);
      JsonNode newline = eval("States.StringSplit('split on T and \nnew line', 'T\n')");
      // THEN
      assertThat(comma).isEqualTo(json("[\"Value1\",\"Value2\",\"Value3\\nValue4\",\"Value5\",\"Value6\\n\","
          + "\"\\ntrue\",\"1\",\"'HelloWorld'\\nNull\",\"None\",\"\\n   \\n\"]"));
      assertThat(newline).isEqualTo(json("[\"split on \",\" and \",\"new line\"]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.n, ','", "'a,b', $.n", "$.z, ','"})
    void rejects_non_strings(String arguments) {
      // GIVEN
      String expression = "States.StringSplit(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression, "{\"n\":1,\"z\":null}");
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.StringSplit"));
    }
  }
}
