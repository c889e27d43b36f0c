package dev.sfntest.assertj.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One visit of one state, as the history shows it: from its {@code *StateEntered} event to its
 * {@code *StateExited} (or abort), with every event in between that belongs to it. A Map or
 * Parallel visit also holds its iteration and branch events, and the scopes they run.
 */
public final class Visit {

  private final String name;
  private final String type;
  private final Scope scope;
  private final HistoryEvent entered;
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<Scope> children = new ArrayList<>();
  private HistoryEvent exited;
  private HistoryEvent aborted;
  private boolean closed;

  Visit(String name, String type, Scope scope, HistoryEvent entered) {
    this.name = name;
    this.type = type;
    this.scope = scope;
    this.entered = entered;
    events.add(entered);
  }

  /** The state's name. */
  public String name() {
    return name;
  }

  /** The state type as the event types spell it: {@code Task}, {@code Map}, {@code Pass}, ... */
  public String type() {
    return type;
  }

  /** The execution, Map iteration or Parallel branch the visit ran in. */
  public Scope scope() {
    return scope;
  }

  public HistoryEvent entered() {
    return entered;
  }

  /** The {@code *StateExited} event, or {@code null} (still running, failed or aborted). */
  public HistoryEvent exited() {
    return exited;
  }

  /** The {@code *StateAborted} event, or {@code null}. */
  public HistoryEvent aborted() {
    return aborted;
  }

  /** The visit's own events in id order (not those of the states its iterations or branches ran). */
  public List<HistoryEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The Map iterations or Parallel branches this visit ran, in the order they started. */
  public List<Scope> children() {
    return Collections.unmodifiableList(children);
  }

  /** Whether the state is still in progress: neither exited nor aborted, nor a Fail state. */
  public boolean isOpen() {
    return exited == null && aborted == null && !type.equals("Fail") && !closedByFailure();
  }

  /** A Map or Parallel state, which runs scopes of its own. */
  public boolean isContainer() {
    return type.equals("Map") || type.equals("Parallel");
  }

  public JsonNode input() {
    return Events.parse(entered.stateEnteredEventDetails().input());
  }

  /** The output, or {@code null} when the state did not exit. */
  public JsonNode output() {
    return exited == null ? null : Events.parse(exited.stateExitedEventDetails().output());
  }

  /** How many times the state's work ran: task calls, or Map/Parallel starts (at least one). */
  public int attempts() {
    int count = 0;
    for (HistoryEvent event : events) {
      String eventType = Events.type(event);
      if (Events.isScheduled(event) || eventType.equals("MapStateStarted") || eventType.equals("ParallelStateStarted")) {
        count++;
      }
    }
    return count;
  }

  /** Retries: attempts after the first. */
  public int retries() {
    return Math.max(0, attempts() - 1);
  }

  /** Every error recorded in the visit, in order (each failed attempt, each time-out). */
  public List<Events.Failure> failures() {
    List<Events.Failure> failures = new ArrayList<>();
    for (HistoryEvent event : events) {
      Events.Failure failure = Events.failure(event);
      if (failure != null) {
        failures.add(failure);
      }
    }
    if (isContainer()) {
      Events.Failure child = childFailure();
      if (child != null && (failures.isEmpty() || !failures.get(failures.size() - 1).equals(child))) {
        failures.add(child);
      }
    }
    return failures;
  }

  /**
   * The error that made the state give up for good, caught or not, or {@code null} when it did
   * not fail (or may still retry). For a Map or Parallel state whose failing state recorded no
   * error (a Fail state: AWS records its error only in the execution's or the Catch's output),
   * the error is read from the Catch output; it is {@code null} when that has none either.
   */
  public Events.Failure finalFailure() {
    if (isContainer()) {
      String outcome = containerOutcome();
      if (!outcome.endsWith("Failed")) {
        return null;
      }
      Events.Failure child = childFailure();
      if (child != null) {
        return child;
      }
      Events.Failure caught = errorInOutput();
      return caught != null ? caught : new Events.Failure(null, null);
    }
    HistoryEvent last = lastOwnNonClosing();
    return last == null ? null : Events.failure(last);
  }

  /** Whether a Catch took the state's final failure: it failed for good and still exited. */
  public boolean wasCaught() {
    return exited != null && finalFailure() != null;
  }

  // ---------------------------------------------------------------- building

  void add(HistoryEvent event) {
    events.add(event);
    String eventType = Events.type(event);
    if (event.stateExitedEventDetails() != null) {
      exited = event;
    } else if (eventType.endsWith("StateAborted")) {
      aborted = event;
    }
    if (eventType.equals("MapStateSucceeded") || eventType.equals("MapStateFailed")
        || eventType.equals("ParallelStateSucceeded") || eventType.equals("ParallelStateFailed")
        || eventType.endsWith("StateAborted")) {
      closed = true;
    }
    if (eventType.equals("MapStateStarted") || eventType.equals("ParallelStateStarted")) {
      closed = false;
    }
  }

  void addChild(Scope child) {
    children.add(child);
  }

  /** For Map and Parallel: no more iterations, branches or attempts will come. */
  boolean isClosed() {
    return closed || exited != null || aborted != null;
  }

  private boolean closedByFailure() {
    // A Task whose uncaught failure ended its scope records nothing more: it is over.
    HistoryEvent last = events.get(events.size() - 1);
    return !isContainer() && Events.failure(last) != null && scope.isEnded();
  }

  /** The last of {@code *StateStarted}, {@code *StateSucceeded}, {@code *StateFailed} in a Map or Parallel visit. */
  private String containerOutcome() {
    String outcome = "";
    for (HistoryEvent event : events) {
      String eventType = Events.type(event);
      if (eventType.matches("(Map|Parallel)State(Started|Succeeded|Failed)")) {
        outcome = eventType;
      }
    }
    return outcome;
  }

  /** The error output a Catch placed in the state's output: the first object with a text "Error". */
  private Events.Failure errorInOutput() {
    JsonNode output = output();
    java.util.ArrayDeque<JsonNode> queue = new java.util.ArrayDeque<>();
    if (output != null) {
      queue.add(output);
    }
    while (!queue.isEmpty()) {
      JsonNode node = queue.poll();
      if (node.isObject() && node.path("Error").isTextual()) {
        return new Events.Failure(node.get("Error").asText(),
            node.path("Cause").isTextual() ? node.get("Cause").asText() : null);
      }
      node.elements().forEachRemaining(queue::add);
    }
    return null;
  }

  private HistoryEvent lastOwnNonClosing() {
    for (int i = events.size() - 1; i >= 0; i--) {
      HistoryEvent event = events.get(i);
      if (event.stateExitedEventDetails() == null && !Events.type(event).endsWith("StateAborted")) {
        return event;
      }
    }
    return null;
  }

  /**
   * The error a failed iteration or branch ended with, when the history records it in the scope:
   * the failure of the state that ended the scope. AWS records none for a Fail state inside a
   * branch: its error shows only in the execution's or the Catch's output.
   */
  private Events.Failure childFailure() {
    for (int i = children.size() - 1; i >= 0; i--) {
      Scope child = children.get(i);
      if (!child.failed()) {
        continue;
      }
      for (int j = child.visits().size() - 1; j >= 0; j--) {
        Events.Failure failure = child.visits().get(j).finalFailure();
        if (failure != null) {
          return failure;
        }
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return type + " state '" + name + "' entered at #" + entered.id();
  }
}
