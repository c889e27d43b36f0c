package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArrayFunctionsTest {

  @Nested
  class Array {

    @Test
    void returns_empty_array_without_arguments() {
      // WHEN
      JsonNode result = eval("States.Array()");
      // THEN
      assertThat(result).isEqualTo(json("[]"));
    }

    @Test
    void keeps_each_argument_value_in_order() {
      // GIVEN: the corpus's test_array_2 values
      String input = "{\"s\":\"\",\"n\":null,\"f\":1.1,\"o\":{\"Arg1\":1,\"Arg2\":[]},\"j\":\"{\\\"Arg1\\\": 1}\"}";
      // WHEN
      JsonNode result = eval("States.Array($.s, $.n, $.f, $.o, $.j, 'x', 2, true, null)", input);
      // THEN
      assertThat(result).isEqualTo(json("[\"\",null,1.1,{\"Arg1\":1,\"Arg2\":[]},\"{\\\"Arg1\\\": 1}\",\"x\",2,true,null]"));
    }

    @Test
    void nests_calls() {
      // WHEN
      JsonNode result = eval("States.Array(1, States.Array(2, 3))");
      // THEN
      assertThat(result).isEqualTo(json("[1,[2,3]]"));
    }
  }

  @Nested
  class ArrayPartition {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "[]|1|[]",
        "[]|5|[]",
        "[0]|1|[[0]]",
        "[0,1]|1|[[0],[1]]",
        "[0,1]|3|[[0,1]]",
        "[0,1,2]|2|[[0,1],[2]]",
        "[0,1,2,3]|3|[[0,1,2],[3]]",
        "[1,2,3,4,5,6,7,8,9]|4|[[1,2,3,4],[5,6,7,8],[9]]",
    })
    void chunks_the_array_keeping_a_short_last_chunk(String array, int size, String expected) {
      // WHEN
      JsonNode result = eval("States.ArrayPartition($.a, $.n)", "{\"a\":" + array + ",\"n\":" + size + "}");
      // THEN
      assertThat(result).isEqualTo(json(expected));
    }

    @Test
    void truncates_a_fractional_chunk_size() {
      // WHEN: AWS makes chunks of 2 for 2.6, not 3
      JsonNode result = eval("States.ArrayPartition($.a, 2.6)", "{\"a\":[1,2,3,4,5]}");
      // THEN
      assertThat(result).isEqualTo(json("[[1,2],[3,4],[5]]"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"0", "-1", "0.6", "-0.4", "'2'", "null"})
    void rejects_a_chunk_size_that_is_not_a_positive_number(String size) {
      // GIVEN
      String expression = "States.ArrayPartition($.a, " + size + ")";
      // WHEN
      EvaluationException error = failure(expression, "{\"a\":[1,2,3]}");
      // THEN
      assertThat(error.error()).isEqualTo(ErrorNames.RUNTIME);
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.ArrayPartition"));
    }

    @Test
    void rejects_a_first_argument_that_is_not_an_array() {
      // WHEN
      EvaluationException error = failure("States.ArrayPartition('not-array', 2)");
      // THEN
      assertThat(error.causeText()).endsWith("Invalid arguments in States.ArrayPartition");
    }
  }

  @Nested
  class ArrayContains {

    @Test
    void finds_a_value_in_the_array() {
      // WHEN
      JsonNode result = eval("States.ArrayContains($.inputArray, 5)", "{\"inputArray\":[1,2,3,4,5,6]}");
      // THEN
      assertThat(result.booleanValue()).isTrue();
    }

    @Test
    void answers_false_for_an_absent_value_and_an_empty_array() {
      // WHEN / THEN
      assertThat(eval("States.ArrayContains($.a, 5)", "{\"a\":[1,2,3]}").booleanValue()).isFalse();
      assertThat(eval("States.ArrayContains($.a, 1)", "{\"a\":[]}").booleanValue()).isFalse();
    }

    @Test
    void compares_nested_arrays_objects_and_null_by_value() {
      // GIVEN
      String input = "{\"a\":[null,[0,1,false],{\"a\":1}],\"arr\":[0,1,false],\"obj\":{\"a\":1}}";
      // WHEN / THEN
      assertThat(eval("States.ArrayContains($.a, $.arr)", input).booleanValue()).isTrue();
      assertThat(eval("States.ArrayContains($.a, $.obj)", input).booleanValue()).isTrue();
      assertThat(eval("States.ArrayContains($.a, null)", input).booleanValue()).isTrue();
      assertThat(eval("States.ArrayContains($.a, false)", input).booleanValue()).isFalse();
    }

    @Test
    void matches_by_java_text_as_aws_does() {
      // GIVEN: AWS matches true to "true" and a number to its digits, not reordered objects
      String input = "{\"s\":[\"true\",\"9007199254740991\"],\"o\":[{\"a\":1,\"b\":2}],\"t\":{\"b\":2,\"a\":1}}";
      // WHEN / THEN
      assertThat(eval("States.ArrayContains($.s, true)", input).booleanValue()).isTrue();
      assertThat(eval("States.ArrayContains($.s, 9007199254740991)", input).booleanValue()).isTrue();
      assertThat(eval("States.ArrayContains($.o, $.t)", input).booleanValue()).isFalse();
    }

    @Test
    void rejects_a_first_argument_that_is_not_an_array() {
      // WHEN
      EvaluationException error = failure("States.ArrayContains('not-array', 'x')");
      // THEN
      assertThat(error.causeText()).endsWith("Invalid arguments in States.ArrayContains");
    }
  }

  @Nested
  class ArrayRange {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "0|9|3|[0,3,6,9]",
        "0|10|3|[0,3,6,9]",
        "1|9|9|[1]",
        "1|9|2|[1,3,5,7,9]",
        "1|10|2|[1,3,5,7,9]",
        "0|3|1|[0,1,2,3]",
        "3|3|1|[3]",
        "3|3|-1|[3]",
        "5|1|-2|[5,3,1]",
        "-2|2|2|[-2,0,2]",
        "5|1|1|[]",
        "1|5|-1|[]",
    })
    void counts_from_first_to_last_inclusive(int first, int last, int step, String expected) {
      // WHEN
      JsonNode result = eval("States.ArrayRange(" + first + ", " + last + ", " + step + ")");
      // THEN
      assertThat(result).isEqualTo(json(expected));
    }

    @Test
    void reads_arguments_from_paths() {
      // WHEN
      JsonNode result = eval("States.ArrayRange($.f, $.s, $.t)", "{\"f\":0,\"s\":9,\"t\":3}");
      // THEN
      assertThat(result).isEqualTo(json("[0,3,6,9]"));
    }

    @Test
    void truncates_fractional_arguments() {
      // WHEN: AWS counts 5, 3, 1 for (5.4, -0.6, -2.4) and [1] for (1.6, 1.4, 1)
      JsonNode descending = eval("States.ArrayRange(5.4, -0.6, -2.4)");
      JsonNode single = eval("States.ArrayRange(1.6, 1.4, 1)");
      // THEN
      assertThat(descending).isEqualTo(json("[5,3,1]"));
      assertThat(single).isEqualTo(json("[1]"));
    }

    @Test
    void allows_exactly_1000_items() {
      // WHEN
      JsonNode up = eval("States.ArrayRange(1, 1000, 1)");
      JsonNode down = eval("States.ArrayRange(1000, 1, -1)");
      // THEN
      assertThat(up).hasSize(1000);
      assertThat(up.get(999).intValue()).isEqualTo(1000);
      assertThat(down).hasSize(1000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"1, 1001, 1", "1001, 1, -1", "1, 10, 0", "1, 10, 0.49", "'a', 5, 1", "1, 5, null"})
    void rejects_more_than_1000_items_a_zero_step_and_non_numbers(String arguments) {
      // GIVEN
      String expression = "States.ArrayRange(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression);
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.ArrayRange"));
    }
  }

  @Nested
  class ArrayGetItem {

    @Test
    void returns_the_item_at_a_zero_based_index() {
      // WHEN
      JsonNode result = eval("States.ArrayGetItem($.a, $.i)", "{\"a\":[1,2,3,4,5,6,7,8,9],\"i\":5}");
      // THEN
      assertThat(result.intValue()).isEqualTo(6);
    }

    @Test
    void truncates_a_fractional_index() {
      // WHEN
      JsonNode result = eval("States.ArrayGetItem($.a, 1.2)", "{\"a\":[10,20,30]}");
      // THEN
      assertThat(result.intValue()).isEqualTo(20);
    }

    @Test
    void answers_null_for_an_empty_array_as_aws_does() {
      // WHEN
      JsonNode result = eval("States.ArrayGetItem($.a, 999)", "{\"a\":[]}");
      // THEN
      assertThat(result.isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"$.a, 3", "$.a, -1", "$.a, '1'", "'not-array', 0"})
    void rejects_an_index_out_of_range_or_a_non_array(String arguments) {
      // GIVEN
      String expression = "States.ArrayGetItem(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression, "{\"a\":[10,20,30]}");
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.ArrayGetItem"));
    }
  }

  @Nested
  class ArrayLength {

    @Test
    void counts_top_level_items() {
      // WHEN / THEN
      assertThat(eval("States.ArrayLength($.a)", "{\"a\":[1,2,3,4,5,6,7,8,9]}").intValue()).isEqualTo(9);
      assertThat(eval("States.ArrayLength($.a)", "{\"a\":[[1],[2]]}").intValue()).isEqualTo(2);
      assertThat(eval("States.ArrayLength(States.Array())").intValue()).isZero();
    }

    @Test
    void rejects_an_object() {
      // WHEN
      EvaluationException error = failure("States.ArrayLength($.o)", "{\"o\":{\"k\":1}}");
      // THEN
      assertThat(error.causeText()).endsWith("Invalid arguments in States.ArrayLength");
    }
  }

  @Nested
  class ArrayUnique {

    @Test
    void removes_duplicates() {
      // WHEN
      JsonNode result = eval("States.ArrayUnique($.duplicateArray)", "{\"duplicateArray\":[1,2,2,3,3,4]}");
      // THEN
      assertThat(result).isEqualTo(json("[1,2,3,4]"));
    }

    @Test
    void returns_items_in_java_hash_set_order_as_aws_does() {
      // WHEN: AWS answers [false, true] and [[2,1],[1,2]] here, not first-seen order
      JsonNode booleans = eval("States.ArrayUnique($.a)", "{\"a\":[true,false,true,false]}");
      JsonNode arrays = eval("States.ArrayUnique($.a)", "{\"a\":[[1,2],[1,2],[2,1]]}");
      JsonNode nulls = eval("States.ArrayUnique($.a)", "{\"a\":[null,null,1,null]}");
      // THEN
      assertThat(Json.write(booleans)).isEqualTo("[false,true]");
      assertThat(Json.write(arrays)).isEqualTo("[[2,1],[1,2]]");
      assertThat(Json.write(nulls)).isEqualTo("[null,1]");
    }

    @Test
    void treats_objects_with_reordered_keys_as_equal_and_keeps_the_first() {
      // WHEN
      JsonNode result = eval("States.ArrayUnique($.a)", "{\"a\":[{\"a\":1,\"b\":2},{\"b\":2,\"a\":1},\"1\",1]}");
      // THEN
      assertThat(Json.write(result)).isEqualTo("[{\"a\":1,\"b\":2},\"1\",1]");
    }

    @Test
    void rejects_a_non_array() {
      // WHEN
      EvaluationException error = failure("States.ArrayUnique('not-array')");
      // THEN
      assertThat(error.causeText()).endsWith("Invalid arguments in States.ArrayUnique");
    }
  }
}
