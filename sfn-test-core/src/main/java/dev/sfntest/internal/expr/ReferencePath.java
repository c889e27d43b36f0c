package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A path field's value: a JSONPath over the input ({@code $.x}), over the context object ({@code
 * $$.x}), or a variable reference ({@code $name.x}). Used by {@code InputPath}, {@code
 * OutputPath}, {@code *Path} fields and Choice {@code Variable}s.
 */
public final class ReferencePath {

  private final String text;
  private final JsonPath path;
  private final VariableReference variable;

  private ReferencePath(String text, JsonPath path, VariableReference variable) {
    this.text = text;
    this.path = path;
    this.variable = variable;
  }

  /**
   * Compiles a path or variable reference.
   *
   * @throws InvalidPathException when the text is neither
   */
  public static ReferencePath compile(String text) {
    String trimmed = text.strip();
    if (Variables.isReference(trimmed)) {
      return new ReferencePath(text, null, VariableReference.parse(trimmed));
    }
    return new ReferencePath(text, JsonPath.compile(trimmed), null);
  }

  public String text() {
    return text;
  }

  /** The JSONPath, or {@code null} for a variable reference. */
  public JsonPath jsonPath() {
    return path;
  }

  /** The variable reference, or {@code null} for a JSONPath. */
  public VariableReference variable() {
    return variable;
  }

  /**
   * Reads the value with the JSONPath library's rules.
   *
   * @throws PathNotFoundException when nothing is found (the library's message)
   */
  public JsonNode read(EvalContext ctx) {
    if (variable != null) {
      JsonNode value = variable.read(ctx, text);
      return value;
    }
    return path.read(path.isContextObject() ? ctx.contextObject() : ctx.input());
  }

  /** Reads the value, or {@code null} where nothing is found. */
  public JsonNode readOrNull(EvalContext ctx) {
    try {
      return read(ctx);
    } catch (PathNotFoundException | EvaluationException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
