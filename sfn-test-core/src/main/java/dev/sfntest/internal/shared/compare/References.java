package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference placeholders of one snapshot entry: a value becomes {@code <name:N>} (numbered per name
 * by first occurrence) and every other occurrence of it in the entry, also inside longer text,
 * becomes the same placeholder (notes/aws-history-format.md, section 4, item 5).
 */
public final class References {

  private final JsonNode entry;
  private final Map<String, String> placeholderByValue = new LinkedHashMap<>();
  private final Map<String, Integer> countByName = new HashMap<>();

  public References(JsonNode entry) {
    this.entry = entry;
  }

  /** Replaces {@code value} everywhere in the entry by its placeholder under {@code name}. */
  public String replace(String name, String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String placeholder = placeholderByValue.get(value);
    if (placeholder == null) {
      int n = countByName.merge(name, 1, Integer::sum);
      placeholder = "<" + name + ":" + n + ">";
      placeholderByValue.put(value, placeholder);
    }
    replaceEverywhere(entry, value, placeholder);
    return placeholder;
  }

  /** The placeholders given so far, by value. */
  public Map<String, String> placeholders() {
    return Map.copyOf(placeholderByValue);
  }

  private static void replaceEverywhere(JsonNode node, String value, String placeholder) {
    if (node instanceof ObjectNode object) {
      List<String> names = ImmutableNames.of(object);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isTextual()) {
          String text = child.asText();
          if (text.contains(value)) {
            object.set(name, Jsons.text(text.replace(value, placeholder)));
          }
        } else {
          replaceEverywhere(child, value, placeholder);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        if (child.isTextual()) {
          String text = child.asText();
          if (text.contains(value)) {
            array.set(i, Jsons.text(text.replace(value, placeholder)));
          }
        } else {
          replaceEverywhere(child, value, placeholder);
        }
      }
    }
  }
}
