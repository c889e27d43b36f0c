package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.RandomSource;

/**
 * One evaluation of one intrinsic expression: the context it reads, and the random source it draws
 * from, asked for once so that every call in the expression continues the same stream.
 */
final class Evaluation {

  private final EvalContext context;
  private RandomSource random;

  Evaluation(EvalContext context) {
    this.context = context;
  }

  EvalContext context() {
    return context;
  }

  RandomSource random() {
    if (random == null) {
      random = context.random();
    }
    return random;
  }

  /**
   * The failure for a path or variable argument that finds nothing. AWS names the argument and
   * prints the state's input (for a {@code $$} path too), as Step Functions Local does.
   */
  IntrinsicFailure argumentNotFound(String field) {
    return new IntrinsicFailure("The JsonPath argument for the field '" + field
        + "' could not be found in the input '" + Json.write(context.input()) + "'");
  }

  /** Reads {@code $}; used where a path argument is not a context path. */
  JsonNode input() {
    return context.input();
  }
}
