package dev.sfntest.internal.expr;

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
 * <p>A value nested deeper than {@link Json#MAX_DEPTH} measures {@code Integer.MAX_VALUE}, so
 * every payload check refuses it: AWS's behaviour for such values is not known, but the fake could
 * neither write it into a history nor walk it much deeper without running out of stack (a loop
 * that wraps its data once more per turn gets there in a few thousand events).
 *
 * <pre>{@code JsonSize.utf8Size(Json.parseUnchecked("{\"a\":\"é\"}"))   // 10}</pre>
 */
final class JsonSize {

  private JsonSize() {}

  static int utf8Size(JsonNode node) {
    long size = size(node, 0);
    return size > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) size;
  }

  /** Whether a value at {@code depth} containers down reaches below {@link Json#MAX_DEPTH}. */
  static boolean isTooDeep(JsonNode node, int depth) {
    if (!node.isContainerNode()) {
      return false;
    }
    if (depth >= Json.MAX_DEPTH) {
      return true;
    }
    for (JsonNode child : node) {
      if (isTooDeep(child, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The size of a value at {@code depth} containers down; {@code Long.MAX_VALUE} when too deep. */
  private static long size(JsonNode node, int depth) {
    switch (node.getNodeType()) {
      case OBJECT: {
        if (depth >= Json.MAX_DEPTH) {
          return Long.MAX_VALUE;
        }
        long size = 2 + Math.max(0, node.size() - 1);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          long value = size(field.getValue(), depth + 1);
          if (value == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
          }
          size += string(field.getKey()) + 1 + value;
        }
        return size;
      }
      case ARRAY: {
        if (depth >= Json.MAX_DEPTH) {
          return Long.MAX_VALUE;
        }
        long size = 2 + Math.max(0, node.size() - 1);
        for (JsonNode element : node) {
          long value = size(element, depth + 1);
          if (value == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
          }
          size += value;
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
