package dev.sfntest.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.expr.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The details of one history event: field names as in AWS's API, values that are strings,
 * numbers, booleans, {@link JsonText} (written as JSON text when read) or nested details.
 */
public final class EventDetails {

  /** {@code {"truncated": false}}, as AWS writes {@code inputDetails} and {@code outputDetails}. */
  public static final EventDetails NOT_TRUNCATED = new EventDetails(Map.of("truncated", false));

  public static final EventDetails EMPTY = new EventDetails(Map.of());

  private final Map<String, Object> fields;

  private EventDetails(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** Details from alternating names and values; {@code null} values are left out. */
  public static EventDetails of(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        map.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return new EventDetails(Collections.unmodifiableMap(map));
  }

  /** The fields in order. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** One field's value, or {@code null}. */
  public Object get(String name) {
    return fields.get(name);
  }

  /** A field as text: strings as they are, {@link JsonText} as its JSON text. */
  public String text(String name) {
    Object value = fields.get(name);
    return value == null ? null : value.toString();
  }

  /** The details as AWS's JSON: JSON-text fields become strings. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object();
    fields.forEach((name, value) -> node.set(name, toNode(value)));
    return node;
  }

  private static JsonNode toNode(Object value) {
    if (value instanceof JsonText text) {
      return Json.NODES.textNode(text.text());
    }
    if (value instanceof EventDetails nested) {
      return nested.toJson();
    }
    if (value instanceof String s) {
      return Json.NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return Json.NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return Json.NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return Json.NODES.numberNode(l);
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = Json.object();
      map.forEach((k, v) -> node.set((String) k, toNode(v)));
      return node;
    }
    throw new IllegalArgumentException("Unsupported event detail value: " + value.getClass());
  }

  @Override
  public String toString() {
    return toJson().toString();
  }
}
