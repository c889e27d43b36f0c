package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.IntrinsicCall;
import java.util.List;

/**
 * A parsed call such as {@code States.Format('{} {}', $.first, States.MathAdd($.n, 1))}: the
 * function and its arguments, compiled once when the definition is created.
 */
final class FunctionCall implements IntrinsicCall, Argument {

  private final String text;
  private final FunctionSpec spec;
  private final List<Argument> arguments;

  FunctionCall(String text, FunctionSpec spec, List<Argument> arguments) {
    this.text = text;
    this.spec = spec;
    this.arguments = List.copyOf(arguments);
  }

  @Override
  public String text() {
    return text;
  }

  /**
   * Evaluates the call as the whole expression. A failure anywhere inside names this expression,
   * not the nested call that failed, as AWS does: {@code The function 'States.Format('{}', $.x)'
   * had the following error: ...}.
   */
  @Override
  public JsonNode evaluate(EvalContext ctx) {
    try {
      return value(new Evaluation(ctx));
    } catch (IntrinsicFailure failure) {
      throw new EvaluationException(IntrinsicFailure.ERROR_NAME,
          "The function '" + text + "' had the following error: " + failure.detail());
    }
  }

  @Override
  public JsonNode value(Evaluation evaluation) {
    JsonNode[] values = new JsonNode[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = arguments.get(i).value(evaluation);
    }
    // AWS accepts a call with the wrong number of arguments at creation and fails it when it runs
    if (!spec.accepts(values.length)) {
      throw IntrinsicFailure.invalidArguments(spec.name());
    }
    return spec.body().apply(new Invocation(spec.name(), arguments, values, evaluation));
  }

  @Override
  public String toString() {
    return text;
  }
}
