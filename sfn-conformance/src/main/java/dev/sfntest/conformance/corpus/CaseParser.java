package dev.sfntest.conformance.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one case file's JSON into a {@link ConformanceCase}; absent optional fields become empty. */
public final class CaseParser {

  private CaseParser() {}

  /**
   * @throws IllegalArgumentException when a required field ({@code id}, {@code definition},
   *     {@code expected}) is missing
   */
  public static ConformanceCase parse(JsonNode json, String fileName) {
    return new ConformanceCase(
        required(json, "id").asText(),
        fileName,
        required(json, "definition"),
        text(json, "input_string", null),
        text(json, "state_machine_type", "STANDARD"),
        text(json, "start_api", ConformanceCase.START_EXECUTION),
        expected(required(json, "expected")),
        strings(json.get("needs")),
        json.hasNonNull("task_results_recorded") ? json.get("task_results_recorded").asBoolean() : null,
        strings(json.get("features")),
        placeholders(json.get("placeholders")),
        strings(json.get("history_placeholders")),
        strings(json.get("normalisation")),
        transformers(json.get("snapshot_transformers")),
        taskResultEvents(json.get("task_result_events")),
        strings(json.path("provenance").get("snapshot_rules")),
        strings(json.path("test_context").get("sfn_actions_on_execution")));
  }

  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("case file has no '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode json, String field, String otherwise) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? otherwise : value.asText();
  }

  private static Expected expected(JsonNode json) {
    JsonNode history = json.get("history");
    return new Expected(
        text(json, "status", null),
        nullToAbsent(json.get("output")),
        text(json, "error", null),
        nullToAbsent(json.get("cause")),
        history instanceof ArrayNode array ? array : null,
        json.path("outputOnly").asBoolean(false),
        nullToAbsent(json.get("syncResponse")),
        nullToAbsent(json.get("expressLogEndEvent")),
        json.path("historyIncomplete").asBoolean(false));
  }

  private static JsonNode nullToAbsent(JsonNode value) {
    return value == null || value.isNull() ? null : value;
  }

  private static List<String> strings(JsonNode array) {
    if (array == null || !array.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return Collections.unmodifiableList(out);
  }

  private static Map<String, String> placeholders(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    if (object != null && object.isObject()) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode value = field.getValue();
        out.put(field.getKey(), value.isTextual() ? value.asText() : value.toString());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<SnapshotTransformer> transformers(JsonNode array) {
    List<SnapshotTransformer> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode t : array) {
        out.add(new SnapshotTransformer(
            text(t, "kind", ""),
            text(t, "replacement", null),
            text(t, "stands_for", null),
            text(t, "regex", null),
            text(t, "path", null),
            t.path("by_reference").asBoolean(false),
            t.path("priority").asInt(0),
            text(t, "description", null)));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<TaskResultEvent> taskResultEvents(JsonNode array) {
    List<TaskResultEvent> out = new ArrayList<>();
    if (array != null) {
      for (JsonNode e : array) {
        out.add(new TaskResultEvent(
            e.path("eventId").asLong(),
            text(e, "type", null),
            text(e, "detailsKey", null),
            text(e, "resource", null),
            e.hasNonNull("scheduledEventId") ? e.get("scheduledEventId").asLong() : null,
            text(e, "state", null)));
      }
    }
    return Collections.unmodifiableList(out);
  }
}
