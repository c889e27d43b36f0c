package dev.sfntest.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Derives the task answers a recorded history holds. Stop-gap until the trace model (issue 18) is
 * on main: reads executions without Map or Parallel states, in order.
 */
final class AnswerReader {

  private AnswerReader() {}

  static List<RecordedAnswer> read(List<HistoryEvent> events, String definition) {
    List<RecordedAnswer> answers = new ArrayList<>();
    Map<String, Integer> visits = new HashMap<>();
    String state = null;
    int visit = 0;
    int attempt = 0;
    HistoryEvent scheduled = null;
    JsonNode submitted = null;
    String worker = null;
    boolean started = false;
    for (HistoryEvent e : events) {
      HistoryEventType type = e.type();
      if (type == HistoryEventType.MAP_STATE_ENTERED || type == HistoryEventType.PARALLEL_STATE_ENTERED) {
        throw new UnsupportedOperationException("Replay reads Map and Parallel states once the trace model is in");
      }
      if (type == HistoryEventType.TASK_STATE_ENTERED) {
        state = e.stateEnteredEventDetails().name();
        visit = visits.merge(state, 1, Integer::sum);
        attempt = 0;
        continue;
      }
      if (type == HistoryEventType.TASK_SCHEDULED || type == HistoryEventType.LAMBDA_FUNCTION_SCHEDULED
          || type == HistoryEventType.ACTIVITY_SCHEDULED) {
        if (scheduled != null) {
          answers.add(answer(state, visit, attempt, RecordedAnswer.Kind.NO_ANSWER, null, null, null, submitted,
              worker, started, scheduled, e));
        }
        attempt++;
        scheduled = e;
        submitted = null;
        worker = null;
        started = type != HistoryEventType.ACTIVITY_SCHEDULED;
        continue;
      }
      if (scheduled == null) {
        continue;
      }
      switch (type) {
        case ACTIVITY_STARTED -> {
          started = true;
          worker = e.activityStartedEventDetails() == null ? null : e.activityStartedEventDetails().workerName();
        }
        case TASK_SUBMITTED -> submitted = parse(e.taskSubmittedEventDetails().output());
        case TASK_SUCCEEDED -> result(answers, state, visit, attempt, RecordedAnswer.Kind.RETURNED,
            parse(e.taskSucceededEventDetails().output()), null, null, submitted, worker, started, scheduled, e);
        case LAMBDA_FUNCTION_SUCCEEDED -> result(answers, state, visit, attempt, RecordedAnswer.Kind.RETURNED,
            parse(e.lambdaFunctionSucceededEventDetails().output()), null, null, submitted, worker, started, scheduled, e);
        case ACTIVITY_SUCCEEDED -> result(answers, state, visit, attempt, RecordedAnswer.Kind.RETURNED,
            parse(e.activitySucceededEventDetails().output()), null, null, submitted, worker, started, scheduled, e);
        case TASK_FAILED -> result(answers, state, visit, attempt, RecordedAnswer.Kind.FAILED, null,
            e.taskFailedEventDetails().error(), e.taskFailedEventDetails().cause(), submitted, worker, started, scheduled, e);
        case LAMBDA_FUNCTION_FAILED -> result(answers, state, visit, attempt, RecordedAnswer.Kind.FAILED, null,
            e.lambdaFunctionFailedEventDetails().error(), e.lambdaFunctionFailedEventDetails().cause(), submitted, worker,
            started, scheduled, e);
        case ACTIVITY_FAILED -> result(answers, state, visit, attempt, RecordedAnswer.Kind.FAILED, null,
            e.activityFailedEventDetails().error(), e.activityFailedEventDetails().cause(), submitted, worker, started,
            scheduled, e);
        case TASK_TIMED_OUT -> result(answers, state, visit, attempt, RecordedAnswer.Kind.TIMED_OUT, null,
            e.taskTimedOutEventDetails().error(), e.taskTimedOutEventDetails().cause(), submitted, worker, started,
            scheduled, e);
        case LAMBDA_FUNCTION_TIMED_OUT -> result(answers, state, visit, attempt, RecordedAnswer.Kind.TIMED_OUT, null,
            e.lambdaFunctionTimedOutEventDetails().error(), e.lambdaFunctionTimedOutEventDetails().cause(), submitted,
            worker, started, scheduled, e);
        case ACTIVITY_TIMED_OUT -> result(answers, state, visit, attempt, RecordedAnswer.Kind.TIMED_OUT, null,
            e.activityTimedOutEventDetails().error(), e.activityTimedOutEventDetails().cause(), submitted, worker,
            started, scheduled, e);
        default -> {
          continue;
        }
      }
      if (type != HistoryEventType.ACTIVITY_STARTED && type != HistoryEventType.TASK_SUBMITTED) {
        scheduled = null;
      }
    }
    if (scheduled != null) {
      answers.add(answer(state, visit, attempt, RecordedAnswer.Kind.NO_ANSWER, null, null, null, submitted, worker,
          started, scheduled, null));
    }
    return answers;
  }

  private static void result(List<RecordedAnswer> answers, String state, int visit, int attempt,
      RecordedAnswer.Kind kind, JsonNode output, String error, String cause, JsonNode submitted, String worker,
      boolean started, HistoryEvent scheduled, HistoryEvent end) {
    answers.add(answer(state, visit, attempt, kind, output, error, cause, submitted, worker, started, scheduled, end));
  }

  private static RecordedAnswer answer(String state, int visit, int attempt, RecordedAnswer.Kind kind, JsonNode output,
      String error, String cause, JsonNode submitted, String worker, boolean started, HistoryEvent scheduled,
      HistoryEvent end) {
    return new RecordedAnswer(state, "", visit, attempt, kind, output, error, cause, submitted, worker, started,
        took(scheduled, end));
  }

  private static Duration took(HistoryEvent from, HistoryEvent to) {
    Instant start = from == null ? null : from.timestamp();
    Instant stop = to == null ? null : to.timestamp();
    if (start == null || stop == null || stop.isBefore(start)) {
      return Duration.ZERO;
    }
    return Duration.between(start, stop);
  }

  static JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Json.NODES.textNode(text);
    }
  }
}
