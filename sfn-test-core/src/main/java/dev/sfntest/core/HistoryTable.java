package dev.sfntest.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Renders an execution history as a compact table, one event a line: id, type, the state it
 * belongs to, and the detail that explains it (an error, a Choice's next state is implied by the
 * following line).
 *
 * <pre>{@code
 *   #21  TaskStarted      ChargeCard
 *   #22  TaskFailed       ChargeCard   Payment.Declined: card expired
 *   #23  ExecutionFailed               Payment.Declined: card expired
 * }</pre>
 */
public final class HistoryTable {

  private HistoryTable() {}

  /** The whole history as a table. */
  public static String render(List<HistoryEvent> events) {
    return render(events, events.size());
  }

  /** The last {@code last} events as a table, headed "Last events (n of N):" when cut. */
  public static String render(List<HistoryEvent> events, int last) {
    Map<Long, String> stateOf = statesOf(events);
    int from = Math.max(0, events.size() - last);
    int typeWidth = 0;
    int stateWidth = 0;
    for (int i = from; i < events.size(); i++) {
      typeWidth = Math.max(typeWidth, events.get(i).typeAsString().length());
      stateWidth = Math.max(stateWidth, stateOf.getOrDefault(events.get(i).id(), "").length());
    }
    StringBuilder table = new StringBuilder();
    if (from > 0) {
      table.append("Last events (").append(events.size() - from).append(" of ").append(events.size()).append("):\n");
    }
    for (int i = from; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      String state = stateOf.getOrDefault(event.id(), "");
      String detail = detail(event);
      String line = String.format("  #%-4d %-" + typeWidth + "s  %-" + stateWidth + "s  %s",
          event.id(), event.typeAsString(), state, detail);
      table.append(line.stripTrailing()).append('\n');
    }
    return table.toString();
  }

  /**
   * The state each event belongs to: entered and exited events name it; every other event
   * belongs to the state of the event it follows ({@code previousEventId}).
   */
  public static Map<Long, String> statesOf(List<HistoryEvent> events) {
    Map<Long, String> states = new HashMap<>();
    for (HistoryEvent event : events) {
      String name = null;
      if (event.stateEnteredEventDetails() != null) {
        name = event.stateEnteredEventDetails().name();
      } else if (event.stateExitedEventDetails() != null) {
        name = event.stateExitedEventDetails().name();
      } else if (!isExecutionEvent(event.type())) {
        name = states.get(event.previousEventId());
      }
      if (name != null) {
        states.put(event.id(), name);
      }
    }
    return states;
  }

  private static boolean isExecutionEvent(HistoryEventType type) {
    return type != null && type.toString().startsWith("Execution");
  }

  /** The short detail of an event: its error and cause when it has them. */
  static String detail(HistoryEvent event) {
    String error = null;
    String cause = null;
    if (event.executionFailedEventDetails() != null) {
      error = event.executionFailedEventDetails().error();
      cause = event.executionFailedEventDetails().cause();
    } else if (event.taskFailedEventDetails() != null) {
      error = event.taskFailedEventDetails().error();
      cause = event.taskFailedEventDetails().cause();
    } else if (event.lambdaFunctionFailedEventDetails() != null) {
      error = event.lambdaFunctionFailedEventDetails().error();
      cause = event.lambdaFunctionFailedEventDetails().cause();
    } else if (event.activityFailedEventDetails() != null) {
      error = event.activityFailedEventDetails().error();
      cause = event.activityFailedEventDetails().cause();
    } else if (event.taskTimedOutEventDetails() != null) {
      error = event.taskTimedOutEventDetails().error();
      cause = event.taskTimedOutEventDetails().cause();
    } else if (event.executionTimedOutEventDetails() != null) {
      error = event.executionTimedOutEventDetails().error();
      cause = event.executionTimedOutEventDetails().cause();
    } else if (event.evaluationFailedEventDetails() != null) {
      error = event.evaluationFailedEventDetails().error();
      cause = event.evaluationFailedEventDetails().cause();
    }
    if (error == null && cause == null) {
      return "";
    }
    String text = (error == null ? "" : error) + (cause == null ? "" : ": " + cause);
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
