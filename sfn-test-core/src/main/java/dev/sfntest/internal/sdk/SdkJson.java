package dev.sfntest.internal.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
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
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Builds SDK model objects from their AWS JSON 1.0 form, field by field from the SDK's own metadata
 * ({@link SdkField}), so every request and response type is covered without a line per type.
 * Timestamps are epoch seconds, as the protocol sends them. The other way, model objects as JSON,
 * is {@link dev.sfntest.internal.shared.model.SdkModelJson}.
 */
public final class SdkJson {

  private SdkJson() {}

  /** Builds an SDK model object of {@code type} from its JSON form; values of the wrong JSON type are coerced. */
  public static <T> T toSdk(Class<T> type, JsonNode json) {
    SdkPojo builder = newBuilder(type);
    fill(builder, json, false, "");
    return type.cast(((SdkBuilder<?, ?>) builder).build());
  }

  /**
   * Sets {@code builder}'s members from JSON, as {@link #toSdk} does, and returns it: for a caller
   * that sets other members itself and builds once.
   */
  static <B extends SdkPojo> B fill(B builder, JsonNode json) {
    fill(builder, json, false, "");
    return builder;
  }

  /**
   * Builds an SDK model object of {@code type} from JSON a client sent, refusing what AWS refuses
   * with {@code SerializationException}: a body that is not an object, or a member whose JSON type
   * does not fit (a number for a string, a string for a list...). Unknown members and {@code null}s
   * are ignored, as AWS ignores them.
   *
   * <pre>{@code
   * SdkJson.toSdkStrict(StartExecutionRequest.class, Json.parse("{\"stateMachineArn\": 1}"));
   * // throws ShapeMismatchException: Expected a string at 'stateMachineArn' but got a number
   * }</pre>
   *
   * @throws ShapeMismatchException naming the first member that does not fit
   */
  public static <T> T toSdkStrict(Class<T> type, JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new ShapeMismatchException("Expected a JSON object but got " + describe(json));
    }
    SdkPojo builder = newBuilder(type);
    fill(builder, json, true, "");
    return type.cast(((SdkBuilder<?, ?>) builder).build());
  }

  /** A JSON value that does not fit the SDK member it was sent for. */
  public static final class ShapeMismatchException extends IllegalArgumentException {
    ShapeMismatchException(String message) {
      super(message);
    }
  }

  /** Each model type's {@code builder()} method, looked up once. */
  private static final ClassValue<java.lang.reflect.Method> BUILDER_METHODS = new ClassValue<>() {
    @Override
    protected java.lang.reflect.Method computeValue(Class<?> type) {
      try {
        return type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("Not an SDK model type: " + type, e);
      }
    }
  };

  /** Each builder type's fields by wire name, indexed once (see {@link #fieldsByName}). */
  private static final java.util.concurrent.ConcurrentMap<Class<?>, Map<String, SdkField<?>>> FIELD_INDEX =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static SdkPojo newBuilder(Class<?> type) {
    try {
      return (SdkPojo) BUILDER_METHODS.get(type).invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException("Not an SDK model type: " + type, e);
    }
  }

  /**
   * The builder's fields by wire name. A model has a field for every member AWS may send (a
   * history event one per kind of details), while a value sets a few: reading the value's members
   * and finding each field is what makes converting cheap.
   */
  private static Map<String, SdkField<?>> fieldsByName(SdkPojo builder) {
    return FIELD_INDEX.computeIfAbsent(builder.getClass(), type -> {
      Map<String, SdkField<?>> byName = new java.util.HashMap<>();
      for (SdkField<?> field : builder.sdkFields()) {
        byName.putIfAbsent(field.locationName(), field);
      }
      return byName;
    });
  }

  private static void fill(SdkPojo builder, JsonNode json, boolean strict, String path) {
    if (json == null || !json.isObject()) {
      return;
    }
    if (!strict) {
      // Members the model lacks are ignored, as they are in the strict order below.
      Map<String, SdkField<?>> byName = fieldsByName(builder);
      for (Iterator<Map.Entry<String, JsonNode>> members = json.fields(); members.hasNext(); ) {
        Map.Entry<String, JsonNode> member = members.next();
        SdkField<?> field = byName.get(member.getKey());
        JsonNode value = member.getValue();
        if (field != null && value != null && !value.isNull()) {
          field.set(builder, fromNode(field, value, false, ""));
        }
      }
      return;
    }
    // Strict: in the model's order, so that the first member that does not fit is the one named.
    for (SdkField<?> field : builder.sdkFields()) {
      JsonNode value = json.get(field.locationName());
      if (value == null || value.isNull()) {
        continue;
      }
      field.set(builder, fromNode(field, value, strict, path.isEmpty() ? field.locationName()
          : path + "." + field.locationName()));
    }
  }

  private static Object fromNode(SdkField<?> field, JsonNode value, boolean strict, String path) {
    MarshallingType<?> type = field.marshallingType();
    if (strict) {
      expectFits(type, value, path);
    }
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
      return toInstant(value, path);
    }
    if (type == MarshallingType.SDK_BYTES) {
      return SdkBytes.fromByteArray(decodeBase64(value.asText(), path));
    }
    if (type == MarshallingType.SDK_POJO) {
      SdkPojo builder = field.constructor().get();
      fill(builder, value, strict, path);
      return ((SdkBuilder<?, ?>) builder).build();
    }
    if (type == MarshallingType.LIST) {
      SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
      List<Object> list = new ArrayList<>();
      int index = 0;
      for (JsonNode item : value) {
        list.add(item.isNull() ? null : fromNode(member, item, strict, path + "[" + index + "]"));
        index++;
      }
      return list;
    }
    if (type == MarshallingType.MAP) {
      SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
      Map<String, Object> map = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        map.put(entry.getKey(), entry.getValue().isNull() ? null
            : fromNode(member, entry.getValue(), strict, path + "." + entry.getKey()));
      }
      return map;
    }
    throw new IllegalArgumentException("Unsupported SDK field type " + type + " of " + field.memberName());
  }

  private static void expectFits(MarshallingType<?> type, JsonNode value, String path) {
    String expected;
    boolean fits;
    if (type == MarshallingType.STRING || type == MarshallingType.SDK_BYTES) {
      expected = "a string";
      fits = value.isTextual();
    } else if (type == MarshallingType.INTEGER || type == MarshallingType.LONG || type == MarshallingType.DOUBLE
        || type == MarshallingType.FLOAT || type == MarshallingType.BIG_DECIMAL) {
      expected = "a number";
      fits = value.isNumber();
    } else if (type == MarshallingType.BOOLEAN) {
      expected = "a boolean";
      fits = value.isBoolean();
    } else if (type == MarshallingType.INSTANT) {
      expected = "a timestamp";
      fits = value.isNumber() || value.isTextual();
    } else if (type == MarshallingType.SDK_POJO || type == MarshallingType.MAP) {
      expected = "an object";
      fits = value.isObject();
    } else if (type == MarshallingType.LIST) {
      expected = "an array";
      fits = value.isArray();
    } else {
      return;
    }
    if (!fits) {
      throw new ShapeMismatchException("Expected " + expected + " at '" + path + "' but got " + describe(value));
    }
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    switch (value.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static byte[] decodeBase64(String text, String path) {
    try {
      return java.util.Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new ShapeMismatchException("Expected base64 at '" + path + "': " + e.getMessage());
    }
  }

  private static Instant toInstant(JsonNode value, String path) {
    if (value.isNumber()) {
      BigDecimal seconds = value.decimalValue();
      long whole = seconds.longValue();
      int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
      return Instant.ofEpochSecond(whole, nanos);
    }
    try {
      return Instant.parse(value.asText());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ShapeMismatchException("Expected a timestamp at '" + path + "' but got '" + value.asText() + "'");
    }
  }
}
