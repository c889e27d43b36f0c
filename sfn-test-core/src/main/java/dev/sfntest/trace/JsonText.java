package dev.sfntest.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;

/** JSON text as history events carry it (inputs, outputs, parameters), parsed on demand. */
final class JsonText {

  private JsonText() {}

  /** The parsed value; {@code null} stays {@code null}, text that is no JSON becomes a JSON string. */
  static JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      return Json.NODES.textNode(text);
    }
  }
}
