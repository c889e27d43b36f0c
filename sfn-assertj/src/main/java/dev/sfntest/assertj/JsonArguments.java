package dev.sfntest.assertj;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.ReferencePaths;

/** Reads the JSON and JSONPath a test passes: a mistake there is the test's, not the execution's. */
final class JsonArguments {

  private JsonArguments() {}

  static JsonNode parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("Expected JSON is null; for JSON null write \"null\"");
    }
    try {
      return JsonValues.parse(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Expected value is no JSON: " + json + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** JSON text an execution returned, parsed; text that is no JSON becomes a JSON string, {@code null} stays. */
  static JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JsonValues.parse(text);
    } catch (JsonProcessingException e) {
      return JsonValues.nodes().textNode(text);
    }
  }

  static ReferencePaths path(String path) {
    if (path == null) {
      throw new IllegalArgumentException("A JSONPath is required, e.g. $.status");
    }
    return ReferencePaths.compile(path);
  }
}
