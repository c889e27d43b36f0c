package dev.sfntest.internal.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The details of one history event: field names as in AWS's API, values that are strings,
 * numbers, booleans, {@link JsonText} (written as JSON text when read) or nested details.
 */
public final class EventDetails {

  /** {@code {"truncated": false}}, as AWS writes {@code inputDetails} and {@code outputDetails}. */
  public static final EventDetails NOT_TRUNCATED = of("truncated", false);

  public static final EventDetails EMPTY = new EventDetails(new Object[0]);

  /**
   * Alternating names and values, nulls already left out. An array rather than a map: every state
   * records two of these, and they are read far less often than they are written.
   */
  private final Object[] namesAndValues;

  private EventDetails(Object[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** Details from alternating names and values; {@code null} values are left out. */
  public static EventDetails of(Object... namesAndValues) {
    int present = 0;
    for (int i = 1; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i] != null) {
        present++;
      }
    }
    if (present * 2 == namesAndValues.length) {
      return new EventDetails(namesAndValues);
    }
    Object[] kept = new Object[present * 2];
    int next = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        kept[next++] = namesAndValues[i];
        kept[next++] = namesAndValues[i + 1];
      }
    }
    return new EventDetails(kept);
  }

  /** The fields in order. */
  public Map<String, Object> fields() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Hands each field to {@code action}, in order, without copying them into a map. */
  public void forEach(java.util.function.BiConsumer<String, Object> action) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      action.accept((String) namesAndValues[i], namesAndValues[i + 1]);
    }
  }

  /** Whether there are no fields. */
  public boolean isEmpty() {
    return namesAndValues.length == 0;
  }

  /** One field's value, or {@code null}. */
  public Object get(String name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equals(name)) {
        return namesAndValues[i + 1];
      }
    }
    return null;
  }

  /** A field as text: strings as they are, {@link JsonText} as its JSON text. */
  public String text(String name) {
    Object value = get(name);
    return value == null ? null : value.toString();
  }

  /** The details as AWS's JSON: JSON-text fields become strings. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      node.set((String) namesAndValues[i], toNode(namesAndValues[i + 1]));
    }
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
