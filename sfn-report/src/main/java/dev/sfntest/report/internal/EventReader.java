package dev.sfntest.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Turns SDK history events, or the AWS CLI's JSON of them, into {@link Event}s. */
public final class EventReader {

  private EventReader() {}

  /** From the SDK's events, as {@code GetExecutionHistory} returns them. */
  public static List<Event> fromSdk(List<HistoryEvent> events) {
    List<Event> out = new ArrayList<>(events.size());
    for (HistoryEvent e : events) {
      String name = e.stateEnteredEventDetails() != null ? e.stateEnteredEventDetails().name()
          : e.stateExitedEventDetails() != null ? e.stateExitedEventDetails().name() : null;
      out.add(new Event(e.id(), e.previousEventId() == null ? 0 : e.previousEventId(), e.typeAsString(),
          e.timestamp(), name, sdkError(e)));
    }
    return out;
  }

  /**
   * From the JSON {@code aws stepfunctions get-execution-history} prints: {@code {"events": [...]}}
   * (a bare array is taken too). Timestamps may be ISO-8601 text or epoch seconds.
   *
   * @throws IllegalArgumentException when it is not such a document
   */
  public static List<Event> fromJson(JsonNode document) {
    JsonNode events = document.isArray() ? document : document.get("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("not a GetExecutionHistory result: expected {\"events\": [...]}");
    }
    List<Event> out = new ArrayList<>(events.size());
    for (JsonNode e : events) {
      String type = text(e, "type");
      if (type == null || !e.has("id")) {
        throw new IllegalArgumentException("event without type or id: " + e);
      }
      out.add(new Event(e.get("id").asLong(), e.path("previousEventId").asLong(0), type,
          timestamp(e.get("timestamp")), detailText(e, "name"), detailText(e, "error")));
    }
    return out;
  }

  /** The error of whichever details the event carries, read through the SDK's field metadata. */
  private static String sdkError(HistoryEvent event) {
    for (SdkField<?> field : event.sdkFields()) {
      Object value = field.getValueOrDefault(event);
      if (value instanceof SdkPojo details && field.locationName().endsWith("EventDetails")) {
        for (SdkField<?> inner : details.sdkFields()) {
          if (inner.locationName().equals("error")) {
            Object error = inner.getValueOrDefault(details);
            return error == null ? null : error.toString();
          }
        }
      }
    }
    return null;
  }

  /** A field of the event's one {@code ...EventDetails} object. */
  private static String detailText(JsonNode event, String field) {
    for (Map.Entry<String, JsonNode> entry : event.properties()) {
      if (entry.getKey().endsWith("EventDetails") && entry.getValue().isObject()) {
        return text(entry.getValue(), field);
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static Instant timestamp(JsonNode value) {
    if (value == null || value.isNull()) {
      return Instant.EPOCH;
    }
    if (value.isNumber()) {
      return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
    }
    return OffsetDateTime.parse(value.asText()).toInstant();
  }
}
