package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.Random;

/**
 * {@code States.MathRandom} and {@code States.MathAdd}.
 *
 * <pre>{@code
 * States.MathAdd($.value, -1)     // 111 -> 110
 * States.MathRandom(1, 999, 7)    // the same number whenever the seed is 7
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-math-operation">Intrinsics for Math operations</a>
 */
final class MathFunctions {

  private MathFunctions() {}

  /**
   * An int from {@code start} (inclusive) to {@code end} (exclusive), both truncated. Start must be
   * below end. With a seed the result is what {@code new java.util.Random(seed).nextInt(end -
   * start) + start} gives, which matches AWS (seed 42 over {@code [-5, 5)} is -5 on AWS); without
   * one it comes from the evaluation's {@link dev.sfntest.internal.expr.RandomSource}.
   */
  static JsonNode random(Invocation call) {
    int start = call.truncatedInt(0);
    int end = call.truncatedInt(1);
    // int arithmetic as in the formula above: a span wider than an int is not a valid bound either
    int bound = end - start;
    if (bound <= 0) {
      throw call.invalid();
    }
    int offset = call.size() == 3
        ? new Random(call.truncatedLong(2)).nextInt(bound)
        : call.evaluation().random().nextInt(bound);
    return IntNode.valueOf(start + offset);
  }

  /**
   * The sum of two ints. AWS rounds a fraction to the nearest int ({@code 1.49 + 1.5 = 3}, {@code
   * -1.5 + 0 = -1}) and fails outside the int range, for the operands and for the sum.
   */
  static JsonNode add(Invocation call) {
    int a = call.roundedInt(0);
    int b = call.roundedInt(1);
    long sum = (long) a + b;
    if (sum < Integer.MIN_VALUE || sum > Integer.MAX_VALUE) {
      throw call.invalid();
    }
    return IntNode.valueOf((int) sum);
  }
}
