package dev.sfntest.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The UTF-8 size of a value's compact JSON text, counted by walking the tree instead of writing
 * the text: the engine checks every state's output against AWS's payload quota, and writing each
 * output out just to measure it was most of the cost of a simple state.
 *
 * <p>The count follows what {@link Json#write} produces: strings escape {@code "}, {@code \} and
 * control characters (two characters for {@code \b \t \n \f \r}, six for the others) and keep
 * other characters as they are; numbers other than integers are measured by writing them.
 *
 * <pre>{@code JsonSize.utf8Size(Json.parseUnchecked("{\"a\":\"é\"}"))   // 10}</pre>
 */
final class JsonSize {

  private JsonSize() {}

  static int utf8Size(JsonNode node) {
    long size = size(node);
    return size > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) size;
  }

  private static long size(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT: {
        long size = 2 + Math.max(0, node.size() - 1);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          size += string(field.getKey()) + 1 + size(field.getValue());
        }
        return size;
      }
      case ARRAY: {
        long size = 2 + Math.max(0, node.size() - 1);
        for (JsonNode element : node) {
          size += size(element);
        }
        return size;
      }
      case STRING:
        return string(node.textValue());
      case BOOLEAN:
        return node.booleanValue() ? 4 : 5;
      case NULL:
        return 4;
      case NUMBER:
        if (node.isInt() || node.isLong() || node.isShort()) {
          return digits(node.longValue());
        }
        return Json.write(node).length();
      default:
        return Json.write(node).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
  }

  private static long string(String text) {
    long size = 2;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        size += c == '"' || c == '\\' ? 2 : c >= 0x20 ? 1 : shortEscape(c) ? 2 : 6;
      } else if (c < 0x800) {
        size += 2;
      } else if (!Character.isSurrogate(c)) {
        size += 3;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        size += 4;
        i++;
      } else {
        size += 1; // a lone surrogate is not encodable: UTF-8 encoding replaces it with '?'
      }
    }
    return size;
  }

  private static boolean shortEscape(char c) {
    return c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static int digits(long value) {
    if (value == Long.MIN_VALUE) {
      return 20;
    }
    int digits = value < 0 ? 2 : 1;
    long rest = Math.abs(value);
    while (rest >= 10) {
      rest /= 10;
      digits++;
    }
    return digits;
  }
}
