package dev.sfntest.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSONata functions Step Functions provides, with the AWS developer guide's examples, and the
 * clock and random functions answered from the fake's hooks.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html#jsonata-functions-provided-by-sfn">JSONata functions provided by Step Functions</a>
 */
class JsonataFunctionsTest {

  private static JsonNode evaluate(String expression, EvalContext ctx) {
    return JsonataTemplate.compile(Json.NODES.textNode("{% " + expression + " %}"), "Assign").evaluate(ctx);
  }

  private static String text(String expression) {
    return Json.write(evaluate(expression, TestContext.empty()));
  }

  private static String cause(String expression) {
    return catchThrowableOfType(JsonataEvaluationException.class,
        () -> evaluate(expression, TestContext.empty())).causeText();
  }

  @Nested
  class Partition {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$partition([1,2,3,4], 2)             | [[1,2],[3,4]]",
        "$partition([1,2,3,4,5,6,7,8,9], 3)   | [[1,2,3],[4,5,6],[7,8,9]]",
        "$partition([1,2,3,4,5], 2)           | [[1,2],[3,4],[5]]",
        "$partition([1,2], 5)                 | [1,2]",
        "$partition([], 2)                    | []",
        "$partition(['a', {'b': null}], 1)   | [[\"a\"],[{\"b\":null}]]",
    })
    void splits_an_array_into_chunks_of_the_given_size(String expression, String expected) {
      // GIVEN an array and a chunk size (AWS guide: the last chunk may be shorter)
      // WHEN $partition is evaluated
      // THEN the chunks
      assertThat(text(expression)).isEqualTo(expected);
    }

    @Test
    void refuses_a_chunk_size_below_one() {
      // GIVEN a chunk size of 0
      // WHEN $partition is evaluated
      // THEN it throws an error without a JSONata code
      assertThat(cause("$partition([1,2], 0)")).isEqualTo("The JSONata expression '$partition([1,2], 0)' specified"
          + " for the field 'Assign' threw an error during evaluation:"
          + " The chunk size of $partition must be greater than 0, but was 0");
    }

    @Test
    void refuses_a_fractional_chunk_size() {
      // GIVEN a chunk size of 1.5
      // WHEN $partition is evaluated
      // THEN it throws
      assertThat(cause("$partition([1,2], 1.5)")).endsWith(
          "threw an error during evaluation: The chunk size of $partition must be an integer, but was 1.5");
    }
  }

  @Nested
  class Range {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$range(0, 10, 2)   | [0,2,4,6,8,10]",
        "$range(0, 6, 2)    | [0,2,4,6]",
        "$range(0, 5, 2)    | [0,2,4]",
        "$range(10, 0, -5)  | [10,5,0]",
        "$range(1, 1, 1)    | 1",
        "$range(5, 1, 1)    | []",
    })
    void counts_from_start_to_end_by_step(String expression, String expected) {
      // GIVEN start, end and step (AWS guide: the end is included when a step lands on it)
      // WHEN $range is evaluated
      // THEN the values
      assertThat(text(expression)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$range(1, 1, 1)              | 1",
        "$range(1, 1, 1)[]            | [1]",
        "[$range(1, 1, 1)]            | [1]",
        "$count($range(1, 1, 1))      | 1",
        "$partition([1,2], 5)         | [1,2]",
        "$partition([1,2], 5)[]       | [[1,2]]",
        "$partition([7], 1)           | [7]",
        "$parse('[1]')                | [1]",
        "$parse('[[1]]')              | [[1]]",
    })
    void one_value_is_that_value_as_in_any_jsonata_sequence(String expression, String expected) {
      // GIVEN a function of Step Functions' dialect that answers one value (recorded for $range)
      // WHEN it is evaluated
      // THEN the value itself, unless [] keeps the array; $parse answers the JSON it reads
      assertThat(text(expression)).isEqualTo(expected);
    }

    @Test
    void refuses_a_zero_step() {
      // GIVEN a step of 0
      // WHEN $range is evaluated
      // THEN it throws
      assertThat(cause("$range(0, 5, 0)")).endsWith("threw an error during evaluation: The step of $range must not be 0");
    }
  }

  @Nested
  class Hash {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$hash('input', 'SHA-1')   | \"140f86aae51ab9e1cda9b4254fe98a74eb54c1a1\"",
        "$hash('input', 'MD5')     | \"a43c1b0aa53a0c908810c06ab1ff3967\"",
    })
    void is_the_lower_case_hex_digest(String expression, String expected) {
      // GIVEN a text and an algorithm
      // WHEN $hash is evaluated
      // THEN the digest
      assertThat(text(expression)).isEqualTo(expected);
    }

    @Test
    void supports_awss_five_algorithms() {
      // GIVEN each documented algorithm
      for (String algorithm : new String[] {"MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"}) {
        // WHEN $hash is evaluated
        JsonNode digest = evaluate("$hash('x', '" + algorithm + "')", TestContext.empty());
        // THEN it is a hex string
        assertThat(digest.textValue()).matches("[0-9a-f]+");
      }
    }

    @Test
    void refuses_other_algorithms() {
      // GIVEN SHA-3
      // WHEN $hash is evaluated
      // THEN it throws
      assertThat(cause("$hash('x', 'SHA3-256')")).endsWith("threw an error during evaluation: The hashing algorithm"
          + " 'SHA3-256' is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }
  }

  @Nested
  class Random_numbers {
    @Test
    void a_seed_gives_what_java_util_random_gives() {
      // GIVEN seed 42
      // WHEN $random(42) is evaluated
      JsonNode value = evaluate("$random(42)", TestContext.empty());
      // THEN it is new Random(42).nextDouble(), as AWS answers
      assertThat(value.doubleValue()).isEqualTo(0.7275636800328681);
    }

    @Test
    void without_a_seed_the_contexts_generator_is_used() {
      // GIVEN a context with a seeded generator
      TestContext ctx = TestContext.empty().random(new SplittableRandom(7));
      // WHEN $random() is evaluated
      double value = evaluate("$random()", ctx).doubleValue();
      // THEN it is that generator's next number
      assertThat(value).isEqualTo(new SplittableRandom(7).nextDouble());
    }

    @Test
    void draws_within_one_evaluation_differ() {
      // GIVEN one generator
      TestContext ctx = TestContext.empty().random(new Random(1));
      // WHEN two draws happen in one expression
      JsonNode pair = evaluate("[$random(), $random()]", ctx);
      // THEN they are consecutive numbers of the generator
      Random expected = new Random(1);
      assertThat(pair.get(0).doubleValue()).isEqualTo(expected.nextDouble());
      assertThat(pair.get(1).doubleValue()).isEqualTo(expected.nextDouble());
    }

    @Test
    void the_same_seed_gives_the_same_numbers() {
      // GIVEN two contexts with equally seeded generators
      // WHEN $random() is evaluated in each
      double first = evaluate("$random()", TestContext.empty().random(new Random(3))).doubleValue();
      double second = evaluate("$random()", TestContext.empty().random(new Random(3))).doubleValue();
      // THEN the numbers are equal and in [0, 1)
      assertThat(first).isEqualTo(second).isBetween(0.0, 1.0).isLessThan(1.0);
    }

    @Test
    void a_string_seed_does_not_match_the_signature() {
      // GIVEN a string seed
      // WHEN $random is evaluated
      // THEN JSONata's signature check names the function
      assertThat(cause("$random('x')")).endsWith(
          "threw an error during evaluation. T0410: Argument 1 of function \"random\" does not match function signature");
    }
  }

  @Nested
  class Uuid {
    @Test
    void is_a_version_4_uuid() {
      // GIVEN any generator
      // WHEN $uuid() is evaluated
      String uuid = evaluate("$uuid()", TestContext.empty().random(new Random(5))).textValue();
      // THEN it has the v4 shape
      assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void comes_from_the_contexts_generator() {
      // GIVEN equally seeded and differently seeded generators
      // WHEN $uuid() is evaluated with each
      String a = evaluate("$uuid()", TestContext.empty().random(new Random(5))).textValue();
      String b = evaluate("$uuid()", TestContext.empty().random(new Random(5))).textValue();
      String c = evaluate("$uuid()", TestContext.empty().random(new Random(6))).textValue();
      // THEN the same seed gives the same UUID
      assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
  }

  @Nested
  class Parse {
    @Test
    void reads_a_json_string() {
      // GIVEN a stringified object (AWS guide: deserialise a nested execution's Output)
      TestContext ctx = TestContext.empty().input(Json.object().put("json_string", "{\"a\": 1, \"b\": [true, null]}"));
      // WHEN $parse is evaluated
      String value = Json.write(evaluate("$parse($states.input.json_string)", ctx));
      // THEN it is the value
      assertThat(value).isEqualTo("{\"a\":1,\"b\":[true,null]}");
    }

    @Test
    void its_result_can_be_navigated() {
      // GIVEN $parse('{"a":1}').a
      // WHEN it is evaluated
      // THEN 1
      assertThat(text("$parse('{\"a\":1}').a")).isEqualTo("1");
    }

    @Test
    void refuses_text_that_is_not_json() {
      // GIVEN broken JSON
      // WHEN $parse is evaluated
      // THEN it throws without a JSONata code
      assertThat(cause("$parse('{')")).contains("threw an error during evaluation: The argument of $parse is not valid JSON");
    }
  }

  @Nested
  class Clock {
    @Test
    void now_is_the_contexts_instant_in_iso_8601() {
      // GIVEN a virtual instant
      TestContext ctx = TestContext.empty().now(Instant.parse("2025-01-01T10:20:30.456Z"));
      // WHEN $now() is evaluated
      JsonNode now = evaluate("$now()", ctx);
      // THEN it is that instant, with milliseconds, as JSONata writes it
      assertThat(now.textValue()).isEqualTo("2025-01-01T10:20:30.456Z");
    }

    @Test
    void now_takes_a_picture_and_a_timezone() {
      // GIVEN a virtual instant
      TestContext ctx = TestContext.empty().now(Instant.parse("2025-01-01T10:20:30Z"));
      // WHEN $now with a picture is evaluated
      JsonNode now = evaluate("$now('[Y0001]-[M01]-[D01] [H01]', '+0200')", ctx);
      // THEN it is formatted
      assertThat(now.textValue()).isEqualTo("2025-01-01 12");
    }

    @Test
    void millis_is_the_contexts_instant() {
      // GIVEN a virtual instant
      TestContext ctx = TestContext.empty().now(Instant.ofEpochMilli(1735689600123L));
      // WHEN $millis() is evaluated
      // THEN its epoch milliseconds
      assertThat(Json.write(evaluate("$millis()", ctx))).isEqualTo("1735689600123");
    }

    @Test
    void one_evaluation_sees_one_instant() {
      // GIVEN a clock that moves on every read
      long[] ticks = {0};
      EvalContext ctx = new TestContext() {
        @Override
        public Instant now() {
          return Instant.ofEpochMilli(++ticks[0]);
        }
      };
      // WHEN $millis() is called twice in one expression
      JsonNode pair = evaluate("[$millis(), $millis(), $toMillis($now())]", ctx);
      // THEN all agree, as JSONata promises
      assertThat(Json.write(pair)).isEqualTo("[1,1,1]");
    }

    @Test
    void the_default_clock_is_the_states_entered_time_not_the_wall_clock() {
      // GIVEN a context object and no clock
      TestContext ctx = TestContext.empty().context("{'State': {'EnteredTime': '2024-05-06T07:08:09.010Z'}}");
      // WHEN $now() is evaluated
      // THEN it is the state's entered time
      assertThat(evaluate("$now()", ctx).textValue()).isEqualTo("2024-05-06T07:08:09.010Z");
    }
  }

  @Nested
  class Undefined_arguments {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$partition($nothing, 2)",
        "$range(0, $nothing, 1)",
        "$hash($nothing, 'MD5')",
        "$parse($nothing)",
    })
    void give_undefined_as_jsonatas_functions_do(String expression) {
      // GIVEN an undefined argument
      // WHEN the function is called
      // THEN the expression returns nothing
      assertThat(cause(expression)).endsWith("returned nothing (undefined).");
    }
  }

  @Nested
  class Names {
    @Test
    void a_workflow_variable_shadows_a_function_of_the_same_name() {
      // GIVEN a variable named random
      TestContext ctx = TestContext.empty().variable("random", "5");
      // WHEN $random is read
      // THEN it is the variable, as JSONata bindings shadow functions
      assertThat(Json.write(evaluate("$random", ctx))).isEqualTo("5");
    }

    @Test
    void functions_work_inside_lambdas() {
      // GIVEN a Step Functions function called from $map
      // WHEN it is evaluated
      // THEN it works there too
      assertThat(text("$map([[1,2,3]], function($a) { $partition($a, 2) })")).isEqualTo("[[1,2],[3]]");
    }

    @Test
    void errors_inside_lambdas_keep_their_wording() {
      // GIVEN a Step Functions function failing inside $map
      // WHEN it is evaluated
      // THEN the error is the function's
      assertThat(cause("$map([1], function($v) { $range(0, 1, 0) })"))
          .endsWith("threw an error during evaluation: The step of $range must not be 0");
    }
  }
}
