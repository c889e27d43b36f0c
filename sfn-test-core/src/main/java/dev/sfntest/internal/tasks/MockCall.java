package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;

/** One call of a mocked task in progress. */
final class MockCall implements TaskHandle {
  private final TaskRequest request;
  private final TaskCallbacks callbacks;
  private final MockResponse response;
  private final TaskCall call;
  private final TaskTokens tokens;
  private final Scheduler scheduler;
  private Scheduler.Timer answerTimer;
  private Scheduler.Timer heartbeatTimer;
  private boolean cancelled;

  MockCall(TaskRequest request, TaskCallbacks callbacks, MockResponse response, TaskCall call, TaskTokens tokens) {
    this.request = request;
    this.callbacks = callbacks;
    this.response = response;
    this.call = call;
    this.tokens = tokens;
    this.scheduler = request.execution().scheduler();
  }

  TaskHandle start() {
    if (request.kind().family() == ResourceKind.Family.ACTIVITY) {
      // A mocked activity is a worker that takes the task at once.
      callbacks.started(response.workerName());
    }
    ResourceKind.Pattern pattern = request.kind().pattern();
    boolean submits = request.kind().family() == ResourceKind.Family.SERVICE
        && pattern != ResourceKind.Pattern.REQUEST_RESPONSE;
    if (submits && response.kind() != MockResponse.Kind.VIA_TOKEN) {
      callbacks.submitted(response.submitted() != null ? response.submitted() : Json.object());
    }
    switch (response.kind()) {
      case SILENT -> scheduleHeartbeats();
      case VIA_TOKEN -> {
        if (request.taskToken() == null) {
          callbacks.failed(ErrorNames.RUNTIME, "completesViaToken() needs a task token: the resource of the Task "
              + "state '" + request.stateName() + "' must end in .waitForTaskToken, .sync or .sync:2");
          return this;
        }
        if (submits) {
          callbacks.submitted(response.submitted() != null ? response.submitted() : Json.object());
        }
        tokens.register(request.taskToken(), request.execution(), request.stateName(), callbacks);
      }
      default -> {
        if (response.delay().isZero()) {
          answer();
        } else {
          scheduleHeartbeats();
          answerTimer = scheduler.scheduleAfter(response.delay(), this::answer);
        }
      }
    }
    return this;
  }

  private void scheduleHeartbeats() {
    Duration every = response.heartbeatEvery();
    if (every == null || every.isZero() || every.isNegative()) {
      return;
    }
    heartbeatTimer = scheduler.scheduleAfter(every, () -> {
      if (!cancelled) {
        callbacks.heartbeat();
        scheduleHeartbeats();
      }
    });
  }

  private void answer() {
    if (cancelled) {
      return;
    }
    if (heartbeatTimer != null) {
      heartbeatTimer.cancel();
    }
    switch (response.kind()) {
      case RETURN -> callbacks.succeeded(response.result());
      case FAIL -> callbacks.failed(response.error(), response.cause());
      case ANSWER -> {
        JsonNode result;
        try {
          result = response.handler().answer(call);
        } catch (MockAnswer.Failure failure) {
          callbacks.failed(failure.error(), failure.cause());
          return;
        } catch (RuntimeException e) {
          // A handler bug surfaces like an unhandled exception in a Lambda: its type and message.
          // The exception is kept, so that the test can still see where it was thrown.
          request.execution().recordHandlerException(e);
          callbacks.failed(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
          return;
        }
        callbacks.succeeded(result == null ? Json.NODES.nullNode() : result);
      }
      default -> throw new IllegalStateException(response.kind().name());
    }
  }

  @Override
  public java.time.Instant answerDue() {
    return answerTimer != null && answerTimer.isPending() ? answerTimer.due() : null;
  }

  @Override
  public void timedOut() {
    cancel();
    if (request.taskToken() != null) {
      tokens.timedOut(request.taskToken());
    }
  }

  @Override
  public void cancel() {
    cancelled = true;
    if (answerTimer != null) {
      answerTimer.cancel();
    }
    if (heartbeatTimer != null) {
      heartbeatTimer.cancel();
    }
    if (request.taskToken() != null) {
      tokens.release(request.taskToken());
    }
  }
}
