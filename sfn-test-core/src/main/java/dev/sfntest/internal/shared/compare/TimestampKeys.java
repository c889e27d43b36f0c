package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A member whose name contains {@code timestamp} (any case) gets the value {@code "timestamp"},
 * unless it holds an ISO date-time, which {@link IsoDates} has already made {@code "date"}
 * (notes/aws-history-format.md, section 4, item 7). This also hits user data such as
 * {@code {"TimestampValue": "05-12-2016T21:29:29Z"}}. Objects and arrays under such a name are
 * left alone: only values are masked.
 */
public final class TimestampKeys implements NormalisationRule {

  public static final String TIMESTAMP = "timestamp";

  @Override
  public void apply(ObjectNode entry, References references) {
    rewrite(entry);
  }

  private static void rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String name : ImmutableNames.of(object)) {
        JsonNode value = object.get(name);
        if (value.isContainerNode()) {
          rewrite(value);
        } else if (name.toLowerCase(Locale.ROOT).contains(TIMESTAMP)
            && !(value.isTextual() && value.asText().equals(IsoDates.DATE))) {
          object.set(name, Jsons.text(TIMESTAMP));
        }
      }
    } else if (node.isArray()) {
      node.forEach(TimestampKeys::rewrite);
    }
  }
}
