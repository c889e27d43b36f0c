package dev.sfntest.internal.sdk;

import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.JsonText;
import dev.sfntest.internal.history.RecordedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Builds the SDK's {@link HistoryEvent} straight from a recorded event's details, member by
 * member, without writing them as JSON first: every assertion reads every event of a test's
 * execution this way once. Details hold strings, JSON text, numbers, booleans and nested details;
 * a value of another kind, or one that does not fit its SDK member, makes {@link #build} answer
 * {@code null}, and the caller converts through JSON as before.
 */
final class HistoryEventBuilders {

  /** Members left out of a read without execution data (as {@code includeExecutionData=false}). */
  private static final List<String> DATA = List.of("input", "output", "parameters");

  /** Each builder type's fields by wire name, indexed once. */
  private static final java.util.concurrent.ConcurrentMap<Class<?>, Map<String, SdkField<?>>> INDEX =
      new java.util.concurrent.ConcurrentHashMap<>();

  private HistoryEventBuilders() {}

  /** The event as the SDK's type, or {@code null} when a detail needs the JSON route. */
  static HistoryEvent build(RecordedEvent event, boolean includeData) {
    HistoryEvent.Builder builder = HistoryEvent.builder()
        .timestamp(event.timestamp())
        .id(event.id())
        .previousEventId(event.previousEventId())
        .type(event.type().name());
    SdkField<?> detailsField = fieldsOf((SdkPojo) builder).get(event.type().detailsKey());
    if (detailsField != null) {
      // AWS sends an empty details object for types that have one (a Fail state without Error).
      Object details = details(detailsField, event.details(), includeData);
      if (details == null) {
        return null;
      }
      detailsField.set(builder, details);
    }
    return builder.build();
  }

  /** The built details model of {@code field}, or {@code null} when one value does not fit. */
  private static Object details(SdkField<?> field, EventDetails details, boolean includeData) {
    if (field.marshallingType() != MarshallingType.SDK_POJO) {
      return null;
    }
    SdkPojo builder = field.constructor().get();
    Map<String, SdkField<?>> fields = fieldsOf(builder);
    boolean[] fits = {true};
    details.forEach((name, value) -> {
      if (!fits[0] || !includeData && DATA.contains(name)) {
        return;
      }
      SdkField<?> member = fields.get(name);
      if (member == null) {
        return; // a member the model lacks is left out, as the JSON route leaves it out
      }
      Object converted = value(member, value);
      if (converted == null) {
        fits[0] = false;
        return;
      }
      member.set(builder, converted);
    });
    return fits[0] ? ((SdkBuilder<?, ?>) builder).build() : null;
  }

  private static Object value(SdkField<?> field, Object value) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.STRING) {
      return value instanceof String || value instanceof JsonText ? value.toString() : null;
    }
    if (type == MarshallingType.LONG) {
      return value instanceof Long || value instanceof Integer ? ((Number) value).longValue() : null;
    }
    if (type == MarshallingType.INTEGER) {
      if (value instanceof Integer) {
        return value;
      }
      return value instanceof Long l && l == l.intValue() ? l.intValue() : null;
    }
    if (type == MarshallingType.BOOLEAN) {
      return value instanceof Boolean ? value : null;
    }
    if (type == MarshallingType.SDK_POJO && value instanceof EventDetails nested) {
      return details(field, nested, true);
    }
    return null;
  }

  private static Map<String, SdkField<?>> fieldsOf(SdkPojo builder) {
    return INDEX.computeIfAbsent(builder.getClass(), type -> {
      Map<String, SdkField<?>> byName = new HashMap<>();
      for (SdkField<?> field : builder.sdkFields()) {
        byName.putIfAbsent(field.locationName(), field);
      }
      return byName;
    });
  }
}
