package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.eval;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.evalWith;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.failure;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.invalidArguments;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.RandomSource;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MathFunctionsTest {

  @Nested
  class MathAdd {

    @ParameterizedTest
    @CsvSource({
        "5, 3, 8",
        "-9, 3, -6",
        "111, -1, 110",
        "2147483647, 0, 2147483647",
        "-2147483647, -1, -2147483648",
    })
    void adds_two_integers(String a, String b, int expected) {
      // WHEN
      JsonNode result = eval("States.MathAdd($.a, $.b)", "{\"a\":" + a + ",\"b\":" + b + "}");
      // THEN
      assertThat(result.intValue()).isEqualTo(expected);
      assertThat(result.isInt()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "1.49, 1.5, 3",
        "1.5, 1.51, 4",
        "-1.49, -1.5, -2",
        "-1.5, -1.51, -3",
        "1.49, -1.49, 0",
        "2.5, 0, 3",
        "-2.5, 0, -2",
        "-0.5, 0.5, 1",
        "-0.5, 0, 0",
        "-3.5, 0, -3",
        "0.1, 0.2, 0",
    })
    void rounds_fractions_half_up_toward_positive_infinity_first(String a, String b, int expected) {
      // WHEN: Java's Math.round, as AWS's results show
      JsonNode result = eval("States.MathAdd($.a, $.b)", "{\"a\":" + a + ",\"b\":" + b + "}");
      // THEN
      assertThat(result.intValue()).isEqualTo(expected);
    }

    @Test
    void nests_and_adds_a_rounded_fraction_from_a_variable() {
      // GIVEN: the corpus's BASE_REFERENCE_IN_ITERATOR_OUTER_SCOPE (9 + 44 + 6 + 4.3)
      Map<String, JsonNode> variables = Map.of("xCurrent", json("9"), "yCurrent", json("44"),
          "zCurrent", json("6"), "bias", json("4.3"));
      // WHEN
      JsonNode result = evalWith(
          "States.MathAdd(States.MathAdd(States.MathAdd($yCurrent, $xCurrent), $zCurrent), $bias)", "9", variables);
      // THEN
      assertThat(result.intValue()).isEqualTo(63);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647, 1", "-2147483648, -1", "3000000000, 1", "'1', 2", "null, 1", "true, 1"})
    void rejects_non_numbers_and_results_outside_the_int_range(String arguments) {
      // GIVEN
      String expression = "States.MathAdd(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression);
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.MathAdd"));
    }

    @Test
    void rejects_a_wrong_argument_count_when_it_runs() {
      // WHEN
      EvaluationException error = failure("States.MathAdd(1)");
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments("States.MathAdd(1)", "States.MathAdd"));
    }
  }

  @Nested
  class MathRandom {

    @Test
    void gives_the_same_number_for_the_same_seed() {
      // WHEN
      int first = eval("States.MathRandom($.f, $.s, $.t)", "{\"f\":0,\"s\":999,\"t\":3}").intValue();
      int second = eval("States.MathRandom(0, 999, 3)").intValue();
      // THEN
      assertThat(first).isEqualTo(second).isEqualTo(new Random(3).nextInt(999));
    }

    @Test
    void maps_a_seed_as_aws_does() {
      // WHEN: AWS answers -5 for seed 42 over [-5, 5)
      int result = eval("States.MathRandom(-5, 5, 42)").intValue();
      // THEN
      assertThat(result).isEqualTo(-5);
    }

    @Test
    void draws_an_unseeded_number_from_the_context_random_source() {
      // GIVEN: a source that always answers the highest value below the bound
      RandomSource highest = new FixedRandom("00000000-0000-4000-8000-000000000000");
      // WHEN
      JsonNode result = Intrinsics.parse("States.MathRandom(10, 20)")
          .evaluate(new IntrinsicTesting.Context(json("{}"), Map.of(), highest));
      // THEN: the end is exclusive
      assertThat(result.intValue()).isEqualTo(19);
    }

    @Test
    void stays_within_start_inclusive_and_end_exclusive() {
      // WHEN
      for (int seed = 0; seed < 200; seed++) {
        int value = eval("States.MathRandom(1, 3, " + seed + ")").intValue();
        // THEN
        assertThat(value).isBetween(1, 2);
      }
    }

    @Test
    void truncates_fractional_bounds() {
      // WHEN: (1.6, 5.4) is [1, 5) on AWS
      for (int seed = 0; seed < 100; seed++) {
        int value = eval("States.MathRandom(1.6, 5.4, " + seed + ")").intValue();
        // THEN
        assertThat(value).isBetween(1, 4);
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1, 1", "10, 5", "1.4, 1.6", "'a', 10", "1, 'b'", "1, 10, 'seed'", "1, 10, null", "1"})
    void rejects_an_empty_range_and_non_numbers(String arguments) {
      // GIVEN
      String expression = "States.MathRandom(" + arguments + ")";
      // WHEN
      EvaluationException error = failure(expression);
      // THEN
      assertThat(error.causeText()).isEqualTo(invalidArguments(expression, "States.MathRandom"));
    }
  }

  /** A random source with fixed answers. */
  record FixedRandom(String uuid) implements RandomSource {
    @Override
    public int nextInt(int bound) {
      return bound - 1;
    }

    @Override
    public long nextLong() {
      return 0;
    }
  }
}
