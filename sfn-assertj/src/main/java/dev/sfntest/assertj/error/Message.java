package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.trace.HistoryTable;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Builds the text of a failure message: the context line, then what was expected, what happened
 * and what explains it. AssertJ formats messages with {@code String.format}, so every piece of
 * text is escaped here and nowhere else.
 */
final class Message {

  /** How many of an execution's last events a message shows. */
  static final int LAST_EVENTS = 5;

  private final StringBuilder text = new StringBuilder();

  private Message(String context) {
    text.append('[').append(escape(context)).append(']');
  }

  static Message about(String context) {
    return new Message(context);
  }

  /** A new line. */
  Message line(String line) {
    text.append("%n").append(escape(line));
    return this;
  }

  /** Text on the current line. */
  Message append(String part) {
    text.append(escape(part));
    return this;
  }

  /** An indented line. */
  Message indented(String line) {
    text.append("%n  ").append(escape(line));
    return this;
  }

  /** An indented JSON value, or {@code (none)}. */
  Message json(JsonNode value) {
    return indented(value == null ? "(none)" : JsonValues.write(value));
  }

  /**
   * How the execution stands: {@code but it SUCCEEDED}, {@code but it FAILED with:} and its error
   * and cause, or why it is still running.
   */
  Message outcome(DescribeExecutionResponse execution, String waitingOn) {
    if (execution.status() == ExecutionStatus.RUNNING) {
      return append("but ").append(waitingOn == null ? "it is still RUNNING"
          : Character.toLowerCase(waitingOn.charAt(0)) + waitingOn.substring(1));
    }
    append("but it ").append(execution.statusAsString());
    if (execution.error() != null || execution.cause() != null) {
      append(" with:");
      if (execution.error() != null) {
        indented("error: \"" + execution.error() + "\"");
      }
      if (execution.cause() != null) {
        indented("cause: \"" + execution.cause() + "\"");
      }
    }
    return this;
  }

  /** The last events of a history as a table. */
  Message lastEvents(List<HistoryEvent> history) {
    if (history.size() <= LAST_EVENTS) {
      line("Events:");
    }
    return table(HistoryTable.of(history).last(LAST_EVENTS).render());
  }

  /** Events (a state's, an iteration's) as a table under a heading. */
  Message events(String heading, List<HistoryEvent> events) {
    if (heading != null) {
      line(heading);
    }
    return table(HistoryTable.of(events).render());
  }

  /**
   * Names that are no state of the state machine, one line each with the nearest state names:
   * {@code 'ExpresShipping' is no state of the state machine (nearest: ExpressShipping)}.
   */
  Message unknownStates(java.util.Map<String, List<String>> unknown) {
    unknown.forEach((name, nearest) -> line("'" + name + "' is no state of the state machine"
        + (nearest.isEmpty() ? " (none has a name like it)" : " (nearest: " + String.join(", ", nearest) + ")")));
    return this;
  }

  /** The path, under the heading {@code Its path was:}. */
  Message path(List<String> path) {
    line("Its path was:");
    return indented(path.isEmpty() ? "(no state entered)" : String.join(" -> ", path));
  }

  private Message table(String table) {
    String trimmed = table.endsWith("\n") ? table.substring(0, table.length() - 1) : table;
    if (!trimmed.isEmpty()) {
      line(trimmed);
    }
    return this;
  }

  String build() {
    return text.toString();
  }

  /** Literal percent signs doubled and line breaks made {@code %n}, for String.format. */
  static String escape(String text) {
    return text.replace("%", "%%").replace("\r\n", "%n").replace("\n", "%n");
  }
}
