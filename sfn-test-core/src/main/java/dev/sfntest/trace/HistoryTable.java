package dev.sfntest.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * An execution's history as a table a person reads, one event a line: its id, the time since the
 * execution started, its type, the state it belongs to (as the {@link Trace} places it: the
 * abort of a branch's Task is that Task's, a {@code ParallelStateFailed} is the Parallel's) and a
 * short detail (the error and cause, else the output, else the input). Assertion messages, the
 * JUnit extension's failure output and {@code sfn-local run} all print this table.
 *
 * <pre>{@code
 * System.out.print(HistoryTable.of(execution.history()).last(5).render());
 * // Last events (5 of 14):
 * //   #10  +2s  LambdaFunctionFailed  ReserveFlight  Flight.SoldOut: no seats
 * //   #11  +2s  TaskStateAborted      ReserveFlight
 * //   #12  +2s  TaskStateAborted      ReserveHotel
 * //   #13  +2s  ParallelStateFailed   BookTrip
 * //   #14  +2s  ExecutionFailed                      Flight.SoldOut: no seats
 * }</pre>
 */
public final class HistoryTable {

  /** Details longer than this are cut, so that one event stays on one line. */
  private static final int MAX_DETAIL = 100;

  private final Trace trace;
  private final int last;

  private HistoryTable(Trace trace, int last) {
    this.trace = trace;
    this.last = last;
  }

  /** The table of a whole history (all events, in id order). */
  public static HistoryTable of(List<HistoryEvent> events) {
    return new HistoryTable(Trace.of(events), Integer.MAX_VALUE);
  }

  /** The table of a history already read. */
  public static HistoryTable of(Trace trace) {
    return new HistoryTable(Objects.requireNonNull(trace, "trace"), Integer.MAX_VALUE);
  }

  /**
   * The same table cut to its last {@code count} events, headed {@code Last events (5 of 23):}
   * when that leaves some out.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public HistoryTable last(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return new HistoryTable(trace, count);
  }

  /** The table's text: one line per event, each ending in a line break; empty for no events. */
  public String render() {
    List<HistoryEvent> events = trace.events();
    int from = Math.max(0, events.size() - last);
    Instant start = events.isEmpty() ? null : events.get(0).timestamp();
    List<String[]> rows = new ArrayList<>();
    for (int i = from; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      Visit visit = trace.visitOf(event);
      rows.add(new String[] {"#" + event.id(), elapsed(start, event.timestamp()), event.typeAsString(),
          visit != null ? visit.name() : unplacedState(event), detail(event)});
    }
    int[] widths = new int[5];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder table = new StringBuilder();
    if (from > 0) {
      table.append("Last events (").append(events.size() - from).append(" of ").append(events.size()).append("):\n");
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < row.length; c++) {
        if (widths[c] == 0) {
          continue; // no times in a history without timestamps
        }
        line.append(' ').append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 1));
      }
      table.append(line.toString().stripTrailing()).append('\n');
    }
    return table.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * The short detail of an event, read from whichever details it carries (so event types newer
   * than this class read too): {@code error: cause}, else its output, else its input or
   * parameters, else a Map iteration's index or a map run's ARN.
   */
  static String detail(HistoryEvent event) {
    SdkPojo details = details(event);
    if (details == null) {
      return "";
    }
    String error = field(details, "error");
    String cause = field(details, "cause");
    String text;
    if (error != null || cause != null) {
      text = (error == null ? "" : error) + (cause == null ? "" : ": " + cause);
    } else if (field(details, "output") != null) {
      text = "output: " + field(details, "output");
    } else if (field(details, "input") != null) {
      text = "input: " + field(details, "input");
    } else if (field(details, "parameters") != null) {
      text = "parameters: " + field(details, "parameters");
    } else if (field(details, "index") != null) {
      text = "iteration " + field(details, "index");
    } else if (field(details, "mapRunArn") != null) {
      text = field(details, "mapRunArn");
    } else {
      return "";
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 3) + "...";
  }

  /**
   * The state an event the trace could not place names itself, if it does: a table of some events
   * only (a state's, an iteration's) may lack the event a Map iteration's events link to.
   */
  private String unplacedState(HistoryEvent event) {
    if (EventKind.of(event).isExecutionEvent()) {
      return "";
    }
    SdkPojo details = details(event);
    String name = details == null ? null : field(details, "name");
    if (name == null && details != null) {
      name = field(details, "state");
    }
    return name == null ? "" : name;
  }

  /** The event's one {@code ...EventDetails} object, or {@code null}. */
  private static SdkPojo details(HistoryEvent event) {
    for (SdkField<?> field : event.sdkFields()) {
      Object value = field.getValueOrDefault(event);
      if (value instanceof SdkPojo pojo && field.locationName().endsWith("EventDetails")) {
        return pojo;
      }
    }
    return null;
  }

  private static String field(SdkPojo details, String name) {
    for (SdkField<?> field : details.sdkFields()) {
      if (field.locationName().equals(name)) {
        Object value = field.getValueOrDefault(details);
        return value == null ? null : value.toString();
      }
    }
    return null;
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
      text.append(seconds).append('.').append(String.format(Locale.ROOT, "%03d", millis)).append('s');
    } else if (seconds > 0 || text.length() == 1) {
      text.append(seconds).append('s');
    }
    return text.toString();
  }
}
