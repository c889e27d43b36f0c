package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses JSON-text fields the way the recordings did (notes/aws-history-format.md, section 3): a
 * string that is the value of an object member, starts with <code>{</code> and parses as JSON becomes
 * the parsed object. Only one level: strings inside a parsed object stay strings, and so do
 * strings that are items of an array, arrays, scalars and unparsable text.
 */
public final class EmbeddedJson {

  private EmbeddedJson() {}

  /** Parses in place and returns the same tree. */
  public static JsonNode parseOneLevel(JsonNode tree) {
    if (tree.isObject()) {
      ObjectNode object = (ObjectNode) tree;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        JsonNode parsed = value.isTextual() ? parsedObject(value.asText()) : null;
        if (parsed != null) {
          object.set(name, parsed);
        } else {
          parseOneLevel(value);
        }
      }
    } else if (tree.isArray()) {
      for (JsonNode item : tree) {
        if (item.isContainerNode()) {
          parseOneLevel(item);
        }
      }
    }
    return tree;
  }

  private static JsonNode parsedObject(String text) {
    if (!text.startsWith("{")) {
      return null;
    }
    JsonNode parsed = Jsons.tryParse(text);
    return parsed != null && parsed.isObject() ? parsed : null;
  }

  /** Whether a member named {@code name} is a JSON-text field of AWS's API (input, output, ...). */
  static boolean isJsonTextField(String name) {
    return JSON_TEXT_FIELDS.contains(name);
  }

  private static final Set<String> JSON_TEXT_FIELDS = Set.of("input", "output", "parameters", "cause");
}
