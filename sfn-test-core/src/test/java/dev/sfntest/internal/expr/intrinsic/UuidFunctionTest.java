package dev.sfntest.internal.expr.intrinsic;

import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.context;
import static dev.sfntest.internal.expr.intrinsic.IntrinsicTesting.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.IntrinsicCall;
import dev.sfntest.internal.expr.RandomSource;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UuidFunctionTest {

  private static final String V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @Nested
  class Uuid {

    @Test
    void returns_the_uuid_of_the_context_random_source() {
      // GIVEN
      RandomSource source = new MathFunctionsTest.FixedRandom("ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8");
      EvalContext ctx = new IntrinsicTesting.Context(json("{}"), Map.of(), source);
      // WHEN
      JsonNode result = Intrinsics.parse("States.UUID()").evaluate(ctx);
      // THEN
      assertThat(result.textValue()).isEqualTo("ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8");
    }

    @Test
    void repeats_for_the_same_seed() {
      // GIVEN
      IntrinsicCall call = Intrinsics.parse("States.UUID()");
      // WHEN
      String first = call.evaluate(new IntrinsicTesting.Context(json("{}"), Map.of(), RandomSource.seeded(7))).textValue();
      String second = call.evaluate(new IntrinsicTesting.Context(json("{}"), Map.of(), RandomSource.seeded(7))).textValue();
      // THEN
      assertThat(first).matches(V4).isEqualTo(second);
    }

    @Test
    void gives_distinct_values_within_one_expression_and_repeats_without_a_wired_source() {
      // GIVEN: the context's default source, derived from the context object
      IntrinsicCall call = Intrinsics.parse("States.Array(States.UUID(), States.UUID())");
      // WHEN
      JsonNode first = call.evaluate(context("{}"));
      JsonNode second = call.evaluate(context("{}"));
      // THEN
      assertThat(first.get(0).textValue()).matches(V4).isNotEqualTo(first.get(1).textValue());
      assertThat(first).isEqualTo(second);
    }

    @Test
    void ignores_arguments_as_aws_does() {
      // WHEN
      JsonNode result = Intrinsics.parse("States.UUID('x', 1)").evaluate(context("{}"));
      // THEN
      assertThat(result.textValue()).matches(V4);
    }
  }
}
