package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a Choice state: its rules (JSONPath data-test expressions with {@code And}, {@code Or},
 * {@code Not}, or JSONata {@code Condition}s), their {@code Next}, and {@code Default}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html">Choice state</a>
 * @see <a href="https://states-language.net/spec.html#choice-state">ASL spec: Choice state</a>
 */
final class ChoiceReader {

  private static final List<String> OPERATORS =
      Arrays.stream(ComparisonOperator.values()).map(Enum::name).collect(Collectors.toUnmodifiableList());
  /** The fields of a nested rule (inside And, Or, Not): no Next, no Assign. */
  private static final Set<String> NESTED_RULE = fields(Set.of("Variable", "And", "Or", "Not", "Comment"));
  private static final Set<String> TOP_RULE_JSONPATH = fields(Set.of("Variable", "And", "Or", "Not", "Comment",
      "Next", "Assign"));
  private static final Set<String> TOP_RULE_JSONATA = Set.of("Condition", "Next", "Comment", "Assign", "Output");

  private final StateReader states;
  private final Diagnostics diagnostics;
  private final Expressions expressions;
  private final ValueFields values;

  ChoiceReader(StateReader states, DefinitionReader reader) {
    this.states = states;
    this.diagnostics = reader.diagnostics;
    this.expressions = reader.expressions;
    this.values = reader.values;
  }

  private static Set<String> fields(Set<String> base) {
    Set<String> all = new HashSet<>(base);
    all.addAll(OPERATORS);
    return Set.copyOf(all);
  }

  ChoiceState read(String name, Fields state, StateIo io, QueryLanguage language) {
    state.require("Choices");
    JsonNode choicesNode = state.array("Choices", true);
    List<Choice> choices = new ArrayList<>();
    if (choicesNode != null) {
      for (int i = 0; i < choicesNode.size(); i++) {
        Location at = state.at("Choices").index(i);
        JsonNode node = choicesNode.get(i);
        if (!node.isObject()) {
          diagnostics.schema(Messages.expectedType("Object"), at);
          continue;
        }
        Choice choice = choice(new Fields(node, at, diagnostics), language);
        if (choice != null) {
          choices.add(choice);
        }
      }
    }
    return new ChoiceState(name, io, List.copyOf(choices), state.string("Default"));
  }

  private Choice choice(Fields rule, QueryLanguage language) {
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    StateFields.check(rule, jsonPath ? TOP_RULE_JSONPATH : TOP_RULE_JSONATA,
        jsonPath ? TOP_RULE_JSONATA : TOP_RULE_JSONPATH, language);
    String next = rule.string("Next");
    Template assign = states.assign(rule, language, Expressions.Scope.STATE);
    String comment = rule.string("Comment");
    if (jsonPath) {
      rule.require("Next");
      ChoiceRule condition = rule(rule, true);
      return condition == null ? null : new Choice(condition, next, assign, null, comment);
    }
    rule.require("Condition", "Next");
    Template output = expressions.jsonata(rule.get("Output"), "Output", rule.at("Output"), Expressions.Scope.STATE);
    JsonNode condition = rule.get("Condition");
    if (condition == null) {
      return null;
    }
    if (!condition.isBoolean() && !Expressions.isExpression(condition)) {
      diagnostics.schema(Messages.expectedType("Boolean"), rule.at("Condition"));
      return null;
    }
    Template compiled = expressions.jsonata(condition, "Condition", rule.at("Condition"), Expressions.Scope.STATE);
    return compiled == null ? null : new Choice(new ChoiceRule.Condition(compiled), next, assign, output, comment);
  }

  /**
   * A JSONPath rule: exactly one of {@code And}, {@code Or}, {@code Not} or {@code Variable} (with
   * exactly one comparison operator). Nested rules have no {@code Next} (observed: {@code Field
   * 'Next' is not supported}).
   */
  private ChoiceRule rule(Fields rule, boolean top) {
    if (!top) {
      rule.allowOnly(NESTED_RULE);
    }
    List<String> selectors = new ArrayList<>();
    for (String selector : List.of("And", "Or", "Not", "Variable")) {
      if (rule.has(selector)) {
        selectors.add(selector);
      }
    }
    if (selectors.size() != 1) {
      diagnostics.schema(Messages.CHOICE_RULE_SELECTOR, rule.at);
      return null;
    }
    String selector = selectors.get(0);
    if (selector.equals("And") || selector.equals("Or")) {
      JsonNode operands = rule.array(selector, true);
      if (operands == null) {
        return null;
      }
      List<ChoiceRule> rules = new ArrayList<>();
      for (int i = 0; i < operands.size(); i++) {
        Location at = rule.at(selector).index(i);
        JsonNode operand = operands.get(i);
        if (!operand.isObject()) {
          diagnostics.schema(Messages.expectedType("Object"), at);
          continue;
        }
        ChoiceRule nested = rule(new Fields(operand, at, diagnostics), false);
        if (nested != null) {
          rules.add(nested);
        }
      }
      return selector.equals("And") ? new ChoiceRule.And(List.copyOf(rules)) : new ChoiceRule.Or(List.copyOf(rules));
    }
    if (selector.equals("Not")) {
      Fields operand = rule.object("Not");
      ChoiceRule nested = operand == null ? null : rule(operand, false);
      return nested == null ? null : new ChoiceRule.Not(nested);
    }
    return comparison(rule);
  }

  private ChoiceRule comparison(Fields rule) {
    List<String> operators = new ArrayList<>();
    for (String operator : OPERATORS) {
      if (rule.has(operator)) {
        operators.add(operator);
      }
    }
    if (operators.size() != 1) {
      diagnostics.schema(Messages.onlyOneOf(OPERATORS), rule.at);
      return null;
    }
    String variableText = rule.string("Variable");
    ReferencePath variable = variableText == null ? null
        : expressions.path(variableText, Expressions.PathRule.CHOICE, rule.at("Variable"));
    ComparisonOperator operator = ComparisonOperator.fromField(operators.get(0));
    JsonNode operand = rule.get(operator.name());
    Location at = rule.at(operator.name());
    if (operator.isPath()) {
      if (!operand.isTextual()) {
        diagnostics.schema(Messages.EXPECTED_STRING, at);
        return null;
      }
      ReferencePath valuePath = expressions.path(operand.asText(), Expressions.PathRule.CHOICE, at);
      return variable == null || valuePath == null ? null
          : new ChoiceRule.Comparison(variable, operator, null, valuePath);
    }
    boolean fits = checkOperand(operator, operand, at);
    return variable == null || !fits ? null : new ChoiceRule.Comparison(variable, operator, operand, null);
  }

  private boolean checkOperand(ComparisonOperator operator, JsonNode operand, Location at) {
    String base = operator.baseName();
    if (operator.isTypeTest() || base.equals("BooleanEquals")) {
      if (!operand.isBoolean()) {
        diagnostics.schema(Messages.expectedType("Boolean"), at);
        return false;
      }
      return true;
    }
    if (base.startsWith("Numeric")) {
      return values.checkConstant(operand, ValueFields.Kind.NUMBER, new Fields.Range(null, null), at);
    }
    if (base.startsWith("Timestamp")) {
      return values.checkTimestamp(operand, at);
    }
    return values.checkConstant(operand, ValueFields.Kind.STRING, null, at);
  }
}
