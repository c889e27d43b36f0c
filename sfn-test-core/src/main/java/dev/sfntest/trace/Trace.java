package dev.sfntest.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * An execution's history read back as what ran: a tree of state visits in the execution, in
 * Parallel branches and in Map iterations, each with its attempts and how it ended. Every event
 * belongs to exactly one visit, except the execution's own events ({@code ExecutionStarted},
 * {@code ExecutionFailed}, ...).
 *
 * <p>Built from the SDK's {@link HistoryEvent}s only, so a history read from AWS, from Step
 * Functions Local or from the fake reads the same way. AWS links each event to the one it follows
 * ({@code previousEventId}); this class applies its linking rules, once, for every reader:
 * <ul>
 *   <li>a state's events chain from its {@code *StateEntered}; a state entered after another's
 *       {@code *StateExited} runs where that one ran; the first state of a branch follows {@code
 *       ParallelStateStarted}, the first of an iteration its {@code MapIterationStarted};
 *   <li>the events that end a Map or Parallel run follow the last event of its last iteration or
 *       branch (or the failing one), so they belong to the nearest enclosing Map or Parallel whose
 *       run is still open, and an iteration's events name their Map;
 *   <li>when a branch or iteration fails, the aborts of the states that were running all follow
 *       the failing event: first the state that failed (AWS records its abort after its own
 *       failure), then the others, branch by branch or iteration by iteration (each after its
 *       {@code MapIterationAborted}), the states inside a Map or Parallel before the Map or
 *       Parallel itself;
 *   <li>a redrive ({@code ExecutionRedriven}) enters again the state the execution failed in; a
 *       redriven Parallel runs only the branches that had not succeeded, each continuing in the
 *       state it ended in;
 *   <li>{@code EvaluationFailed} may follow no event at all; it names its state.
 * </ul>
 *
 * <p>Which branch of its Parallel a state ran in is known exactly when the state machine's
 * definition is given ({@link #of(List, Supplier)}: state names are unique in a machine).
 * Without it, branches are numbered in the order their first states were entered, which is the
 * definition's order on the fake and after a redrive, but not always on AWS.
 *
 * <pre>{@code
 * Trace trace = Trace.of(execution.history());
 * for (Visit visit : trace.visits()) {
 *   System.out.println(visit.scope().describe() + ": " + visit.name() + " " + visit.outcome());
 * }
 * Visit book = trace.visitsOf("BookTrip").get(0);
 * book.children().get(1).outcome();   // FAILED: branch 1 failed, its Task's abort notwithstanding
 * }</pre>
 *
 * <p>A trace is read once, in one pass over the events; outcomes, failures and JSON values are
 * worked out when first asked for. Read it from one thread at a time.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html">HistoryEvent</a>
 */
public final class Trace {

  private final List<HistoryEvent> events;
  private final Map<HistoryEvent, Integer> positions;
  private final Visit[] visitAt;
  private final List<Visit> visits = new ArrayList<>();
  private final List<HistoryEvent> executionEvents = new ArrayList<>();
  private final List<HistoryEvent> unplaced = new ArrayList<>();
  private final List<Integer> executionEnds = new ArrayList<>();
  private final Scope root;
  private final Supplier<String> definitionSource;
  private DefinitionIndex definition;
  private Map<Long, Integer> positionById;

  private Trace(List<HistoryEvent> events, Supplier<String> definition) {
    this.events = List.copyOf(events);
    this.positions = new IdentityHashMap<>(this.events.size() * 2);
    for (int i = 0; i < this.events.size(); i++) {
      positions.put(this.events.get(i), i);
    }
    this.visitAt = new Visit[this.events.size()];
    this.root = new Scope(this, Scope.Kind.EXECUTION, null, 0, 1, null);
    this.definitionSource = definition;
    new TraceReader(this).read();
  }

  /**
   * Reads a history: all its events, in id order ({@code GetExecutionHistory}'s default order;
   * all pages).
   */
  public static Trace of(List<HistoryEvent> events) {
    return new Trace(Objects.requireNonNull(events, "events"), null);
  }

  /**
   * Reads a history with its state machine's definition at hand: to tell exactly which branch of
   * a Parallel each state ran in, and which catcher ({@link Visit#catcher()}) and retrier ({@link
   * Attempt#retrier()}) handled each error. The definition is asked for only when one of those is
   * needed, and read once; if it cannot be read (the supplier throws, or returns no JSON), the
   * trace reads as {@link #of(List)} reads it.
   *
   * <pre>{@code
   * Trace trace = Trace.of(events, () -> client.describeStateMachineForExecution(b -> b.executionArn(arn)).definition());
   * }</pre>
   */
  public static Trace of(List<HistoryEvent> events, Supplier<String> definition) {
    return new Trace(Objects.requireNonNull(events, "events"), Objects.requireNonNull(definition, "definition"));
  }

  /** The events read, in id order. */
  public List<HistoryEvent> events() {
    return events;
  }

  /** The execution's own scope: every visit is in it or nested in it. */
  public Scope root() {
    return root;
  }

  /** Every visit, in the order the states were entered. */
  public List<Visit> visits() {
    return Collections.unmodifiableList(visits);
  }

  /** The visits of the named state, anywhere in the execution, in the order they were entered. */
  public List<Visit> visitsOf(String stateName) {
    List<Visit> found = new ArrayList<>();
    for (Visit visit : visits) {
      if (visit.name().equals(stateName)) {
        found.add(visit);
      }
    }
    return found;
  }

  /**
   * The visit an event belongs to; {@code null} for the execution's own events and for {@link
   * #unplacedEvents()}.
   *
   * @throws IllegalArgumentException if the event is not one of this trace's {@link #events()}
   */
  public Visit visitOf(HistoryEvent event) {
    Integer position = positions.get(event);
    if (position == null) {
      throw new IllegalArgumentException("Not an event of this trace: #" + event.id() + " " + event.typeAsString());
    }
    return visitAt[position];
  }

  /** The execution's own events: {@code ExecutionStarted}, its end, {@code ExecutionRedriven}. */
  public List<HistoryEvent> executionEvents() {
    return Collections.unmodifiableList(executionEvents);
  }

  /**
   * Events no visit could be found for: an event of a type this library does not know that follows
   * no state's event, or events whose links were lost (a history edited by hand). Empty for the
   * histories AWS and the fake record.
   */
  public List<HistoryEvent> unplacedEvents() {
    return Collections.unmodifiableList(unplaced);
  }

  /** The execution's status as the history tells it: its last end event, or RUNNING (also after a redrive). */
  public ExecutionStatus status() {
    for (int i = executionEvents.size() - 1; i >= 0; i--) {
      switch (EventKind.of(executionEvents.get(i))) {
        case EXECUTION_SUCCEEDED:
          return ExecutionStatus.SUCCEEDED;
        case EXECUTION_FAILED:
          return ExecutionStatus.FAILED;
        case EXECUTION_TIMED_OUT:
          return ExecutionStatus.TIMED_OUT;
        case EXECUTION_ABORTED:
          return ExecutionStatus.ABORTED;
        case EXECUTION_STARTED:
        case EXECUTION_REDRIVEN:
          return ExecutionStatus.RUNNING;
        default:
          break;
      }
    }
    return ExecutionStatus.RUNNING;
  }

  /** The error the execution failed or timed out with, or {@code null}. */
  public Failure failure() {
    ExecutionStatus status = status();
    if (status != ExecutionStatus.FAILED && status != ExecutionStatus.TIMED_OUT) {
      return null;
    }
    return Failure.of(executionEvents.get(executionEvents.size() - 1));
  }

  /** The states running now: visits not over that run no running visit below them. */
  public List<Visit> running() {
    return root.running();
  }

  /**
   * The variables assigned by {@code Assign}, from the {@code assignedVariables} of the {@code
   * *StateExited} events in id order (a later assignment replaces an earlier one).
   */
  public Map<String, JsonNode> assignedVariables() {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    for (HistoryEvent event : events) {
      if (event.stateExitedEventDetails() != null && event.stateExitedEventDetails().hasAssignedVariables()) {
        event.stateExitedEventDetails().assignedVariables()
            .forEach((name, text) -> variables.put(name, JsonText.parse(text)));
      }
    }
    return Collections.unmodifiableMap(variables);
  }

  // ---------------------------------------------------------------- for the model's classes

  /** The definition, read on first use; {@link DefinitionIndex#NONE} without one. */
  DefinitionIndex definition() {
    if (definition == null) {
      definition = DefinitionIndex.read(definitionSource);
    }
    return definition;
  }

  int size() {
    return events.size();
  }

  HistoryEvent eventAt(int position) {
    return events.get(position);
  }

  /** The position of one of this trace's events. */
  int position(HistoryEvent event) {
    return positions.get(event);
  }

  /** The position of the event with that id, or -1 when there is none (0: no event). */
  int positionOfId(long id) {
    if (id <= 0) {
      return -1;
    }
    // Ids are 1..n in order in every history AWS returns: look there first.
    if (id <= events.size() && events.get((int) id - 1).id() != null && events.get((int) id - 1).id() == id) {
      return (int) id - 1;
    }
    if (positionById == null) {
      positionById = new HashMap<>();
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).id() != null) {
          positionById.putIfAbsent(events.get(i).id(), i);
        }
      }
    }
    return positionById.getOrDefault(id, -1);
  }

  /** The visit of the event {@code event} follows ({@code previousEventId}), or {@code null}. */
  Visit visitBefore(HistoryEvent event) {
    int before = positionOfId(event.previousEventId() == null ? 0 : event.previousEventId());
    return before < 0 ? null : visitAt[before];
  }

  /** The first end of the execution (succeeded, failed, timed out, aborted) after a position, or {@code null}. */
  HistoryEvent executionEndAfter(int position) {
    for (int end : executionEnds) {
      if (end > position) {
        return events.get(end);
      }
    }
    return null;
  }

  Comparator<HistoryEvent> historyOrder() {
    return Comparator.comparingInt(this::position);
  }

  Visit visitAtPosition(int position) {
    return visitAt[position];
  }

  void place(int position, Visit visit) {
    visitAt[position] = visit;
  }

  void addVisit(Visit visit) {
    visits.add(visit);
  }

  void addExecutionEvent(int position, HistoryEvent event) {
    executionEvents.add(event);
    EventKind kind = EventKind.of(event);
    if (kind != EventKind.EXECUTION_STARTED && kind != EventKind.EXECUTION_REDRIVEN) {
      executionEnds.add(position);
    }
  }

  void addUnplaced(HistoryEvent event) {
    unplaced.add(event);
  }
}
