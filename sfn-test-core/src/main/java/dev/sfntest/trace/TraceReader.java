package dev.sfntest.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.MapIterationEventDetails;

/**
 * Places each event of a history in its visit, in one pass in id order: AWS's linking rules, as
 * {@link Trace} describes them. Nothing here asks a visit how it ended: outcomes are read once
 * every event is placed.
 */
final class TraceReader {

  private final Trace trace;
  /** The iteration each {@code MapIterationStarted} (by position) started. */
  private final Map<Integer, Scope> iterationStartedAt = new HashMap<>();
  /** Per Map visit, its iterations that have started and not ended yet, by index. */
  private final Map<Visit, Map<Integer, Scope>> openIterations = new HashMap<>();
  /** The branch indexes each {@code ParallelStateStarted} (by position) has given out. */
  private final Map<Integer, BitSet> branchesStartedAt = new HashMap<>();
  /** The iteration that just ended failed or aborted: the aborts that follow are its states'. */
  private Scope aborting;
  private long abortingAfter;
  private int sequence;

  TraceReader(Trace trace) {
    this.trace = trace;
  }

  void read() {
    for (int position = 0; position < trace.size(); position++) {
      place(position, trace.eventAt(position));
    }
  }

  private void place(int position, HistoryEvent event) {
    EventKind kind = EventKind.of(event);
    long previous = event.previousEventId() == null ? 0 : event.previousEventId();
    Visit visit;
    switch (kind.subject()) {
      case EXECUTION:
        trace.addExecutionEvent(position, event);
        return;
      case STATE:
        if (kind.isStateEntered()) {
          enter(position, event, kind, previous);
          return;
        }
        if (kind.isStateExited()) {
          visit = exited(event, previous);
        } else if (kind.isStateAborted()) {
          visit = abortTarget(kind.stateType(), previous);
        } else {
          visit = visitBefore(previous);
        }
        break;
      case TASK:
      case LAMBDA_FUNCTION:
      case ACTIVITY:
        visit = enclosing(visitBefore(previous), StateType.TASK, null, false, false);
        break;
      case MAP_STATE:
      case MAP_RUN:
        visit = enclosing(visitBefore(previous), StateType.MAP, null, true, kind.beginsAttempt());
        break;
      case PARALLEL_STATE:
        visit = enclosing(visitBefore(previous), StateType.PARALLEL, null, true, kind.beginsAttempt());
        break;
      case MAP_ITERATION:
        visit = iteration(position, event, kind, previous);
        break;
      case EVALUATION:
        visit = evaluated(event, previous);
        break;
      default:
        visit = visitBefore(previous);
    }
    if (visit == null) {
      trace.addUnplaced(event);
      return;
    }
    visit.add(event, kind);
    trace.place(position, visit);
  }

  // ---------------------------------------------------------------- entering states

  private void enter(int position, HistoryEvent event, EventKind kind, long previous) {
    String name = event.stateEnteredEventDetails() == null ? "" : event.stateEnteredEventDetails().name();
    int before = trace.positionOfId(previous);
    Scope scope = trace.root();
    boolean redriven = false;
    Visit from = null;
    if (before >= 0) {
      HistoryEvent cause = trace.eventAt(before);
      EventKind causeKind = EventKind.of(cause);
      Visit causeVisit = trace.visitAtPosition(before);
      if (causeKind == EventKind.EXECUTION_REDRIVEN) {
        redriven = true;
      } else if (causeKind == EventKind.MAP_ITERATION_STARTED && iterationStartedAt.containsKey(before)) {
        scope = iterationStartedAt.get(before);
        redriven = scope.owner().wasRedriven() && scope.visits().isEmpty();
      } else if (causeKind == EventKind.PARALLEL_STATE_STARTED && causeVisit != null) {
        scope = branch(before, causeVisit, name);
        redriven = causeVisit.wasRedriven();
      } else if (causeVisit != null) {
        // After a state's exit: the next state of the same graph. (Anything else links a state to
        // the state it follows too; AWS records no other kind of link into a state.)
        scope = causeVisit.scope();
        from = causeKind.isStateExited() ? causeVisit : null;
      }
    }
    Visit visit = new Visit(trace, sequence++, name, kind.stateType(), scope, event, redriven);
    scope.add(visit);
    trace.addVisit(visit);
    trace.place(position, visit);
    if (from != null) {
      from.next(visit);
    }
  }

  /**
   * The branch a state entered right after {@code ParallelStateStarted} starts. Its index: from
   * the definition when there is one; after a redrive, the branch of the earlier run that ended
   * in this state (a redriven Parallel runs only the branches that had not succeeded, each from
   * where it ended); else the first index this run has not given out.
   */
  private Scope branch(int startedAt, Visit parallel, String firstState) {
    BitSet taken = branchesStartedAt.computeIfAbsent(startedAt, p -> new BitSet());
    int index = trace.definition().branchOf(parallel.name(), firstState);
    if (index < 0 && parallel.wasRedriven()) {
      index = earlierBranchOf(parallel, firstState);
    }
    if (index < 0 || taken.get(index)) {
      index = taken.nextClearBit(0);
    }
    taken.set(index);
    Scope branch = new Scope(trace, Scope.Kind.BRANCH, parallel, index, parallel.attempts().size(), null);
    parallel.addChild(branch);
    return branch;
  }

  private static int earlierBranchOf(Visit parallel, String state) {
    Visit earlier = parallel;
    for (Visit v : parallel.scope().visits()) {
      if (v != parallel && v.name().equals(parallel.name()) && v.compareTo(parallel) < 0) {
        earlier = v;
      }
    }
    if (earlier == parallel) {
      return -1;
    }
    List<Scope> branches = earlier.children();
    for (int i = branches.size() - 1; i >= 0; i--) {
      for (Visit v : branches.get(i).visits()) {
        if (v.name().equals(state)) {
          return branches.get(i).index();
        }
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- events of a state

  /** The visit a {@code *StateExited} closes: the one of that name its link leads to, or the last one still open. */
  private Visit exited(HistoryEvent event, long previous) {
    String name = event.stateExitedEventDetails() == null ? null : event.stateExitedEventDetails().name();
    for (Visit v = visitBefore(previous); v != null; v = v.scope().owner()) {
      if ((name == null || v.name().equals(name)) && v.isOpen()) {
        return v;
      }
    }
    return lastOpen(null, name);
  }

  /**
   * From {@code start} outwards, the first visit of that type (and name) that is open; for the
   * events of a Map or Parallel run, one whose run is open too (a new run may begin after a failed
   * one; a run whose items or branches failed to evaluate fails without having started). The
   * events ending a Map's or Parallel's run follow the last event of an iteration or
   * branch, which may be inside another Map or Parallel that has already ended its own.
   */
  private Visit enclosing(Visit start, StateType type, String name, boolean container, boolean begins) {
    for (Visit v = start; v != null; v = v.scope().owner()) {
      if (fits(v, type, name, container, begins)) {
        return v;
      }
    }
    List<Visit> visits = trace.visits();
    for (int i = visits.size() - 1; i >= 0; i--) {
      if (fits(visits.get(i), type, name, container, begins)) {
        return visits.get(i);
      }
    }
    return null;
  }

  private static boolean fits(Visit v, StateType type, String name, boolean container, boolean begins) {
    return v.type() == type && (name == null || v.name().equals(name)) && v.isOpen()
        && (!container || begins || v.attemptOpen() || v.attempts().isEmpty());
  }

  /** A Map iteration's start or end: it names its Map state and its index. */
  private Visit iteration(int position, HistoryEvent event, EventKind kind, long previous) {
    MapIterationEventDetails details = switch (kind) {
      case MAP_ITERATION_STARTED -> event.mapIterationStartedEventDetails();
      case MAP_ITERATION_SUCCEEDED -> event.mapIterationSucceededEventDetails();
      case MAP_ITERATION_FAILED -> event.mapIterationFailedEventDetails();
      default -> event.mapIterationAbortedEventDetails();
    };
    String name = details == null ? null : details.name();
    int index = details == null || details.index() == null ? 0 : details.index();
    Visit map = enclosing(visitBefore(previous), StateType.MAP, name, true, false);
    if (map == null) {
      return null;
    }
    if (kind == EventKind.MAP_ITERATION_STARTED) {
      Scope iteration = new Scope(trace, Scope.Kind.ITERATION, map, index, map.attempts().size(), event);
      map.addChild(iteration);
      iterationStartedAt.put(position, iteration);
      openIterations.computeIfAbsent(map, m -> new HashMap<>()).put(index, iteration);
      return map;
    }
    Map<Integer, Scope> open = openIterations.get(map);
    Scope iteration = open == null ? null : open.remove(index);
    if (iteration != null) {
      iteration.end(event);
      if (kind != EventKind.MAP_ITERATION_SUCCEEDED) {
        aborting = iteration;
        abortingAfter = previous;
      }
    }
    return map;
  }

  /** {@code EvaluationFailed} names its state, and may follow no event at all. */
  private Visit evaluated(HistoryEvent event, long previous) {
    Visit before = visitBefore(previous);
    String name = event.evaluationFailedEventDetails() == null ? null : event.evaluationFailedEventDetails().state();
    if (name == null) {
      return before;
    }
    for (Visit v = before; v != null; v = v.scope().owner()) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    Visit open = lastOpen(null, name);
    return open != null ? open : before;
  }

  // ---------------------------------------------------------------- aborts

  /**
   * The running state of that type an abort stops. The aborts that a failure causes all follow
   * the failing event, in the order AWS records them: after an iteration's {@code
   * MapIterationFailed} or {@code MapIterationAborted}, that iteration's states; else the state
   * that failed, then, for each Map or Parallel around it from the inside out, the iteration or
   * branch that failed and then the others in index order, the states inside a Map or Parallel
   * before the Map or Parallel itself.
   */
  private Visit abortTarget(StateType type, long previous) {
    if (aborting != null && abortingAfter == previous) {
      Visit inIteration = firstOpen(aborting, type);
      if (inIteration != null) {
        return inIteration;
      }
    }
    Visit origin = visitBefore(previous);
    if (origin != null) {
      Visit found = firstOpen(origin, type);
      if (found != null) {
        return found;
      }
      Visit child = origin;
      for (Visit container = origin.scope().owner(); container != null; container = container.scope().owner()) {
        found = firstOpen(child.scope(), type);
        if (found != null) {
          return found;
        }
        for (Scope scope : byIndex(container.lastAttemptChildren())) {
          if (scope != child.scope() && (found = firstOpen(scope, type)) != null) {
            return found;
          }
        }
        child = container;
      }
    }
    // No usable link: the first open state of that type with nothing of that type open inside it.
    for (Visit v : trace.visits()) {
      if (v.type() == type && firstOpen(v, type) == v) {
        return v;
      }
    }
    return null;
  }

  /** In the scope's current state, the first open state of that type, inner states before their Map or Parallel. */
  private static Visit firstOpen(Scope scope, StateType type) {
    List<Visit> visits = scope.visits();
    return visits.isEmpty() ? null : firstOpen(visits.get(visits.size() - 1), type);
  }

  private static Visit firstOpen(Visit visit, StateType type) {
    if (!visit.isOpen()) {
      return null;
    }
    if (visit.isContainer()) {
      for (Scope child : byIndex(visit.lastAttemptChildren())) {
        Visit found = firstOpen(child, type);
        if (found != null) {
          return found;
        }
      }
    }
    return visit.type() == type ? visit : null;
  }

  private static List<Scope> byIndex(List<Scope> scopes) {
    List<Scope> sorted = new ArrayList<>(scopes);
    sorted.sort(Comparator.comparingInt(Scope::index));
    return sorted;
  }

  // ---------------------------------------------------------------- lookups

  private Visit visitBefore(long previous) {
    int position = trace.positionOfId(previous);
    return position < 0 ? null : trace.visitAtPosition(position);
  }

  /** The last visit still open, of that type and name ({@code null}: any). */
  private Visit lastOpen(StateType type, String name) {
    List<Visit> visits = trace.visits();
    for (int i = visits.size() - 1; i >= 0; i--) {
      Visit v = visits.get(i);
      if ((type == null || v.type() == type) && (name == null || v.name().equals(name)) && v.isOpen()) {
        return v;
      }
    }
    return null;
  }
}
