package dev.sfntest.core.replay;

import dev.sfntest.trace.Attempt;
import dev.sfntest.trace.EventKind;
import dev.sfntest.trace.Failure;
import dev.sfntest.trace.Outcome;
import dev.sfntest.trace.Scope;
import dev.sfntest.trace.StateType;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Derives the task answers a recorded history holds, through the trace model: every attempt of
 * every Task visit, at the top level, in Parallel branches and in Map iterations, placed by the
 * iterations and branches around it (with the definition, so a branch's index is its position in
 * {@code Branches}, whatever order AWS ran them in).
 */
final class AnswerReader {

  private AnswerReader() {}

  static List<RecordedAnswer> read(List<HistoryEvent> events, String definition) {
    Trace trace = Trace.of(events, () -> definition);
    List<RecordedAnswer> answers = new ArrayList<>();
    Map<String, Integer> visits = new HashMap<>();
    for (Visit visit : trace.visits()) {
      if (visit.type() != StateType.TASK) {
        continue;
      }
      String scope = scopeOf(visit);
      int number = visits.merge(scope + "\u0000" + visit.name(), 1, Integer::sum);
      for (Attempt attempt : visit.attempts()) {
        answers.add(answer(visit, scope, number, attempt));
      }
    }
    return answers;
  }

  private static RecordedAnswer answer(Visit visit, String scope, int number, Attempt attempt) {
    String worker = null;
    boolean started = true;
    HistoryEvent last = attempt.begin();
    for (HistoryEvent event : attempt.events()) {
      EventKind kind = EventKind.of(event);
      if (kind == EventKind.ACTIVITY_SCHEDULED) {
        started = false;
      }
      if (kind == EventKind.ACTIVITY_STARTED) {
        started = true;
        worker = event.activityStartedEventDetails() == null ? null : event.activityStartedEventDetails().workerName();
      }
      last = event;
    }
    Failure failure = attempt.failure();
    RecordedAnswer.Kind kind;
    if (attempt.outcome() == Outcome.SUCCEEDED) {
      kind = RecordedAnswer.Kind.RETURNED;
    } else if (attempt.timedOut()) {
      kind = RecordedAnswer.Kind.TIMED_OUT;
    } else if (failure != null) {
      kind = RecordedAnswer.Kind.FAILED;
    } else {
      kind = RecordedAnswer.Kind.NO_ANSWER;
    }
    return new RecordedAnswer(visit.name(), scope, number, attempt.number(), kind,
        kind == RecordedAnswer.Kind.RETURNED ? attempt.result() : null,
        failure == null ? null : failure.error(), failure == null ? null : failure.cause(), attempt.submitted(),
        worker, started, kind == RecordedAnswer.Kind.NO_ANSWER ? Duration.ZERO : took(attempt.begin(), last));
  }

  private static Duration took(HistoryEvent from, HistoryEvent to) {
    Instant start = from.timestamp();
    Instant stop = to.timestamp();
    if (start == null || stop == null || stop.isBefore(start)) {
      return Duration.ZERO;
    }
    return Duration.between(start, stop);
  }

  /** {@code Items[3]/Both[1]}: the iterations and branches around a visit, as the engine's frame paths print them. */
  private static String scopeOf(Visit visit) {
    Deque<String> steps = new ArrayDeque<>();
    Scope scope = visit.scope();
    while (scope.kind() != Scope.Kind.EXECUTION) {
      steps.addFirst(scope.owner().name() + "[" + scope.index() + "]");
      scope = scope.owner().scope();
    }
    return String.join("/", steps);
  }
}
