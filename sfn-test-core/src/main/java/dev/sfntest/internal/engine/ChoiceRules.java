package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.ChoiceRule;
import dev.sfntest.internal.asl.ComparisonOperator;
import dev.sfntest.internal.asl.Timestamps;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.PathNotFoundException;
import dev.sfntest.internal.expr.ReferencePath;
import java.time.Instant;

/**
 * Evaluates JSONPath Choice rules. A comparison with a value of the wrong type is simply false;
 * a {@code Variable} (or operand path) that is absent is a runtime error, except for {@code
 * IsPresent}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-choice.html">Choice state</a>
 */
final class ChoiceRules {

  private ChoiceRules() {}

  static boolean matches(ChoiceRule rule, EvalContext ctx) {
    if (rule instanceof ChoiceRule.And and) {
      for (ChoiceRule r : and.rules()) {
        if (!matches(r, ctx)) {
          return false;
        }
      }
      return true;
    }
    if (rule instanceof ChoiceRule.Or or) {
      for (ChoiceRule r : or.rules()) {
        if (matches(r, ctx)) {
          return true;
        }
      }
      return false;
    }
    if (rule instanceof ChoiceRule.Not not) {
      return !matches(not.rule(), ctx);
    }
    ChoiceRule.Comparison comparison = (ChoiceRule.Comparison) rule;
    ComparisonOperator op = comparison.operator();
    if (op == ComparisonOperator.IsPresent) {
      boolean present = comparison.variable().readOrNull(ctx) != null;
      return present == comparison.value().asBoolean();
    }
    JsonNode variable = read(comparison.variable(), ctx);
    if (op.isTypeTest()) {
      return typeTest(op, variable) == comparison.value().asBoolean();
    }
    JsonNode operand = op.isPath() ? read(comparison.valuePath(), ctx) : comparison.value();
    return compare(op.baseName(), variable, operand);
  }

  private static JsonNode read(ReferencePath path, EvalContext ctx) {
    try {
      return path.read(ctx);
    } catch (PathNotFoundException | EvaluationException e) {
      throw new EvaluationException(ErrorNames.RUNTIME,
          "Invalid path '" + path.text() + "': The choice state's condition path references an invalid value.");
    }
  }

  private static boolean typeTest(ComparisonOperator op, JsonNode value) {
    return switch (op) {
      case IsNull -> value.isNull();
      case IsNumeric -> value.isNumber();
      case IsString -> value.isTextual();
      case IsBoolean -> value.isBoolean();
      case IsTimestamp -> value.isTextual() && Timestamps.parse(value.asText()) != null;
      default -> throw new IllegalStateException(op.name());
    };
  }

  private static boolean compare(String base, JsonNode variable, JsonNode operand) {
    if (base.startsWith("String")) {
      if (!variable.isTextual() || !operand.isTextual()) {
        return false;
      }
      String a = variable.asText();
      String b = operand.asText();
      return switch (base) {
        case "StringEquals" -> a.equals(b);
        case "StringLessThan" -> a.compareTo(b) < 0;
        case "StringGreaterThan" -> a.compareTo(b) > 0;
        case "StringLessThanEquals" -> a.compareTo(b) <= 0;
        case "StringGreaterThanEquals" -> a.compareTo(b) >= 0;
        case "StringMatches" -> wildcardMatches(a, b);
        default -> false;
      };
    }
    if (base.startsWith("Numeric")) {
      if (!variable.isNumber() || !operand.isNumber()) {
        return false;
      }
      int cmp = variable.isIntegralNumber() && operand.isIntegralNumber() && variable.canConvertToLong()
          && operand.canConvertToLong()
          ? Long.compare(variable.longValue(), operand.longValue())
          : variable.decimalValue().compareTo(operand.decimalValue());
      return ordered(base, "Numeric".length(), cmp);
    }
    if (base.startsWith("Timestamp")) {
      if (!variable.isTextual() || !operand.isTextual()) {
        return false;
      }
      Instant a = Timestamps.parse(variable.asText());
      Instant b = Timestamps.parse(operand.asText());
      if (a == null || b == null) {
        return false;
      }
      return ordered(base, "Timestamp".length(), a.compareTo(b));
    }
    if (base.equals("BooleanEquals")) {
      return variable.isBoolean() && operand.isBoolean() && variable.asBoolean() == operand.asBoolean();
    }
    return false;
  }

  /** The relation named in {@code base} from {@code from} on ({@code LessThan}, ...) applied to {@code cmp}. */
  private static boolean ordered(String base, int from, int cmp) {
    if (base.startsWith("Equals", from)) {
      return cmp == 0;
    }
    boolean orEquals = base.endsWith("Equals");
    if (base.startsWith("LessThan", from)) {
      return orEquals ? cmp <= 0 : cmp < 0;
    }
    if (base.startsWith("GreaterThan", from)) {
      return orEquals ? cmp >= 0 : cmp > 0;
    }
    return false;
  }

  /** {@code StringMatches}: {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
  static boolean wildcardMatches(String text, String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(java.util.regex.Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else {
        regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL).matcher(text).matches();
  }
}
