package dev.sfntest.assertj.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * An execution history read back into what ran: each event assigned to the state visit it belongs
 * to, each visit to the execution, Map iteration or Parallel branch it ran in.
 *
 * <p>Only the events' public fields are used, so a history read from AWS reads the same way. AWS
 * links each event to the one it follows ({@code previousEventId}); a state's events chain from its
 * {@code *StateEntered}, the first state of a branch follows {@code ParallelStateStarted}, the
 * first state of an iteration its {@code MapIterationStarted}. Two kinds of events need more than
 * the link: the events that end a Map or Parallel state follow the event that ended its last
 * iteration or branch (or the one that failed), so they go to the nearest enclosing Map or
 * Parallel visit still running; and the aborts of the states a failure stops all follow the
 * failing event, so each goes to a running state of its type, in the order AWS aborts them (the
 * failed one first, then the others in branch and iteration order).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html">HistoryEvent</a>
 */
public final class Trace {

  private final List<HistoryEvent> events;
  private final Scope root;
  private final Map<Long, HistoryEvent> byId = new HashMap<>();
  private final Map<Long, Visit> visitOf = new HashMap<>();
  private final Map<Long, Scope> iterationByStart = new HashMap<>();
  private final Map<Long, Integer> branchesStarted = new HashMap<>();
  private final List<Visit> visits = new ArrayList<>();
  private int scopes = 1;
  /** The iteration whose states are being aborted (after its MapIterationAborted or -Failed). */
  private Scope aborting;

  private Trace(List<HistoryEvent> events) {
    this.events = List.copyOf(events);
    this.root = new Scope(Scope.Kind.EXECUTION, null, 0, null, 0);
    for (HistoryEvent event : this.events) {
      byId.put(event.id(), event);
      place(event);
    }
  }

  /** Reads a history (all its events, in id order). */
  public static Trace of(List<HistoryEvent> events) {
    return new Trace(events);
  }

  public List<HistoryEvent> events() {
    return events;
  }

  /** The execution's scope: every visit is in it or nested in it. */
  public Scope root() {
    return root;
  }

  /** The visit an event belongs to, or {@code null} for execution events. */
  public Visit visitOf(HistoryEvent event) {
    return visitOf.get(event.id());
  }

  /**
   * The variables assigned by {@code Assign}, read from the {@code assignedVariables} of the
   * {@code *StateExited} events in id order (a later assignment replaces an earlier one).
   */
  public Map<String, JsonNode> assignedVariables() {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    for (HistoryEvent event : events) {
      if (event.stateExitedEventDetails() != null && event.stateExitedEventDetails().hasAssignedVariables()) {
        event.stateExitedEventDetails().assignedVariables()
            .forEach((name, text) -> variables.put(name, Events.parse(text)));
      }
    }
    return Collections.unmodifiableMap(variables);
  }

  // ---------------------------------------------------------------- reading

  private void place(HistoryEvent event) {
    String type = Events.type(event);
    if (type.startsWith("Execution")) {
      return;
    }
    if (event.stateEnteredEventDetails() != null) {
      enter(event, type);
      return;
    }
    Visit visit;
    switch (type) {
      case "MapIterationStarted":
        visit = openContainer("Map", event.mapIterationStartedEventDetails().name(), event);
        if (visit != null) {
          Scope iteration = new Scope(Scope.Kind.MAP_ITERATION, visit,
              event.mapIterationStartedEventDetails().index(), event, scopes++);
          visit.addChild(iteration);
          iterationByStart.put(event.id(), iteration);
        }
        break;
      case "MapIterationSucceeded":
      case "MapIterationFailed":
      case "MapIterationAborted":
        visit = endIteration(event, type);
        break;
      default:
        visit = placeOther(event, type);
    }
    if (visit != null) {
      visit.add(event);
      visitOf.put(event.id(), visit);
    }
  }

  private void enter(HistoryEvent event, String type) {
    Scope scope = scopeOfNext(Events.previous(event));
    String stateType = type.substring(0, type.length() - "StateEntered".length());
    Visit visit = new Visit(event.stateEnteredEventDetails().name(), stateType, scope, event);
    scope.add(visit);
    visits.add(visit);
    visitOf.put(event.id(), visit);
  }

  /** The scope of a state entered after event {@code previous}. */
  private Scope scopeOfNext(long previous) {
    HistoryEvent before = byId.get(previous);
    if (before == null) {
      return root;
    }
    String type = Events.type(before);
    if (type.equals("MapIterationStarted") && iterationByStart.containsKey(previous)) {
      return iterationByStart.get(previous);
    }
    Visit visit = visitOf.get(previous);
    if (type.equals("ParallelStateStarted") && visit != null) {
      // Each branch's first state follows ParallelStateStarted; the engine starts them in order.
      int index = branchesStarted.merge(previous, 1, Integer::sum) - 1;
      Scope branch = new Scope(Scope.Kind.PARALLEL_BRANCH, visit, index, null, scopes++);
      visit.addChild(branch);
      return branch;
    }
    return visit == null ? root : visit.scope();
  }

  private Visit placeOther(HistoryEvent event, String type) {
    if (type.matches("(Map|Parallel)State(Started|Succeeded|Failed|Exited)")) {
      String kind = type.startsWith("Map") ? "Map" : "Parallel";
      String name = event.stateExitedEventDetails() == null ? null : event.stateExitedEventDetails().name();
      return openContainer(kind, name, event);
    }
    if (type.endsWith("StateAborted")) {
      return abortTarget(type.substring(0, type.length() - "StateAborted".length()), event);
    }
    Visit visit = visitOf.get(Events.previous(event));
    if (event.stateExitedEventDetails() != null && (visit == null
        || !visit.name().equals(event.stateExitedEventDetails().name()))) {
      visit = lastOpen(null, event.stateExitedEventDetails().name());
    }
    return visit;
  }

  /**
   * The Map or Parallel visit an event of its own belongs to: from the visit of the event it
   * follows, outwards, the first such visit that is still running.
   */
  private Visit openContainer(String kind, String name, HistoryEvent event) {
    boolean exit = event.stateExitedEventDetails() != null;
    for (Visit v = visitOf.get(Events.previous(event)); v != null; v = v.scope().owner()) {
      if (v.type().equals(kind) && (name == null || v.name().equals(name))
          && (exit ? v.exited() == null && v.aborted() == null : !v.isClosed())) {
        return v;
      }
    }
    return lastOpen(kind, name);
  }

  private Visit endIteration(HistoryEvent event, String type) {
    String name;
    int index;
    if (event.mapIterationSucceededEventDetails() != null) {
      name = event.mapIterationSucceededEventDetails().name();
      index = event.mapIterationSucceededEventDetails().index();
    } else if (event.mapIterationFailedEventDetails() != null) {
      name = event.mapIterationFailedEventDetails().name();
      index = event.mapIterationFailedEventDetails().index();
    } else {
      name = event.mapIterationAbortedEventDetails().name();
      index = event.mapIterationAbortedEventDetails().index();
    }
    for (int i = visits.size() - 1; i >= 0; i--) {
      Visit visit = visits.get(i);
      if (!visit.type().equals("Map") || !visit.name().equals(name)) {
        continue;
      }
      List<Scope> children = visit.children();
      for (int j = children.size() - 1; j >= 0; j--) {
        Scope iteration = children.get(j);
        if (iteration.index() == index && iteration.end() == null) {
          iteration.end(event);
          aborting = type.equals("MapIterationSucceeded") ? null : iteration;
          return visit;
        }
      }
    }
    return null;
  }

  /** The running state of that type an abort event stops (see the class comment). */
  private Visit abortTarget(String stateType, HistoryEvent event) {
    Visit failed = visitOf.get(Events.previous(event));
    if (failed != null && failed.type().equals(stateType) && failed.exited() == null && failed.aborted() == null) {
      return failed;
    }
    Visit inAborting = null;
    Visit anywhere = null;
    for (Visit visit : visits) {
      if (!visit.type().equals(stateType) || visit.exited() != null || visit.aborted() != null
          || hasRunningChild(visit)) {
        continue;
      }
      if (aborting != null && aborting.contains(visit.scope()) && inAborting == null) {
        inAborting = visit;
      }
      if (anywhere == null || visit.scope().order() < anywhere.scope().order()) {
        anywhere = visit;
      }
    }
    return inAborting != null ? inAborting : anywhere;
  }

  /** Children abort before their Map or Parallel: one with a running state inside is not next. */
  private static boolean hasRunningChild(Visit visit) {
    for (Scope child : visit.children()) {
      for (Visit inner : child.allVisits()) {
        if (abortable(inner) && inner.exited() == null && inner.aborted() == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether AWS would still record an abort for the visit (a state type that has an abort event). */
  private static boolean abortable(Visit visit) {
    return visit.isContainer() || visit.type().equals("Task") || visit.type().equals("Wait");
  }

  private Visit lastOpen(String kind, String name) {
    for (int i = visits.size() - 1; i >= 0; i--) {
      Visit visit = visits.get(i);
      if ((kind == null || visit.type().equals(kind)) && (name == null || visit.name().equals(name))
          && visit.exited() == null && visit.aborted() == null) {
        return visit;
      }
    }
    return null;
  }
}
