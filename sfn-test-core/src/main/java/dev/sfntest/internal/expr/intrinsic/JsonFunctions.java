package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sfntest.internal.expr.Json;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code States.StringToJson}, {@code States.JsonToString} and {@code States.JsonMerge}.
 *
 * <pre>{@code
 * States.StringToJson('{"a":1}')          // {"a":1}
 * States.JsonToString($.obj)              // "{\"a\":1}"
 * States.JsonMerge($.a, $.b, false)       // shallow: b's fields win
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html#asl-intrsc-func-json-manipulate">Intrinsics for JSON data manipulation</a>
 */
final class JsonFunctions {

  /** Parses as a default Jackson mapper does: text after the first value is ignored. */
  private static final ObjectReader LENIENT = Json.mapper().reader()
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFunctions() {}

  /** Parses JSON text. Blank text is {@code null} on AWS (recorded for {@code ""} and {@code " "}). */
  static JsonNode stringToJson(Invocation call) {
    String text = call.string(0);
    if (text.isBlank()) {
      return NullNode.getInstance();
    }
    try {
      JsonNode parsed = LENIENT.readTree(text);
      return parsed == null || parsed.isMissingNode() ? NullNode.getInstance() : parsed;
    } catch (JsonProcessingException e) {
      throw call.invalid();
    }
  }

  /** Compact JSON text of any value; AWS accepts a literal here too, not only a path. */
  static JsonNode jsonToString(Invocation call) {
    return TextNode.valueOf(JavaValues.json(call.value(0)));
  }

  /**
   * A shallow merge: the second object's fields replace the first's. AWS supports only shallow
   * mode: a third argument of {@code true} fails, while anything else (even the string {@code
   * "false"}) merges shallowly. The result's fields come in the order of a Java {@code HashMap}
   * copied from the first object and then given the second's, as AWS emits them (recorded:
   * merging {@code {"constant_in_literal":..}} with {@code {"constant_input_field":..}} gives
   * {@code constant_input_field} first).
   */
  static JsonNode merge(Invocation call) {
    JsonNode first = call.value(0);
    JsonNode second = call.value(1);
    boolean deep = call.value(2).isBoolean() && call.value(2).booleanValue();
    if (!first.isObject() || !second.isObject() || deep) {
      throw call.invalid();
    }
    Map<String, JsonNode> merged = new HashMap<>(fields(first));
    merged.putAll(fields(second));
    ObjectNode out = Json.object();
    merged.forEach(out::set);
    return out;
  }

  private static Map<String, JsonNode> fields(JsonNode object) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), field.getValue());
    }
    return map;
  }
}
