package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.VariableReference;

/**
 * A workflow variable argument: {@code $orderId} or {@code $order.lines[0]}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html">Workflow variables</a>
 */
final class VariableArgument implements Argument {

  private final VariableReference reference;

  VariableArgument(VariableReference reference) {
    this.reference = reference;
  }

  @Override
  public JsonNode value(Evaluation evaluation) {
    try {
      return reference.read(evaluation.context(), reference.text());
    } catch (EvaluationException e) {
      // AWS words an absent variable like an absent path (no recorded case; same sentence kept)
      throw evaluation.argumentNotFound(reference.text());
    }
  }

  @Override
  public String text() {
    return reference.text();
  }
}
