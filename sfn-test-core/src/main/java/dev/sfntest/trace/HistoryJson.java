package dev.sfntest.trace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.sdk.SdkJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  /** The members AWS writes as JSON text, which a tool may have written as the JSON itself. */
  private static final Set<String> JSON_TEXT_MEMBERS = Set.of("input", "output", "parameters", "cause");

  private HistoryJson() {}

  /**
   * The events of a document {@code {"events": [...]}} (a bare array is read too; other members,
   * such as {@code nextToken} or an SDK's {@code $metadata}, are ignored), or of several such
   * documents written one after the other: the pages of {@code get-execution-history
   * --starting-token}, in either order ({@code --reverse-order}). The events come back in id order,
   * each id once. Timestamps may be ISO-8601 text (with {@code T} or a space between date and
   * time, with or without an offset: without one it is UTC) or epoch seconds, and may be absent.
   * A JSON-text member ({@code input}, {@code output}, {@code parameters}, {@code cause}, an
   * assigned variable) given as a JSON value is read as that value's text.
   *
   * @throws IllegalArgumentException when the text is no JSON, not such a document, or an event
   *     lacks its type or id
   */
  public static List<HistoryEvent> read(String json) {
    Map<Long, HistoryEvent> byId = new TreeMap<>();
    try (JsonParser parser = Json.mapper().getFactory().createParser(json);
        MappingIterator<JsonNode> documents = Json.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValues(parser)) {
      boolean any = false;
      while (documents.hasNextValue()) {
        any = true;
        JsonNode document = documents.nextValue();
        JsonNode events = document.isArray() ? document : document.get("events");
        if (events == null || !events.isArray()) {
          throw new IllegalArgumentException("not a GetExecutionHistory result: expected {\"events\": [...]}");
        }
        for (JsonNode event : events) {
          HistoryEvent read = event(event);
          byId.putIfAbsent(read.id(), read);
        }
      }
      if (!any) {
        throw new IllegalArgumentException("the history is not JSON: it is empty");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the history is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("the history cannot be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // MappingIterator wraps a parse error met while reading on
      if (e.getCause() instanceof JsonProcessingException parse) {
        throw new IllegalArgumentException("the history is not JSON: " + parse.getOriginalMessage(), parse);
      }
      throw e;
    }
    return new ArrayList<>(byId.values());
  }

  private static HistoryEvent event(JsonNode event) {
    if (!event.isObject() || !event.path("type").isTextual() || !event.path("id").isNumber()) {
      throw new IllegalArgumentException("event without type or id: " + event);
    }
    ObjectNode copy = ((ObjectNode) event).deepCopy();
    JsonNode timestamp = copy.get("timestamp");
    if (timestamp != null && timestamp.isTextual()) {
      copy.put("timestamp", epochSeconds(timestamp.asText()));
    }
    copy.properties().forEach(member -> {
      if (member.getKey().endsWith("EventDetails") && member.getValue() instanceof ObjectNode details) {
        asText(details);
      }
    });
    return SdkJson.toSdk(HistoryEvent.class, copy);
  }

  /** JSON values where AWS writes JSON text (a history a tool pretty-printed) become that text. */
  private static void asText(ObjectNode details) {
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
          if (!variables.get(variable).isTextual()) {
            variables.put(variable, Json.write(variables.get(variable)));
          }
        }
      }
    }
  }

  private static BigDecimal epochSeconds(String text) {
    // boto3 and other SDKs print a datetime with a space where ISO-8601 has a T
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
    Instant instant;
    try {
      instant = OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withOffset) {
      try {
        instant = Instant.parse(iso);
      } catch (DateTimeParseException instantText) {
        try {
          instant = LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("not a timestamp: " + text, e);
        }
      }
    }
    return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9));
  }
}
