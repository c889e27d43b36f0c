package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;

/** A compiled JSONPath-mode variable reference: {@code $name} optionally followed by a path. */
public final class VariableReference {

  private final String text;
  private final String name;
  private final JsonPath rest;

  private VariableReference(String text, String name, JsonPath rest) {
    this.text = text;
    this.name = name;
    this.rest = rest;
  }

  /** Parses {@code $name}, {@code $name.a.b} or {@code $name[0]}. */
  public static VariableReference parse(String text) {
    int end = 1;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    String name = text.substring(1, end);
    if (!Variables.isValidName(name)) {
      throw new InvalidPathException("Invalid variable name '" + name + "' in '" + text + "'");
    }
    JsonPath rest = end == text.length() ? null : JsonPath.compile("$" + text.substring(end));
    return new VariableReference(text, name, rest);
  }

  /** The variable's name, without the {@code $}. */
  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  /** Reads the reference; fails with {@code States.Runtime} when the variable or path is absent. */
  public JsonNode read(EvalContext ctx, String fieldName) {
    JsonNode value = ctx.variable(name);
    if (value == null) {
      throw new EvaluationException(ErrorNames.RUNTIME,
          "The JSONPath '" + text + "' specified for the field '" + fieldName
              + "' could not be found in the input '" + Json.write(ctx.input()) + "'");
    }
    if (rest == null) {
      return value;
    }
    try {
      return rest.read(value);
    } catch (PathNotFoundException e) {
      if (!rest.isDefinite()) {
        return Json.array();
      }
      throw new EvaluationException(ErrorNames.RUNTIME,
          "The JSONPath '" + text + "' specified for the field '" + fieldName
              + "' could not be found in the input '" + Json.write(ctx.input()) + "'");
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
