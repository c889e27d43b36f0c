package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as AWS's interpreter holds them: plain Java objects ({@code Integer}, {@code Long},
 * {@code BigInteger}, {@code Double}, {@code String}, {@code Boolean}, {@code null}, {@code List},
 * insertion-ordered {@code Map}), the way a default Jackson mapper reads JSON. Several intrinsic
 * results show it, so the fake computes them from the same objects:
 *
 * <ul>
 *   <li>{@code States.Format} prints an object argument as {@code {Id=arn:..., Name=...}} and an
 *       array as {@code [1, 2]}: Java's {@code toString}.
 *   <li>{@code States.ArrayContains} matches {@code true} against {@code "true"} but not {@code
 *       {"a":1,"b":2}} against {@code {"b":2,"a":1}}: it compares those strings.
 *   <li>{@code States.ArrayUnique([true, false, true])} is {@code [false, true]}: a {@code
 *       HashSet}'s order.
 * </ul>
 *
 * <pre>{@code
 * JavaValues.text(Json.parseUnchecked("{\"a\":[1,\"x\"]}"));   // {a=[1, x]}
 * }</pre>
 */
final class JavaValues {

  /** Writes Java objects as a default Jackson mapper does (a double prints as Java prints it). */
  private static final ObjectMapper PLAIN = JsonMapper.builder().build();

  private JavaValues() {}

  /** The Java object AWS would hold for {@code node}. */
  static Object toJava(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        return number(node);
      case ARRAY: {
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode item : node) {
          list.add(toJava(item));
        }
        return list;
      }
      case OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          map.put(field.getKey(), toJava(field.getValue()));
        }
        return map;
      }
      default:
        return null;
    }
  }

  /** The value's Java {@code toString}: a string as itself, {@code null} as {@code null}. */
  static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : String.valueOf(toJava(node));
  }

  /** Compact JSON text of the value as AWS writes it (a fraction such as 1.50 prints as 1.5). */
  static String json(JsonNode node) {
    try {
      return PLAIN.writeValueAsString(toJava(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON value could not be written", e);
    }
  }

  private static Object number(JsonNode node) {
    if (!node.isIntegralNumber()) {
      return node.doubleValue();
    }
    if (node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.canConvertToLong()) {
      return node.longValue();
    }
    return node.bigIntegerValue();
  }
}
