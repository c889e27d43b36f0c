package dev.sfntest.conformance.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.compare.Jsons;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Writes SDK response objects as the JSON AWS sent, field names from the SDK's own metadata, so a
 * history event reads exactly like a recorded one. Absent members are left out, as AWS leaves them
 * out. Instants become the text {@code "datetime"}, which is what the recordings show for the
 * date fields of API responses (notes/aws-history-format.md, section 4, item 7).
 */
public final class SdkModelJson {

  /** What every instant of an API response reads as in the recordings. */
  public static final String DATETIME = "datetime";

  private SdkModelJson() {}

  public static ObjectNode toJson(SdkPojo pojo) {
    ObjectNode node = Jsons.object();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
        continue;
      }
      node.set(field.locationName(), toNode(value));
    }
    return node;
  }

  private static JsonNode toNode(Object value) {
    if (value instanceof String s) {
      return Jsons.NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return Jsons.NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return Jsons.NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return Jsons.NODES.numberNode(l);
    }
    if (value instanceof Double d) {
      return Jsons.NODES.numberNode(BigDecimal.valueOf(d));
    }
    if (value instanceof Float f) {
      return Jsons.NODES.numberNode(BigDecimal.valueOf(f));
    }
    if (value instanceof BigDecimal d) {
      return Jsons.NODES.numberNode(d);
    }
    if (value instanceof Instant) {
      return Jsons.NODES.textNode(DATETIME);
    }
    if (value instanceof SdkPojo pojo) {
      return toJson(pojo);
    }
    if (value instanceof List<?> list) {
      ArrayNode array = Jsons.array();
      list.forEach(item -> array.add(item == null ? Jsons.NODES.nullNode() : toNode(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = Jsons.object();
      map.forEach((k, v) -> object.set(String.valueOf(k), v == null ? Jsons.NODES.nullNode() : toNode(v)));
      return object;
    }
    // Enums are modelled as strings in the SDK; anything else is unexpected but still shown.
    return Jsons.NODES.textNode(String.valueOf(value));
  }
}
