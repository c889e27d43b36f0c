package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * {@code States.UUID()}: a version-4 UUID drawn from the evaluation's {@link
 * dev.sfntest.internal.expr.RandomSource}, so a seeded fake repeats it run after run.
 *
 * <pre>{@code
 * States.UUID()   // "ca4c1140-dcc1-40cd-ad05-7b4aa23df4a8"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-uuid-generate">States.UUID</a>
 */
final class UuidFunction {

  private UuidFunction() {}

  /** AWS ignores any arguments given ({@code States.UUID('x')} still returns a UUID). */
  static JsonNode uuid(Invocation call) {
    return TextNode.valueOf(call.evaluation().random().uuid());
  }
}
