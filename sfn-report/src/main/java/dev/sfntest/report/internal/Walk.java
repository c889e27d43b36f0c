package dev.sfntest.report.internal;

import dev.sfntest.trace.Attempt;
import dev.sfntest.trace.Failure;
import dev.sfntest.trace.Outcome;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * What one execution did to its definition: its {@link Trace} (the states it visited, in order,
 * each with its outcome, and, read with the definition, the catcher and retriers that handled its
 * errors), and the transitions of the definition it took and the retriers that fired.
 */
public final class Walk {

  private final Trace trace;
  private final Map<Transition, Integer> taken = new LinkedHashMap<>();
  private final Map<Retrier, Integer> retries = new LinkedHashMap<>();

  private Walk(Workflow workflow, Trace trace) {
    this.trace = trace;
    for (Visit visit : trace.visits()) {
      StateNode state = workflow.state(visit.name());
      if (state == null) {
        continue;
      }
      if (visit.next() != null) {
        Transition transition = taken(state, visit, visit.next().name());
        if (transition != null) {
          taken.merge(transition, 1, Integer::sum);
        }
      }
      for (Attempt attempt : visit.attempts()) {
        attempt.retrier().ifPresent(index -> {
          if (index < state.retriers().size()) {
            retries.merge(state.retriers().get(index), 1, Integer::sum);
          }
        });
      }
    }
  }

  /** Reads one execution's trace against its definition. */
  public static Walk of(Workflow workflow, Trace trace) {
    return new Walk(workflow, trace);
  }

  public Trace trace() {
    return trace;
  }

  /** The states visited, in the order they were entered. */
  public List<Visit> visits() {
    return trace.visits();
  }

  /** How often each transition was taken, in the order first taken. */
  public Map<Transition, Integer> taken() {
    return Collections.unmodifiableMap(taken);
  }

  /** How often each retrier fired, in the order first fired. */
  public Map<Retrier, Integer> retries() {
    return Collections.unmodifiableMap(retries);
  }

  /** {@code SUCCEEDED}, {@code FAILED}, {@code TIMED_OUT}, {@code ABORTED}, or {@code RUNNING}. */
  public String status() {
    return trace.status().toString();
  }

  /** When the execution started (its first event), or the epoch for an empty history. */
  public Instant start() {
    List<HistoryEvent> events = trace.events();
    return events.isEmpty() || events.get(0).timestamp() == null ? Instant.EPOCH : events.get(0).timestamp();
  }

  /** When the execution ended, or its last event if it has not. */
  public Instant end() {
    List<HistoryEvent> events = trace.events();
    Instant last = events.isEmpty() ? null : events.get(events.size() - 1).timestamp();
    return last == null ? start() : last;
  }

  /** When the visit began. */
  public Instant entered(Visit visit) {
    return visit.entered().timestamp() == null ? start() : visit.entered().timestamp();
  }

  /** How long a visit took, on the execution's clock; up to the end of the execution if it never left. */
  public Duration duration(Visit visit) {
    HistoryEvent left = visit.exited() != null ? visit.exited() : visit.aborted();
    Instant end = left != null && left.timestamp() != null ? left.timestamp() : end();
    Instant entered = entered(visit);
    return end.isBefore(entered) ? Duration.ZERO : Duration.between(entered, end);
  }

  /** Whether the visit failed there (its error not caught): the state drawn red. */
  public static boolean failed(Visit visit) {
    return visit.outcome() == Outcome.FAILED;
  }

  /** The error the visit's work ended with, caught or not, or {@code null}. */
  public static String error(Visit visit) {
    Failure failure = visit.failure();
    return failure == null ? null : failure.error();
  }

  /**
   * Which of the state's transitions to {@code to} the visit took. A caught visit took the catcher
   * the trace names (AWS takes the first whose {@code ErrorEquals} matches).
   */
  private static Transition taken(StateNode state, Visit from, String to) {
    List<Transition> candidates = state.transitions().stream().filter(t -> t.to().equals(to)).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    boolean caught = from.wasCaught();
    if (caught && from.catcher().isPresent()) {
      int catcher = from.catcher().getAsInt();
      for (Transition transition : candidates) {
        if (transition.kind() == Transition.Kind.CATCH && transition.indexes().contains(catcher)) {
          return transition;
        }
      }
    }
    return candidates.stream().filter(t -> (t.kind() == Transition.Kind.CATCH) == caught).findFirst()
        .orElse(candidates.get(0));
  }
}
