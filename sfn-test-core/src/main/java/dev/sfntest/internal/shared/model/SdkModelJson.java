package dev.sfntest.internal.shared.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * SDK model objects (requests, responses, history events) as JSON, member by member from the SDK's
 * own metadata ({@link SdkField}), so every Step Functions type is covered without a line per type:
 * what the sfn-local server answers, the CLI prints and replays and conformance runs compare. Absent
 * members and the SDK's auto-constructed empty lists and maps are left out, as AWS leaves them out.
 *
 * <pre>{@code
 * ObjectNode wire = SdkModelJson.toJson(describeExecutionResponse);   // startDate: 1704067200.000
 * ObjectNode shown = SdkModelJson.toJson(event, instant -> Json.NODES.textNode("datetime"));
 * }</pre>
 *
 * <p>Its own package, below {@code shared}: the sdk adapter writes its configurations with it, and
 * {@code shared} itself uses the sdk adapter, so the two must not meet in one package.
 */
public final class SdkModelJson {

  /**
   * Timestamps as AWS JSON 1.0 sends them: epoch seconds with milliseconds ({@code 1704067200.123}).
   */
  public static final Function<Instant, JsonNode> EPOCH_SECONDS = instant -> Json.NODES.numberNode(
      BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).setScale(3, RoundingMode.UNNECESSARY));

  private SdkModelJson() {}

  /** The wire JSON of an SDK model object, timestamps as {@link #EPOCH_SECONDS}. */
  public static ObjectNode toJson(SdkPojo pojo) {
    return toJson(pojo, EPOCH_SECONDS);
  }

  /** The JSON of an SDK model object, each timestamp (at any depth) written as {@code instants} says. */
  public static ObjectNode toJson(SdkPojo pojo, Function<Instant, JsonNode> instants) {
    ObjectNode node = Json.object();
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap) {
        continue;
      }
      node.set(field.locationName(), toNode(field, value, instants));
    }
    return node;
  }

  private static JsonNode toNode(SdkField<?> field, Object value, Function<Instant, JsonNode> instants) {
    // Enums are strings in the SDK's model objects, so they are written as AWS sent them.
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
      return instants.apply(instant);
    }
    if (value instanceof SdkBytes bytes) {
      return Json.NODES.textNode(Base64.getEncoder().encodeToString(bytes.asByteArray()));
    }
    if (value instanceof SdkPojo pojo) {
      return toJson(pojo, instants);
    }
    if (value instanceof List<?> list) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      ArrayNode array = Json.array();
      for (Object item : list) {
        array.add(item == null ? Json.NODES.nullNode() : toNode(member, item, instants));
      }
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      ObjectNode object = Json.object();
      map.forEach((k, v) -> object.set((String) k, v == null ? Json.NODES.nullNode() : toNode(member, v, instants)));
      return object;
    }
    throw new IllegalArgumentException("Unsupported SDK value " + value.getClass() + " (" + field.marshallingType()
        + ") of " + field.memberName());
  }
}
