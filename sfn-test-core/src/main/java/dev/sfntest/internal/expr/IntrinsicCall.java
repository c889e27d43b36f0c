package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed intrinsic function call such as {@code States.Format('{}', $.name)}, compiled once by
 * {@code Intrinsics.parse} and evaluated each time the state runs.
 *
 * <pre>{@code
 * IntrinsicCall call = Intrinsics.parse("States.MathAdd($.n, 1)");
 * call.evaluate(ctx);   // 42 for {"n": 41}
 * }</pre>
 */
public interface IntrinsicCall {

  /** The call as written. */
  String text();

  /**
   * Evaluates the call.
   *
   * @throws EvaluationException with {@code States.Runtime}, as AWS reports both bad arguments and
   *     path arguments that find nothing; the cause names the whole call: {@code The function
   *     'States.MathAdd($.n, 1)' had the following error: Invalid arguments in States.MathAdd}
   */
  JsonNode evaluate(EvalContext ctx);
}
