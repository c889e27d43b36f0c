package dev.sfntest.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.expr.Json;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts between SDK model objects and their AWS JSON 1.0 form, field by field from the SDK's
 * own metadata ({@link SdkField}), so every request and response type is covered without a line
 * per type. Timestamps are epoch seconds, as the protocol sends them.
 */
public final class SdkJson {

  private SdkJson() {}

  /** Builds an SDK model object of {@code type} from its JSON form. */
  public static <T> T toSdk(Class<T> type, JsonNode json) {
    SdkPojo builder = newBuilder(type);
    fill(builder, json);
    return type.cast(((SdkBuilder<?, ?>) builder).build());
  }

  /** The JSON form of an SDK model object; absent and auto-constructed empty members are left out. */
  public static ObjectNode toJson(SdkPojo pojo) {
    ObjectNode node = Json.object();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
        continue;
      }
      node.set(field.locationName(), toNode(field, value));
    }
    return node;
  }

  private static SdkPojo newBuilder(Class<?> type) {
    try {
      return (SdkPojo) type.getMethod("builder").invoke(null);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException("Not an SDK model type: " + type, e);
    }
  }

  private static void fill(SdkPojo builder, JsonNode json) {
    if (json == null || !json.isObject()) {
      return;
    }
    for (SdkField<?> field : builder.sdkFields()) {
      JsonNode value = json.get(field.locationName());
      if (value == null || value.isNull()) {
        continue;
      }
      field.set(builder, fromNode(field, value));
    }
  }

  private static Object fromNode(SdkField<?> field, JsonNode value) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return value.isTextual() ? value.asText() : Json.write(value);
    }
    if (type == MarshallingType.INTEGER) {
      return value.asInt();
    }
    if (type == MarshallingType.LONG) {
      return value.asLong();
    }
    if (type == MarshallingType.BOOLEAN) {
      return value.asBoolean();
    }
    if (type == MarshallingType.DOUBLE) {
      return value.asDouble();
    }
    if (type == MarshallingType.FLOAT) {
      return (float) value.asDouble();
    }
    if (type == MarshallingType.BIG_DECIMAL) {
      return value.decimalValue();
    }
    if (type == MarshallingType.INSTANT) {
      return toInstant(value);
    }
    if (type == MarshallingType.SDK_BYTES) {
      return SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(value.asText()));
    }
    if (type == MarshallingType.SDK_POJO) {
      SdkPojo builder = field.constructor().get();
      fill(builder, value);
      return ((SdkBuilder<?, ?>) builder).build();
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      for (JsonNode item : value) {
        list.add(item.isNull() ? null : fromNode(member, item));
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        map.put(entry.getKey(), entry.getValue().isNull() ? null : fromNode(member, entry.getValue()));
      }
      return map;
    }
    throw new IllegalArgumentException("Unsupported SDK field type " + type + " of " + field.memberName());
  }

  private static Instant toInstant(JsonNode value) {
    if (value.isNumber()) {
      BigDecimal seconds = value.decimalValue();
      long whole = seconds.longValue();
      int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole, nanos);
    }
    return Instant.parse(value.asText());
  }

  private static JsonNode toNode(SdkField<?> field, Object value) {
    MarshallingType<?> type = field.marshallingType();
    if (value instanceof String s) {
      return Json.NODES.textNode(s);
    }
    if (value instanceof Integer i) {
      return Json.NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return Json.NODES.numberNode(l);
    }
    if (value instanceof Boolean b) {
      return Json.NODES.booleanNode(b);
    }
    if (value instanceof Double d) {
      return Json.NODES.numberNode(d);
    }
    if (value instanceof Float f) {
      return Json.NODES.numberNode(f);
    }
    if (value instanceof BigDecimal d) {
      return Json.NODES.numberNode(d);
    }
    if (value instanceof Instant instant) {
      // epoch seconds with milliseconds, as AWS sends timestamps in JSON 1.0
      BigDecimal seconds = BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).setScale(3, RoundingMode.UNNECESSARY);
      return Json.NODES.numberNode(seconds);
    }
    if (value instanceof SdkBytes bytes) {
      return Json.NODES.textNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArray()));
    }
    if (value instanceof SdkPojo pojo) {
      return toJson(pojo);
    }
    if (value instanceof List<?> list) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      ArrayNode array = Json.array();
      for (Object item : list) {
        array.add(item == null ? Json.NODES.nullNode() : toNode(member, item));
      }
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      ObjectNode object = Json.object();
      map.forEach((k, v) -> object.set((String) k, v == null ? Json.NODES.nullNode() : toNode(member, v)));
      return object;
    }
    throw new IllegalArgumentException("Unsupported SDK value " + value.getClass() + " (" + type + ")");
  }
}
