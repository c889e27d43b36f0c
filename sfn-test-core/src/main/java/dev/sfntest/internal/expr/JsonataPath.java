package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * A fast path for the commonest expressions, {@code $states.input.a.b} and {@code $var.field}:
 * read straight from the Jackson tree, with nothing converted or copied.
 *
 * <p>It only answers where JSONata's answer is plain member access: every step lands on an object
 * member. Whenever JSONata would do more (a step over an array maps it, a missing root may be a
 * function such as {@code $sum}), it answers {@code null} and the expression runs in the library.
 *
 * <pre>{@code
 * JsonataPath path = JsonataPath.parse("$states.input.order.id");   // null if not a plain path
 * JsonNode id = path.read(ctx);                                      // null: ask the library
 * }</pre>
 */
final class JsonataPath {

  private static final Pattern PLAIN = Pattern.compile(
      "\\$[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private final String root;
  private final String[] steps;

  private JsonataPath(String root, String[] steps) {
    this.root = root;
    this.steps = steps;
  }

  /** The path an expression is, or {@code null} when it is anything more. */
  static JsonataPath parse(String expression) {
    if (!PLAIN.matcher(expression).matches()) {
      return null;
    }
    String[] parts = expression.substring(1).split("\\.");
    String root = parts[0];
    String[] steps = new String[parts.length - 1];
    System.arraycopy(parts, 1, steps, 0, steps.length);
    if (root.equals(JsonataReferences.STATES) && steps.length == 0) {
      // $states as a whole is an object the library builds.
      return null;
    }
    return new JsonataPath(root, steps);
  }

  /**
   * The value, or {@code null} when the library must answer (including when JSONata's answer is
   * "undefined": the library words that, and a missing {@code $name} may be a function).
   */
  JsonNode read(EvalContext ctx) {
    JsonNode value;
    int first;
    if (root.equals(JsonataReferences.STATES)) {
      value = statesMember(ctx, steps[0]);
      first = 1;
    } else {
      value = ctx.variable(root);
      first = 0;
    }
    for (int i = first; i < steps.length && value != null; i++) {
      if (!value.isObject()) {
        // An array is mapped over, anything else has no members: the library knows both.
        return null;
      }
      value = value.get(steps[i]);
    }
    return value == null || value.isMissingNode() ? null : value;
  }

  private static JsonNode statesMember(EvalContext ctx, String member) {
    switch (member) {
      case "input":
        return ctx.input();
      case "context":
        return ctx.contextObject();
      case "result":
        return ctx.result();
      case "errorOutput":
        return ctx.errorOutput();
      default:
        return null;
    }
  }
}
