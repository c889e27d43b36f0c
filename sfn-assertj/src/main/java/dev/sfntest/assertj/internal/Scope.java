package dev.sfntest.assertj.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Where states run: the execution itself, one Map iteration or one Parallel branch. A scope holds
 * the visits of its own states; the states its Map and Parallel states run are in child scopes.
 */
public final class Scope {

  /** The kinds of scope. */
  public enum Kind {
    EXECUTION, MAP_ITERATION, PARALLEL_BRANCH
  }

  private final Kind kind;
  private final Visit owner;
  private final int index;
  private final HistoryEvent start;
  private final int order;
  private final List<Visit> visits = new ArrayList<>();
  private HistoryEvent end;

  Scope(Kind kind, Visit owner, int index, HistoryEvent start, int order) {
    this.kind = kind;
    this.owner = owner;
    this.index = index;
    this.start = start;
    this.order = order;
  }

  public Kind kind() {
    return kind;
  }

  /** The Map or Parallel visit that runs this scope; {@code null} for the execution. */
  public Visit owner() {
    return owner;
  }

  /** The iteration's item index or the branch's position (0-based); 0 for the execution. */
  public int index() {
    return index;
  }

  /** The {@code MapIterationStarted} event of an iteration; {@code null} for other scopes. */
  public HistoryEvent start() {
    return start;
  }

  /** The {@code MapIterationSucceeded/Failed/Aborted} event of an iteration, or {@code null}. */
  public HistoryEvent end() {
    return end;
  }

  /** The visits of this scope's own states, in the order they were entered. */
  public List<Visit> visits() {
    return Collections.unmodifiableList(visits);
  }

  /** The visits of this scope and of every scope nested in it, in the order they were entered. */
  public List<Visit> allVisits() {
    List<Visit> all = new ArrayList<>();
    collect(this, all);
    all.sort(Comparator.comparingLong(v -> v.entered().id()));
    return all;
  }

  /** The visits of the named state in this scope and the scopes nested in it. */
  public List<Visit> visitsOf(String stateName) {
    List<Visit> found = new ArrayList<>();
    for (Visit visit : allVisits()) {
      if (visit.name().equals(stateName)) {
        found.add(visit);
      }
    }
    return found;
  }

  /** The names of the states entered in this scope and those nested in it, in history order. */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (Visit visit : allVisits()) {
      path.add(visit.name());
    }
    return path;
  }

  /** Every event of the scope, nested ones included, in id order (iteration start and end too). */
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
    events.sort(Comparator.comparingLong(HistoryEvent::id));
    return events;
  }

  /** Whether the scope ended (an iteration's end event; a branch whose states are all over). */
  public boolean isEnded() {
    if (kind == Kind.MAP_ITERATION) {
      return end != null;
    }
    if (kind == Kind.PARALLEL_BRANCH) {
      return owner.isClosed();
    }
    return false;
  }

  /** Whether the iteration or branch failed: its end says so, or its last state failed uncaught. */
  public boolean failed() {
    if (end != null) {
      return Events.type(end).equals("MapIterationFailed");
    }
    if (visits.isEmpty()) {
      return false;
    }
    Visit last = visits.get(visits.size() - 1);
    return last.exited() == null && (last.type().equals("Fail") || last.finalFailure() != null);
  }

  /** The states this scope is in now: open visits that run no open visit below them. */
  public List<Visit> current() {
    List<Visit> current = new ArrayList<>();
    for (Visit visit : allVisits()) {
      if (visit.isOpen() && !hasOpenChild(visit)) {
        current.add(visit);
      }
    }
    return current;
  }

  /** Creation order, for choosing among scopes the way the engine walks them. */
  int order() {
    return order;
  }

  void add(Visit visit) {
    visits.add(visit);
  }

  void end(HistoryEvent event) {
    this.end = event;
  }

  /** Whether {@code other} is this scope or nested in it. */
  boolean contains(Scope other) {
    for (Scope s = other; s != null; s = s.owner == null ? null : s.owner.scope()) {
      if (s == this) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOpenChild(Visit visit) {
    for (Scope child : visit.children()) {
      for (Visit inner : child.allVisits()) {
        if (inner.isOpen()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void collect(Scope scope, List<Visit> into) {
    for (Visit visit : scope.visits) {
      into.add(visit);
      for (Scope child : visit.children()) {
        collect(child, into);
      }
    }
  }

  /** How failure messages name the scope: {@code iteration 2 of Map 'Items'}. */
  public String describe() {
    switch (kind) {
      case MAP_ITERATION:
        return "iteration " + index + " of Map '" + owner.name() + "'";
      case PARALLEL_BRANCH:
        return "branch " + index + " of Parallel '" + owner.name() + "'";
      default:
        return "execution";
    }
  }

  @Override
  public String toString() {
    return describe();
  }
}
