package dev.sfntest.core.replay;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.FramePath;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInterceptor;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the replayed execution's Task attempts with what the recording says each answered: the
 * attempt is found by the Map iterations and Parallel branches it runs in, its state, the visit of
 * the state there and its retry count, so iterations and branches that run in another order than
 * they did on AWS still get their own answers. Each answer takes the time it took on AWS, sending
 * heartbeats meanwhile when the state expects them. An attempt the recording has no answer for
 * (the replay took another path) fails with {@code States.Runtime}, which the comparison then shows.
 */
final class RecordedAnswers implements TaskInterceptor {

  /** One call the replay answered, in the order the fake made them: what mock exports are built from. */
  record Call(String state, RecordedAnswer answer, Long heartbeatSeconds) {}

  private record VisitKey(String path, String state) {}

  private final Map<String, RecordedAnswer> byAttempt = new HashMap<>();
  private final Map<VisitKey, Integer> visits = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final List<String> unanswered = new ArrayList<>();
  private final java.util.Set<String> tokens = new java.util.HashSet<>();

  RecordedAnswers(List<RecordedAnswer> answers) {
    for (RecordedAnswer answer : answers) {
      byAttempt.put(key(answer.scope(), answer.state(), answer.visit(), answer.attempt()), answer);
    }
  }

  private static String key(String scope, String state, int visit, int attempt) {
    return scope + "\u0000" + state + "\u0000" + visit + "\u0000" + attempt;
  }

  /** The calls answered, in the order they were made. */
  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The task tokens the fake handed out to the calls it answered. */
  java.util.Set<String> tokens() {
    return java.util.Set.copyOf(tokens);
  }

  /** The attempts the recording had no answer for, in words. */
  List<String> unanswered() {
    return List.copyOf(unanswered);
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks, TaskInvoker fake) {
    if (request.taskToken() != null) {
      tokens.add(request.taskToken());
    }
    FramePath path = request.path();
    VisitKey visitKey = new VisitKey(path.toString(), request.stateName());
    int visit = request.retryCount() == 0 ? visits.merge(visitKey, 1, Integer::sum) : visits.getOrDefault(visitKey, 1);
    int attempt = request.retryCount() + 1;
    RecordedAnswer answer = byAttempt.get(key(path.toString(), request.stateName(), visit, attempt));
    if (answer == null) {
      String where = (path.isRoot() ? "" : path + "/") + request.stateName() + ", visit " + visit + ", attempt " + attempt;
      unanswered.add(where);
      callbacks.failed(ErrorNames.RUNTIME, "The recorded history has no answer for the Task state " + where
          + ": the replay took another path than the recorded execution.");
      return TaskHandle.NOOP;
    }
    calls.add(new Call(request.stateName(), answer, request.heartbeatSeconds()));
    return new Answering(request, callbacks, answer).start();
  }

  /** Every Task is answered from the recording: none is refused (an activity need not exist here). */
  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind,
      TaskInvoker fake) {
    return null;
  }

  /** One recorded answer being given. */
  private static final class Answering implements TaskHandle {
    private final TaskRequest request;
    private final TaskCallbacks callbacks;
    private final RecordedAnswer answer;
    private final Scheduler scheduler;
    private Scheduler.Timer answerTimer;
    private Scheduler.Timer heartbeats;
    private boolean over;

    Answering(TaskRequest request, TaskCallbacks callbacks, RecordedAnswer answer) {
      this.request = request;
      this.callbacks = callbacks;
      this.answer = answer;
      this.scheduler = request.execution().scheduler();
    }

    TaskHandle start() {
      ResourceKind kind = request.kind();
      if (kind.family() == ResourceKind.Family.ACTIVITY) {
        if (!answer.started()) {
          return this; // no worker took it before the execution ended
        }
        callbacks.started(answer.workerName());
      }
      if (answer.submitted() != null) {
        callbacks.submitted(answer.submitted());
      }
      switch (answer.kind()) {
        case NO_ANSWER -> beatEvery();
        case TIMED_OUT -> timeOut();
        default -> {
          if (answer.took().isZero()) {
            answer();
          } else {
            beatEvery();
            answerTimer = scheduler.scheduleAfter(answer.took(), this::answer);
          }
        }
      }
      return this;
    }

    /**
     * A recorded time-out: the state's own timer fires, as on AWS. A missed heartbeat is silence;
     * a TimeoutSeconds that passed while heartbeats came is silence with heartbeats. Without a
     * timer of the state's (a Lambda's own time-out), the call reports the time-out itself.
     */
    private void timeOut() {
      Long timeout = request.timeoutSeconds();
      Long heartbeat = request.heartbeatSeconds();
      if (timeout == null && heartbeat == null) {
        callbacks.timedOut(answer.error() == null ? ErrorNames.TIMEOUT : answer.error(), answer.cause());
        return;
      }
      boolean missedHeartbeat = ErrorNames.HEARTBEAT_TIMEOUT.equals(answer.error())
          || heartbeat != null && (timeout == null || answer.took().compareTo(Duration.ofSeconds(timeout)) < 0);
      if (!missedHeartbeat) {
        beatEvery();
      }
    }

    /** Heartbeats while the answer takes its time, twice per HeartbeatSeconds, when the state has one. */
    private void beatEvery() {
      Long heartbeat = request.heartbeatSeconds();
      if (heartbeat == null) {
        return;
      }
      Duration every = Duration.ofMillis(heartbeat * 500);
      heartbeats = scheduler.scheduleAfter(every, () -> {
        if (!over) {
          callbacks.heartbeat();
          beatEvery();
        }
      });
    }

    private void answer() {
      if (over) {
        return;
      }
      over = true;
      if (heartbeats != null) {
        heartbeats.cancel();
      }
      switch (answer.kind()) {
        case RETURNED -> callbacks.succeeded(answer.output() == null
            ? dev.sfntest.internal.expr.Json.NODES.nullNode() : answer.output().deepCopy());
        case FAILED -> callbacks.failed(answer.error(), answer.cause());
        default -> throw new IllegalStateException(answer.kind().name());
      }
    }

    @Override
    public void cancel() {
      over = true;
      if (answerTimer != null) {
        answerTimer.cancel();
      }
      if (heartbeats != null) {
        heartbeats.cancel();
      }
    }
  }
}
