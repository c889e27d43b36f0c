package dev.sfntest.report.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one execution did to its definition, read from its history: the states it visited in
 * order, with times, the transitions it took and the retriers that fired.
 *
 * <p>Events are tied to states through {@code previousEventId}, which AWS sets to the event before
 * in the same thread of execution: a state's events chain back to its {@code StateEntered}, the
 * first state of a Parallel branch or Map iteration chains to the {@code ParallelStateStarted}
 * or {@code MapIterationStarted} of its container, and a state entered after another chains to
 * that one's {@code StateExited}. Following the chain keeps interleaved branches and iterations
 * apart.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html">HistoryEvent</a>
 */
public final class Trace {

  private final List<Visit> visits;
  private final Map<Transition, Integer> taken;
  private final Map<Retrier, Integer> retries;
  private final String status;
  private final Instant start;
  private final Instant end;

  private Trace(List<Visit> visits, Map<Transition, Integer> taken, Map<Retrier, Integer> retries, String status,
      Instant start, Instant end) {
    this.visits = visits;
    this.taken = taken;
    this.retries = retries;
    this.status = status;
    this.start = start;
    this.end = end;
  }

  /** The states visited, in the order they were entered. */
  public List<Visit> visits() {
    return visits;
  }

  /** How often each transition was taken, in the order first taken. */
  public Map<Transition, Integer> taken() {
    return taken;
  }

  /** How often each retrier fired, in the order first fired. */
  public Map<Retrier, Integer> retries() {
    return retries;
  }

  /** {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED}, or {@code RUNNING}. */
  public String status() {
    return status;
  }

  public Instant start() {
    return start;
  }

  /** When the execution ended, or its last event if it has not. */
  public Instant end() {
    return end;
  }

  /** Reads one execution's history against its definition. */
  public static Trace of(Workflow workflow, List<Event> history) {
    return new Reader(workflow, history).read();
  }

  /** Whether an {@code ErrorEquals} list matches an error, as Retry and Catch match them. */
  static boolean matches(List<String> errorEquals, String error) {
    for (String name : errorEquals) {
      if (name.equals("States.ALL")) {
        return true;
      }
      if (error != null && (name.equals(error)
          // "matches any known error except for States.Timeout" (Error handling, AWS docs)
          || name.equals("States.TaskFailed") && !error.equals("States.Timeout"))) {
        return true;
      }
    }
    return false;
  }

  /** A visit being read: visits are immutable once the whole history is read. */
  private static final class Open {
    final String state;
    final Open container;
    final Instant entered;
    Instant exited;
    int attempts = 1;
    boolean failed;
    String error;
    Visit done;

    Open(String state, Open container, Instant entered) {
      this.state = state;
      this.container = container;
      this.entered = entered;
    }

    Visit toVisit() {
      if (done == null) {
        done = new Visit(state, container == null ? null : container.toVisit(), entered, exited, attempts, failed,
            error);
      }
      return done;
    }
  }

  private static final class Reader {
    private final Workflow workflow;
    private final List<Event> events;
    private final Map<Long, Event> byId = new HashMap<>();
    private final Map<Long, Open> context = new HashMap<>();
    private final List<Open> opened = new ArrayList<>();
    private final Map<Transition, Integer> taken = new LinkedHashMap<>();
    private final Map<Retrier, Integer> retries = new LinkedHashMap<>();
    private String status = "RUNNING";

    Reader(Workflow workflow, List<Event> history) {
      this.workflow = workflow;
      this.events = new ArrayList<>(history);
      this.events.sort(Comparator.comparingLong(Event::id));
      events.forEach(e -> byId.put(e.id(), e));
    }

    Trace read() {
      for (Event event : events) {
        Event previous = byId.get(event.previousEventId());
        if (event.isStateEntered()) {
          enter(event, previous);
        } else {
          Open visit = previous == null ? null
              : previous.isStateExited() ? containerOf(previous) : context.get(previous.id());
          if (event.isStateExited()) {
            visit = exitedVisit(event, visit);
            if (visit != null) {
              visit.exited = event.timestamp();
            }
          } else if (visit != null) {
            follow(event, previous, visit);
          }
          context.put(event.id(), visit);
          executionEvent(event, visit);
        }
      }
      List<Visit> visits = opened.stream().map(Open::toVisit).toList();
      Instant start = events.isEmpty() ? Instant.EPOCH : events.get(0).timestamp();
      Instant end = events.isEmpty() ? Instant.EPOCH : events.get(events.size() - 1).timestamp();
      return new Trace(visits, Collections.unmodifiableMap(taken), Collections.unmodifiableMap(retries), status,
          start, end);
    }

    private void enter(Event event, Event previous) {
      Open container;
      if (previous != null && previous.isStateExited()) {
        Open from = context.get(previous.id());
        container = from == null ? null : from.container;
        if (from != null) {
          Transition transition = classify(from, previous, event.stateName());
          if (transition != null) {
            taken.merge(transition, 1, Integer::sum);
          }
        }
      } else {
        container = previous == null ? null : context.get(previous.id());
      }
      Open visit = new Open(event.stateName(), container, event.timestamp());
      opened.add(visit);
      context.put(event.id(), visit);
    }

    private Open containerOf(Event exited) {
      Open visit = context.get(exited.id());
      return visit == null ? null : visit.container;
    }

    /** The visit a {@code StateExited} closes: the one its chain leads to, or the last open one of that name. */
    private Open exitedVisit(Event exited, Open chained) {
      if (chained != null && chained.state.equals(exited.stateName())) {
        return chained;
      }
      for (int i = opened.size() - 1; i >= 0; i--) {
        Open candidate = opened.get(i);
        if (candidate.state.equals(exited.stateName()) && candidate.exited == null) {
          return candidate;
        }
      }
      return chained;
    }

    /** An event inside a visit: a failure, or the work starting again after one (a retry). */
    private void follow(Event event, Event previous, Open visit) {
      if (event.isFailure()) {
        visit.error = event.error();
        return;
      }
      boolean retried = previous.isFailure() && context.get(previous.id()) == visit
          && !event.type().startsWith("Execution");
      if (retried) {
        visit.attempts++;
        visit.error = null; // retried: the error did not end the visit
        StateNode state = workflow.state(visit.state);
        if (state != null) {
          state.retriers().stream().filter(r -> matches(r.errors(), previous.error())).findFirst()
              .ifPresent(r -> retries.merge(r, 1, Integer::sum));
        }
      }
    }

    private void executionEvent(Event event, Open visit) {
      switch (event.type()) {
        case "ExecutionSucceeded" -> status = "SUCCEEDED";
        case "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted" -> {
          status = switch (event.type()) {
            case "ExecutionFailed" -> "FAILED";
            case "ExecutionTimedOut" -> "TIMED_OUT";
            default -> "ABORTED";
          };
          // The state the execution ended in, and every container around it, failed there.
          for (Open v = visit; v != null; v = v.container) {
            v.failed = true;
          }
          if (visit != null && visit.error == null) {
            visit.error = event.error(); // a Fail state's Error
          }
        }
        default -> { }
      }
    }

    /**
     * Which of the state's transitions to {@code to} was taken. After a failure it was a catcher:
     * the first whose {@code ErrorEquals} matches the error, as AWS picks one.
     */
    private Transition classify(Open from, Event exited, String to) {
      StateNode state = workflow.state(from.state);
      if (state == null) {
        return null;
      }
      List<Transition> candidates = state.transitions().stream().filter(t -> t.to().equals(to)).toList();
      if (candidates.isEmpty()) {
        return null;
      }
      Event before = byId.get(exited.previousEventId());
      boolean afterFailure = before != null && before.isFailure();
      if (afterFailure) {
        String error = before.error() != null ? before.error() : from.error;
        // Catchers are tried in order; the first that matches the error is the one AWS follows.
        for (Transition catcher : state.transitions()) {
          if (catcher.kind() == Transition.Kind.CATCH && matches(catcher.errors(), error)) {
            if (catcher.to().equals(to)) {
              return catcher;
            }
            break;
          }
        }
      }
      return candidates.stream().filter(t -> (t.kind() == Transition.Kind.CATCH) == afterFailure).findFirst()
          .orElse(candidates.get(0));
    }
  }
}
