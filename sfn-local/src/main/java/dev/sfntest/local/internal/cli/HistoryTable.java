package dev.sfntest.local.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.SdkWire;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * An execution's history as a table a person reads: id, time since the start, type, the state the
 * event belongs to, and a short detail (an error and cause, else the output, else the input).
 * Works for every event type alike, from the events' details as the API returns them.
 *
 * <pre>
 *  ID  TIME  TYPE              STATE  DETAIL
 *   1  +0s   ExecutionStarted         input: {}
 *   2  +0s   PassStateEntered  P      input: {}
 * </pre>
 */
public final class HistoryTable {

  /** Details longer than this are cut, so that one event stays on one line. */
  private static final int MAX_DETAIL = 80;

  private HistoryTable() {}

  /** The table for {@code events} (in id order), one line per event after a header line. */
  public static String render(List<HistoryEvent> events) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ID", "TIME", "TYPE", "STATE", "DETAIL"});
    Map<Long, String> stateOfEvent = new HashMap<>();
    Instant start = events.isEmpty() ? null : events.get(0).timestamp();
    for (HistoryEvent event : events) {
      ObjectNode details = details(event);
      String state = stateName(event, details, stateOfEvent);
      if (state != null) {
        stateOfEvent.put(event.id(), state);
      }
      rows.add(new String[] {
          String.valueOf(event.id()),
          elapsed(start, event.timestamp()),
          event.typeAsString(),
          state == null || event.typeAsString().startsWith("Execution") ? "" : state,
          detail(details)});
    }
    return format(rows);
  }

  /** The event's one details object, whichever type it is. */
  private static ObjectNode details(HistoryEvent event) {
    for (Map.Entry<String, JsonNode> field : SdkWire.toJson(event).properties()) {
      if (field.getKey().endsWith("EventDetails") && field.getValue().isObject()) {
        return (ObjectNode) field.getValue();
      }
    }
    return null;
  }

  /** A state's own events name it; the events it causes (a task's, a map's) follow their cause. */
  private static String stateName(HistoryEvent event, ObjectNode details, Map<Long, String> stateOfEvent) {
    if (details != null && details.hasNonNull("name") && event.typeAsString().contains("State")) {
      return details.get("name").asText();
    }
    return stateOfEvent.get(event.previousEventId());
  }

  private static String detail(ObjectNode details) {
    if (details == null) {
      return "";
    }
    String text;
    if (details.hasNonNull("error") || details.hasNonNull("cause")) {
      text = "error: " + text(details, "error") + (details.hasNonNull("cause") ? ", cause: " + text(details, "cause") : "");
    } else if (details.hasNonNull("output")) {
      text = "output: " + text(details, "output");
    } else if (details.hasNonNull("input")) {
      text = "input: " + text(details, "input");
    } else {
      return "";
    }
    text = text.replaceAll("\\s+", " ");
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 3) + "...";
  }

  private static String text(ObjectNode details, String field) {
    JsonNode value = details.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  /** Time since the execution started, compact: {@code +0s}, {@code +1h2m3s}, {@code +0.250s}. */
  static String elapsed(Instant start, Instant at) {
    if (start == null || at == null) {
      return "";
    }
    Duration d = Duration.between(start, at);
    StringBuilder text = new StringBuilder("+");
    if (d.toDaysPart() > 0) {
      text.append(d.toDaysPart()).append('d');
    }
    if (d.toHoursPart() > 0) {
      text.append(d.toHoursPart()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      text.append(d.toMinutesPart()).append('m');
    }
    int seconds = d.toSecondsPart();
    int millis = d.toMillisPart();
    if (millis > 0) {
      text.append(seconds).append('.').append(String.format(java.util.Locale.ROOT, "%03d", millis)).append('s');
    } else if (seconds > 0 || text.length() == 1) {
      text.append(seconds).append('s');
    }
    return text.toString();
  }

  private static String format(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder table = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        // ids line up on the right, everything else on the left
        String cell = i == 0 ? " ".repeat(widths[i] - row[i].length()) + row[i] : row[i];
        line.append(cell);
        if (i < row.length - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      table.append(line.toString().stripTrailing()).append('\n');
    }
    return table.toString();
  }
}
