package dev.sfntest.expr;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled JSONata template: a JSON value in which strings of the form {@code {% expression %}}
 * are JSONata expressions, at any depth.
 */
public final class JsonataTemplate implements Template {

  private final JsonNode source;

  private JsonataTemplate(JsonNode source) {
    this.source = source;
  }

  /** Whether a string is a JSONata expression ({@code {% ... %}}). */
  public static boolean isExpression(String text) {
    return text.startsWith("{%") && text.endsWith("%}") && text.length() >= 4;
  }

  /** Compiles every expression in the template once. */
  public static JsonataTemplate compile(JsonNode source, String field) {
    return new JsonataTemplate(source);
  }

  @Override
  public JsonNode source() {
    return source;
  }

  @Override
  public JsonNode evaluate(EvalContext ctx) {
    throw new EvaluationException(ErrorNames.RUNTIME, "JSONata is not supported yet (issue #5)");
  }
}
