package dev.sfntest.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Where states run: the execution itself, one Parallel branch, or one inline Map iteration. A
 * scope holds the visits of its own states; the states its Map and Parallel states run are in
 * child scopes ({@link Visit#children()}).
 *
 * <pre>{@code
 * Scope branch = trace.visitsOf("BookTrip").get(0).children().get(1);
 * branch.outcome();   // FAILED
 * branch.path();      // [ReserveFlight]
 * }</pre>
 */
public final class Scope {

  /** The kinds of scope. */
  public enum Kind {
    /** The execution's own states. */
    EXECUTION,
    /** One branch of a Parallel state. */
    BRANCH,
    /** One iteration of an inline Map state. */
    ITERATION
  }

  private final Trace trace;
  private final Kind kind;
  private final Visit owner;
  private final int index;
  private final int attempt;
  private final HistoryEvent start;
  private final List<Visit> visits = new ArrayList<>();
  private HistoryEvent end;
  private List<Visit> allVisits;

  Scope(Trace trace, Kind kind, Visit owner, int index, int attempt, HistoryEvent start) {
    this.trace = trace;
    this.kind = kind;
    this.owner = owner;
    this.index = index;
    this.attempt = attempt;
    this.start = start;
  }

  /** What kind of scope it is. */
  public Kind kind() {
    return kind;
  }

  /** The Map or Parallel visit that runs this scope; {@code null} for the execution. */
  public Visit owner() {
    return owner;
  }

  /** The iteration's item index or the branch's position in {@code Branches} (from 0); 0 for the execution. */
  public int index() {
    return index;
  }

  /** Which attempt of its Map or Parallel visit ran it (1, then 2 after a retry, ...); 1 for the execution. */
  public int attempt() {
    return attempt;
  }

  /** The {@code MapIterationStarted} event of an iteration; {@code null} for branches and the execution. */
  public HistoryEvent start() {
    return start;
  }

  /** The {@code MapIterationSucceeded}, {@code -Failed} or {@code -Aborted} event of an iteration, or {@code null}. */
  public HistoryEvent end() {
    return end;
  }

  /** The visits of this scope's own states, in the order they were entered. */
  public List<Visit> visits() {
    return Collections.unmodifiableList(visits);
  }

  /** The visits of this scope and of every scope nested in it, in the order they were entered. */
  public List<Visit> allVisits() {
    if (allVisits == null) {
      List<Visit> all = new ArrayList<>();
      collect(this, all);
      all.sort(null);
      allVisits = Collections.unmodifiableList(all);
    }
    return allVisits;
  }

  /** The visits of the named state in this scope and the scopes nested in it, in the order they were entered. */
  public List<Visit> visitsOf(String stateName) {
    List<Visit> found = new ArrayList<>();
    for (Visit visit : allVisits()) {
      if (visit.name().equals(stateName)) {
        found.add(visit);
      }
    }
    return found;
  }

  /** The names of the states entered in this scope and those nested in it, in the order they were entered. */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (Visit visit : allVisits()) {
      path.add(visit.name());
    }
    return path;
  }

  /** Every event of the scope, nested ones included, in id order (an iteration's start and end too). */
  public List<HistoryEvent> events() {
    List<HistoryEvent> events = new ArrayList<>();
    if (start != null) {
      events.add(start);
    }
    for (Visit visit : allVisits()) {
      events.addAll(visit.events());
    }
    if (end != null) {
      events.add(end);
    }
    events.sort(trace.historyOrder());
    return events;
  }

  /**
   * How the scope ended. The execution: as its status says. An iteration: as its end event says
   * ({@code MapIterationFailed} is {@link Outcome#FAILED}). A branch: as its last state did: a
   * state that failed uncaught fails the branch (even when AWS then records its abort), one that
   * was aborted aborts it, one that exited ends it {@link Outcome#SUCCEEDED}.
   */
  public Outcome outcome() {
    if (kind == Kind.EXECUTION) {
      return switch (trace.status()) {
        case SUCCEEDED -> Outcome.SUCCEEDED;
        case FAILED -> Outcome.FAILED;
        case RUNNING -> Outcome.RUNNING;
        default -> Outcome.STOPPED;
      };
    }
    if (end != null) {
      return switch (EventKind.of(end)) {
        case MAP_ITERATION_SUCCEEDED -> Outcome.SUCCEEDED;
        case MAP_ITERATION_FAILED -> Outcome.FAILED;
        default -> Outcome.ABORTED;
      };
    }
    if (visits.isEmpty()) {
      return closing(0) == null ? Outcome.RUNNING : Outcome.STOPPED;
    }
    Outcome last = visits.get(visits.size() - 1).outcome();
    return last == Outcome.CAUGHT ? Outcome.SUCCEEDED : last;
  }

  /** The error the scope failed with, or {@code null} when it did not fail; see {@link Visit#failure()}. */
  public Failure failure() {
    if (outcome() != Outcome.FAILED) {
      return null;
    }
    if (kind == Kind.EXECUTION) {
      return trace.failure();
    }
    for (int i = visits.size() - 1; i >= 0; i--) {
      Visit visit = visits.get(i);
      if (visit.outcome() == Outcome.FAILED) {
        return visit.failure();
      }
    }
    return null;
  }

  /** The visits running now in this scope: open ones that run no open visit below them (a Map or Parallel runs its children). */
  public List<Visit> running() {
    List<Visit> running = new ArrayList<>();
    for (Visit visit : allVisits()) {
      if (visit.outcome() == Outcome.RUNNING && !visit.hasRunningChild()) {
        running.add(visit);
      }
    }
    return running;
  }

  /** Whether {@code other} is this scope or nested in it. */
  public boolean contains(Scope other) {
    for (Scope s = other; s != null; s = s.owner == null ? null : s.owner.scope()) {
      if (s == this) {
        return true;
      }
    }
    return false;
  }

  /** How messages name it: {@code iteration 2 of Map 'Items'}, {@code branch 0 of Parallel 'Book'}, {@code execution}. */
  public String describe() {
    return switch (kind) {
      case ITERATION -> "iteration " + index + " of Map '" + owner.name() + "'";
      case BRANCH -> "branch " + index + " of Parallel '" + owner.name() + "'";
      case EXECUTION -> "execution";
    };
  }

  @Override
  public String toString() {
    return describe();
  }

  // ---------------------------------------------------------------- reading

  void add(Visit visit) {
    visits.add(visit);
  }

  void end(HistoryEvent event) {
    this.end = event;
  }

  /**
   * The event that ended the scope after the event at {@code afterPosition}: the execution's end,
   * an iteration's end, the end of the Map or Parallel attempt that runs it, or its owner's abort
   * or end; {@code null} while the scope runs.
   */
  HistoryEvent closing(int afterPosition) {
    if (kind == Kind.EXECUTION) {
      return trace.executionEndAfter(afterPosition);
    }
    if (end != null) {
      return end;
    }
    HistoryEvent attemptEnd = owner.attemptEnd(attempt);
    if (attemptEnd != null) {
      return attemptEnd;
    }
    if (owner.aborted() != null) {
      return owner.aborted();
    }
    if (owner.exited() != null) {
      return owner.exited();
    }
    return owner.scope().closing(trace.position(owner.entered()));
  }

  private static void collect(Scope scope, List<Visit> into) {
    for (Visit visit : scope.visits) {
      into.add(visit);
      for (Scope child : visit.children()) {
        collect(child, into);
      }
    }
  }
}
