package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of one {@code States.*} function, applied to arguments already evaluated. */
@FunctionalInterface
interface IntrinsicFunction {

  /**
   * Computes the result.
   *
   * @throws IntrinsicFailure when an argument is of the wrong type or value
   */
  JsonNode apply(Invocation invocation);
}
