package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.Template;
import java.util.List;

/** A Choice condition. */
public sealed interface ChoiceRule {

  /** {@code And}: all must match. */
  record And(List<ChoiceRule> rules) implements ChoiceRule {}

  /** {@code Or}: any must match. */
  record Or(List<ChoiceRule> rules) implements ChoiceRule {}

  /** {@code Not}. */
  record Not(ChoiceRule rule) implements ChoiceRule {}

  /**
   * A data-test expression: {@code Variable} compared with a literal or, for the {@code *Path}
   * operators, with another path's value.
   *
   * @param variable the {@code Variable} path
   * @param operator the comparison operator
   * @param value the literal operand (for non-path operators)
   * @param valuePath the operand path (for {@code *Path} operators)
   */
  record Comparison(ReferencePath variable, ComparisonOperator operator, JsonNode value, ReferencePath valuePath)
      implements ChoiceRule {}

  /** A JSONata {@code Condition}. */
  record Condition(Template condition) implements ChoiceRule {}
}
