package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A UUID under a key ending in {@code id} (any case) becomes {@code <uuid:N>}, and so does every
 * other occurrence of it (notes/aws-history-format.md, section 4, item 5).
 */
public final class UuidReferences implements NormalisationRule {

  static final Pattern UUID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Override
  public void apply(ObjectNode entry, References references) {
    List<String> uuids = new ArrayList<>();
    collect(entry, uuids);
    for (String uuid : uuids) {
      references.replace("uuid", uuid);
    }
  }

  private static void collect(JsonNode node, List<String> uuids) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        JsonNode value = member.getValue();
        if (value.isTextual()) {
          if (member.getKey().toLowerCase(Locale.ROOT).endsWith("id") && UUID.matcher(value.asText()).matches()
              && !uuids.contains(value.asText())) {
            uuids.add(value.asText());
          }
        } else {
          collect(value, uuids);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, uuids));
    }
  }
}
