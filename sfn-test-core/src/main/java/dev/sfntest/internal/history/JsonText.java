package dev.sfntest.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;

/**
 * A JSON value that AWS reports as JSON text (an execution's input, a state's output, task
 * parameters). The tree is kept; the text is written the first time someone reads it, so an
 * execution nobody inspects never pays for serialisation.
 */
public final class JsonText {

  private final JsonNode value;
  private volatile String text;

  private JsonText(JsonNode value, String text) {
    this.value = value;
    this.text = text;
  }

  /** Wraps a computed value; its text is AWS's compact form. */
  public static JsonText of(JsonNode value) {
    return new JsonText(value, null);
  }

  /** Wraps a value whose exact text is known (the text a caller sent, which AWS echoes as is). */
  public static JsonText of(JsonNode value, String text) {
    return new JsonText(value, text);
  }

  public JsonNode value() {
    return value;
  }

  public String text() {
    String t = text;
    if (t == null) {
      t = Json.write(value);
      text = t;
    }
    return t;
  }

  @Override
  public String toString() {
    return text();
  }
}
