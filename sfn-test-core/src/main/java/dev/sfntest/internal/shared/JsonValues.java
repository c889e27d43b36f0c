package dev.sfntest.internal.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;

/**
 * JSON as the engine reads, writes and compares it: one mapper (exact decimals, AWS's limits), and
 * AWS's equality, where {@code 1} and {@code 1.0} are the same value.
 *
 * <pre>{@code
 * JsonValues.sameValue(JsonValues.parseUnchecked("1"), JsonValues.parseUnchecked("1.0"));   // true
 * }</pre>
 */
public final class JsonValues {

  private JsonValues() {}

  /** Parses JSON text. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return Json.parse(text);
  }

  /**
   * Parses JSON text the caller knows is JSON.
   *
   * @throws IllegalArgumentException when it is not
   */
  public static JsonNode parseUnchecked(String text) {
    return Json.parseUnchecked(text);
  }

  /** Compact JSON text. */
  public static String write(JsonNode node) {
    return Json.write(node);
  }

  /** Whether two values are equal as AWS compares them (numbers by value). */
  public static boolean sameValue(JsonNode a, JsonNode b) {
    return Json.sameValue(a, b);
  }

  /** A new empty object. */
  public static ObjectNode object() {
    return Json.object();
  }

  /** A new empty array. */
  public static ArrayNode array() {
    return Json.array();
  }

  /** The node factory of the engine's mapper. */
  public static JsonNodeFactory nodes() {
    return Json.NODES;
  }
}
