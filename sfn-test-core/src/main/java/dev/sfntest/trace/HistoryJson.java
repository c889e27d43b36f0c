package dev.sfntest.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.sdk.SdkJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Reads a history saved as JSON, as {@code aws stepfunctions get-execution-history} prints it or
 * the {@code GetExecutionHistory} API returns it, into the SDK's events, ready for {@link
 * Trace#of(List)} or {@link HistoryTable}.
 *
 * <pre>{@code
 * // aws stepfunctions get-execution-history --execution-arn ... > history.json
 * Trace trace = Trace.of(HistoryJson.read(Files.readString(Path.of("history.json"))));
 * }</pre>
 */
public final class HistoryJson {

  private HistoryJson() {}

  /**
   * The events of a document {@code {"events": [...]}} (a bare array is read too), in the order
   * given. Timestamps may be ISO-8601 text (with or without an offset) or epoch seconds.
   *
   * @throws IllegalArgumentException when the text is no JSON, not such a document, or an event
   *     lacks its type or id
   */
  public static List<HistoryEvent> read(String json) {
    JsonNode document;
    try {
      document = Json.parse(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the history is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode events = document.isArray() ? document : document.get("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("not a GetExecutionHistory result: expected {\"events\": [...]}");
    }
    List<HistoryEvent> read = new ArrayList<>(events.size());
    for (JsonNode event : events) {
      if (!event.isObject() || !event.path("type").isTextual() || !event.path("id").isNumber()) {
        throw new IllegalArgumentException("event without type or id: " + event);
      }
      ObjectNode copy = ((ObjectNode) event).deepCopy();
      JsonNode timestamp = copy.get("timestamp");
      if (timestamp != null && timestamp.isTextual()) {
        copy.put("timestamp", epochSeconds(timestamp.asText()));
      }
      read.add(SdkJson.toSdk(HistoryEvent.class, copy));
    }
    return read;
  }

  private static BigDecimal epochSeconds(String text) {
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        instant = Instant.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a timestamp: " + text, e);
      }
    }
    return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
  }
}
