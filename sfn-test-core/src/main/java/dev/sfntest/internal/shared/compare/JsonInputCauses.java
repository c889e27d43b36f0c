package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * In a {@code cause} of the form {@code ...'{json}'...} the quoted JSON text becomes the reference
 * placeholder {@code <json-input:N>} (notes/aws-history-format.md, section 4, item 4; recordings
 * made with the Step Functions snapshot rules only). E.g. {@code could not be found in the input
 * '{"a":1}'} becomes {@code could not be found in the input '<json-input:1>'}.
 */
public final class JsonInputCauses implements NormalisationRule {

  static final String NAME = "json-input";

  @Override
  public void apply(ObjectNode entry, References references) {
    List<String> texts = new ArrayList<>();
    collect(entry, texts);
    for (String text : texts) {
      references.replace(NAME, text);
    }
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        JsonNode value = member.getValue();
        if (value.isTextual()) {
          if (member.getKey().equals("cause")) {
            quotedJson(value.asText(), texts);
          }
        } else {
          collect(value, texts);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, texts));
    }
  }

  /** Adds every {@code '{...}'} of {@code cause} whose content is a JSON object, shortest first. */
  static void quotedJson(String cause, List<String> texts) {
    int open = cause.indexOf("'{");
    while (open >= 0) {
      int next = open + 1;
      int close = cause.indexOf("}'", open + 2);
      while (close >= 0) {
        String candidate = cause.substring(open + 1, close + 1);
        JsonNode parsed = Jsons.tryParse(candidate);
        if (parsed != null && parsed.isObject()) {
          if (!texts.contains(candidate)) {
            texts.add(candidate);
          }
          next = close + 2;
          break;
        }
        close = cause.indexOf("}'", close + 1);
      }
      open = cause.indexOf("'{", next);
    }
  }
}
