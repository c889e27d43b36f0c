package dev.sfntest.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** A parsed intrinsic function call such as {@code States.Format('{}', $.name)}. */
public interface IntrinsicCall {

  /** The call as written. */
  String text();

  /**
   * Evaluates the call.
   *
   * @throws EvaluationException with {@code States.IntrinsicFailure} on bad arguments, or {@code
   *     States.Runtime} when a path argument finds nothing
   */
  JsonNode evaluate(EvalContext ctx);
}
