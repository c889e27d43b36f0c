package dev.sfntest.core.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.sdk.SdkJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Reads a history exported from AWS into the SDK's events, in id order: the output of {@code aws
 * stepfunctions get-execution-history --output json} (one page, or several pages written one after
 * the other), {@code GetExecutionHistory}'s JSON as an SDK prints it ({@code {"events": [...]}},
 * extra members such as {@code nextToken} or {@code $metadata} ignored), or a bare array of events.
 * Timestamps may be ISO-8601 text (with {@code T} or a space, with or without an offset) or epoch
 * seconds; an event may lack one. JSON-text members ({@code input}, {@code output}, {@code
 * parameters}, {@code cause}) given as JSON values are taken as their text. Pages may overlap or
 * come newest first ({@code --reverse-order}): each id is read once.
 */
final class RecordedHistory {

  private static final Set<String> JSON_TEXT_MEMBERS = Set.of("input", "output", "parameters", "cause");

  private RecordedHistory() {}

  /**
   * @throws IllegalArgumentException when the text holds no history, naming what is wrong
   */
  static List<HistoryEvent> read(String text) {
    Map<Long, HistoryEvent> byId = new TreeMap<>();
    int documents = 0;
    try (MappingIterator<JsonNode> values = Json.MAPPER.readerFor(JsonNode.class)
        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .readValues(Json.MAPPER.getFactory().createParser(text).enable(JsonParser.Feature.ALLOW_TRAILING_COMMA))) {
      while (values.hasNextValue()) {
        JsonNode document = values.nextValue();
        documents++;
        JsonNode events = document.isArray() ? document : document.get("events");
        if (events == null || !events.isArray()) {
          throw new IllegalArgumentException("The history's document " + documents
              + " is not a GetExecutionHistory result: expected {\"events\": [...]} (or an array of events)");
        }
        for (JsonNode event : events) {
          HistoryEvent read = event(event);
          byId.putIfAbsent(read.id(), read);
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The history is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("The history cannot be read: " + e.getMessage(), e);
    }
    if (byId.isEmpty()) {
      throw new IllegalArgumentException("The history has no events");
    }
    List<HistoryEvent> events = new ArrayList<>(byId.values());
    events.sort(Comparator.comparingLong(HistoryEvent::id));
    return events;
  }

  private static HistoryEvent event(JsonNode event) {
    if (!event.isObject() || !event.path("type").isTextual() || !event.path("id").canConvertToLong()) {
      throw new IllegalArgumentException("An event without a type or a numeric id: " + event);
    }
    ObjectNode copy = ((ObjectNode) event).deepCopy();
    JsonNode timestamp = copy.get("timestamp");
    if (timestamp != null && timestamp.isTextual()) {
      copy.put("timestamp", epochSeconds(timestamp.asText()));
    }
    copy.properties().forEach(member -> {
      if (member.getKey().endsWith("EventDetails") && member.getValue() instanceof ObjectNode details) {
        textOfJsonValues(details);
      }
    });
    return SdkJson.toSdk(HistoryEvent.class, copy);
  }

  /** JSON values where AWS writes JSON text (a history edited or pretty-printed by a tool) become that text. */
  private static void textOfJsonValues(ObjectNode details) {
    List<String> names = new ArrayList<>();
    details.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode value = details.get(name);
      if (JSON_TEXT_MEMBERS.contains(name) && value.isContainerNode()) {
        details.put(name, Json.write(value));
      } else if (name.equals("assignedVariables") && value instanceof ObjectNode variables) {
        List<String> variableNames = new ArrayList<>();
        variables.fieldNames().forEachRemaining(variableNames::add);
        for (String variable : variableNames) {
          JsonNode assigned = variables.get(variable);
          if (!assigned.isTextual()) {
            variables.put(variable, Json.write(assigned));
          }
        }
      }
    }
  }

  private static BigDecimal epochSeconds(String text) {
    Instant instant;
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
    try {
      instant = OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        instant = Instant.parse(iso);
      } catch (DateTimeParseException e) {
        try {
          instant = java.time.LocalDateTime.parse(iso).toInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeParseException again) {
          throw new IllegalArgumentException("Not a timestamp: " + text, again);
        }
      }
    }
    return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
  }
}
