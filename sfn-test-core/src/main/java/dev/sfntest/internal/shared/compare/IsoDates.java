package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * ISO-8601 date-times with a zone designator become {@code date}, anywhere in any text
 * (notes/aws-history-format.md, section 4, item 6). Without a zone, with a space instead of
 * {@code T}, or with an impossible month, day or hour they stay: the recordings keep
 * {@code 2016-12-05T21:29:29}, {@code 2016-12-05 21:29:29Z} and {@code 2016-13-05T21:29:29Z}.
 */
public final class IsoDates implements NormalisationRule {

  public static final String DATE = "date";

  static final Pattern DATE_TIME = Pattern.compile(
      "\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])"
          + "T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?"
          + "(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)");

  /** Whether the whole text is such a date-time. */
  public static boolean isDateTime(String text) {
    return DATE_TIME.matcher(text).matches();
  }

  @Override
  public void apply(ObjectNode entry, References references) {
    rewrite(entry);
  }

  private static void rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String name : ImmutableNames.of(object)) {
        JsonNode value = object.get(name);
        if (value.isTextual()) {
          object.set(name, Jsons.text(replace(value.asText())));
        } else {
          rewrite(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        if (value.isTextual()) {
          array.set(i, Jsons.text(replace(value.asText())));
        } else {
          rewrite(value);
        }
      }
    }
  }

  static String replace(String text) {
    return DATE_TIME.matcher(text).replaceAll(DATE);
  }
}
