package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.ErrorHandling;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.asl.ValueSource;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.PathNotFoundException;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import dev.sfntest.internal.history.JsonText;
import java.time.Duration;
import java.util.Map;

/**
 * Task: schedules its resource through the {@link TaskInvoker}, records the events AWS records for
 * that kind of resource ({@code LambdaFunction*}, {@code Activity*} or {@code Task*}), and applies
 * TimeoutSeconds and HeartbeatSeconds as timers on the clock.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-task.html">Task state</a>
 */
final class TaskVisit extends RetryingVisit {

  private final TaskState state;
  private final ResourceKind kind;
  private Attempt current;
  private String token;

  TaskVisit(Frame frame, TaskState state, JsonNode input) {
    super(frame, input);
    this.state = state;
    this.kind = frame.run().engine().resourceKind(state.resource());
  }

  @Override
  TaskState state() {
    return state;
  }

  @Override
  ErrorHandling errorHandling() {
    return state.errorHandling();
  }

  @Override
  String taskToken() {
    return token;
  }

  @Override
  void attempt() {
    if (kind == null) {
      throw runtime("The resource '" + state.resource() + "' is not a Lambda function, activity or service "
          + "integration ARN");
    }
    String refusal = frame.run().engine().tasks().refuse(frame.run(), state.name(),
        ResourceKind.regionless(state.resource()), kind);
    if (refusal != null) {
      throw runtime(refusal);
    }
    // Activities, callbacks and (optionally used) the job-run pattern .sync / .sync:2 have a token:
    // "available only to Task states using the waitForTaskToken pattern, or optionally Task states
    // using the job run pattern" (developer guide, context object).
    boolean needsToken = kind.pattern() != ResourceKind.Pattern.REQUEST_RESPONSE;
    token = needsToken ? frame.run().engine().ids().taskToken() : null;
    resetContextObject();
    JsonNode parameters = isJsonata()
        ? new JsonataFlow(this).arguments(rawInput)
        : applyParameters(applyInputPath(rawInput));
    Long timeout = seconds(state.timeout());
    Long heartbeat = seconds(state.heartbeat());
    Attempt attempt = new Attempt(parameters, timeout, heartbeat);
    current = attempt;
    attempt.schedule();
  }

  /** Reads TimeoutSeconds(Path) or HeartbeatSeconds(Path). */
  private Long seconds(ValueSource source) {
    if (source == null) {
      return null;
    }
    JsonNode value;
    if (source.constant() != null) {
      value = source.constant();
    } else if (source.expression() != null) {
      value = new JsonataFlow(this).evaluate(source.expression(), source.field(), rawInput, null);
    } else {
      try {
        value = source.path().read(context(applyInputPath(rawInput)));
      } catch (PathNotFoundException e) {
        throw runtime("Invalid path '" + source.path().text() + "' : " + e.getMessage());
      }
    }
    // A number past a long would wrap round in asLong(): it is refused as any other non-integer.
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
      throw runtime("The value of the field '" + source.field() + "' must be a positive integer, but was: "
          + Json.write(value));
    }
    return value.asLong();
  }

  @Override
  void deadlines(java.util.List<Deadline> into) {
    super.deadlines(into);
    if (current != null && !current.done) {
      java.time.Instant answer = current.handle.answerDue();
      if (answer != null) {
        into.add(new Deadline(state.name(), "its mocked answer comes", answer));
      }
      deadline(into, current.timeoutTimer, "it times out (TimeoutSeconds)");
      deadline(into, current.heartbeatTimer, "it times out unless a heartbeat comes (HeartbeatSeconds)");
    }
  }

  @Override
  void cancelPending() {
    super.cancelPending();
    if (current != null) {
      current.cancel();
      current = null;
    }
  }

  @Override
  EventType abortEventType() {
    return EventType.TaskStateAborted;
  }

  /** The state's output once the task returned {@code result}. */
  private void succeed(JsonNode result) {
    recorded(StateTest.Step.RESULT, result);
    finish(() -> {
      if (isJsonata()) {
        JsonataFlow flow = new JsonataFlow(this);
        JsonNode output = flow.output(rawInput, result);
        exit(output, state.next(), flow.assign(result));
        return;
      }
      JsonNode selected = applyResultSelector(result);
      Map<String, JsonNode> assigned = assignJsonPath(io().assign(), selected);
      exit(jsonPathOutput(selected), state.next(), assigned);
    });
  }

  /** One attempt: its events, timers and the invoker's answer. Stale answers are ignored. */
  private final class Attempt implements TaskCallbacks {
    private final JsonNode parameters;
    private final Long timeout;
    private final Long heartbeat;
    private TaskHandle handle = TaskHandle.NOOP;
    private Scheduler.Timer timeoutTimer;
    private Scheduler.Timer heartbeatTimer;
    private boolean done;

    Attempt(JsonNode parameters, Long timeout, Long heartbeat) {
      this.parameters = parameters;
      this.timeout = timeout;
      this.heartbeat = heartbeat;
    }

    void schedule() {
      switch (kind.family()) {
        case LAMBDA -> frame.emit(EventType.LambdaFunctionScheduled, EventDetails.of(
            "resource", state.resource(),
            "input", JsonText.of(parameters),
            "inputDetails", EventDetails.NOT_TRUNCATED,
            "timeoutInSeconds", timeout,
            "taskCredentials", credentials()));
        case ACTIVITY -> frame.emit(EventType.ActivityScheduled, EventDetails.of(
            "resource", state.resource(),
            "input", JsonText.of(parameters),
            "inputDetails", EventDetails.NOT_TRUNCATED,
            "timeoutInSeconds", timeout,
            "heartbeatInSeconds", heartbeat));
        case SERVICE -> frame.emit(EventType.TaskScheduled, EventDetails.of(
            "resourceType", kind.resourceType(),
            "resource", kind.resource(),
            "region", region(),
            "parameters", JsonText.of(parameters),
            "timeoutInSeconds", timeout,
            "heartbeatInSeconds", heartbeat,
            "taskCredentials", credentials()));
        default -> throw new IllegalStateException(kind.family().name());
      }
      if (timeout != null) {
        timeoutTimer = scheduler().scheduleAfter(Duration.ofSeconds(timeout), () -> timeOut(ErrorNames.TIMEOUT));
      }
      if (kind.family() != ResourceKind.Family.ACTIVITY) {
        emitStarted(null);
      }
      TaskRequest request = new TaskRequest(frame.run(), state.name(), ResourceKind.regionless(state.resource()),
          kind, parameters, token,
          retryCount(), frame.run().nextTaskCall(state.name()), timeout, heartbeat, state.credentials(), frame.path());
      handle = frame.run().engine().tasks().invoke(request, this);
    }

    private void emitStarted(String workerName) {
      switch (kind.family()) {
        case LAMBDA -> frame.emit(EventType.LambdaFunctionStarted, EventDetails.EMPTY);
        case ACTIVITY -> frame.emit(EventType.ActivityStarted, EventDetails.of("workerName", workerName));
        default -> frame.emit(EventType.TaskStarted, EventDetails.of(
            "resourceType", kind.resourceType(),
            "resource", kind.resource()));
      }
      armHeartbeat();
    }

    private void armHeartbeat() {
      if (heartbeat == null) {
        return;
      }
      if (heartbeatTimer != null) {
        heartbeatTimer.cancel();
      }
      // AWS reports a silent callback task as States.Timeout (recorded); activities and Lambdas as
      // the spec's States.HeartbeatTimeout.
      String error = kind.family() == ResourceKind.Family.SERVICE ? ErrorNames.TIMEOUT : ErrorNames.HEARTBEAT_TIMEOUT;
      heartbeatTimer = scheduler().scheduleAfter(Duration.ofSeconds(heartbeat), () -> timeOut(error));
    }

    /** The integration ARN's own region when it names one, else the execution's. */
    private String region() {
      String named = ResourceKind.region(state.resource());
      return named != null ? named : frame.run().arn().split(":")[3];
    }

    private Object credentials() {
      JsonNode credentials = state.credentials();
      if (credentials == null || !credentials.has("RoleArn")) {
        return null;
      }
      return EventDetails.of("roleArn", credentials.get("RoleArn").asText());
    }

    private boolean live() {
      return !done && current == this && !frame.ended();
    }

    @Override
    public void started(String workerName) {
      if (live() && kind.family() == ResourceKind.Family.ACTIVITY) {
        emitStarted(workerName);
      }
    }

    @Override
    public void submitted(JsonNode output) {
      if (!live()) {
        return;
      }
      frame.emit(EventType.TaskSubmitted, EventDetails.of(
          "resourceType", kind.resourceType(),
          "resource", kind.resource(),
          "output", JsonText.of(output),
          "outputDetails", EventDetails.NOT_TRUNCATED));
    }

    @Override
    public void heartbeat() {
      if (live()) {
        armHeartbeat();
      }
    }

    @Override
    public void succeeded(JsonNode output) {
      if (!live()) {
        return;
      }
      if (measure(output) > frame.run().engine().limits().maxPayloadBytes()) {
        // AWS records an oversized result as the task's own failure, which Catch may handle.
        String name = kind.family() == ResourceKind.Family.SERVICE ? kind.resourceType() : state.resource();
        failed(ErrorNames.DATA_LIMIT_EXCEEDED, "The state/task '" + name
            + "' returned a result with a size exceeding the maximum number of bytes service limit.");
        return;
      }
      end();
      switch (kind.family()) {
        case LAMBDA -> frame.emit(EventType.LambdaFunctionSucceeded, EventDetails.of(
            "output", JsonText.of(output),
            "outputDetails", EventDetails.NOT_TRUNCATED));
        case ACTIVITY -> frame.emit(EventType.ActivitySucceeded, EventDetails.of(
            "output", JsonText.of(output),
            "outputDetails", EventDetails.NOT_TRUNCATED));
        default -> frame.emit(EventType.TaskSucceeded, EventDetails.of(
            "resourceType", kind.resourceType(),
            "resource", kind.resource(),
            "output", JsonText.of(output),
            "outputDetails", EventDetails.NOT_TRUNCATED));
      }
      succeed(output);
    }

    @Override
    public void failed(String error, String cause) {
      if (!live()) {
        return;
      }
      end();
      switch (kind.family()) {
        case LAMBDA -> frame.emit(EventType.LambdaFunctionFailed, EventDetails.of("error", error, "cause", cause));
        case ACTIVITY -> frame.emit(EventType.ActivityFailed, EventDetails.of("error", error, "cause", cause));
        default -> frame.emit(EventType.TaskFailed, EventDetails.of(
            "resourceType", kind.resourceType(),
            "resource", kind.resource(),
            "error", error,
            "cause", cause));
      }
      fail(Failure.of(error, cause));
    }

    @Override
    public void timedOut(String error, String cause) {
      if (live()) {
        end();
        emitTimedOut(error, cause);
        fail(Failure.of(error, cause));
      }
    }

    private void timeOut(String error) {
      if (!live()) {
        return;
      }
      end();
      handle.timedOut();
      emitTimedOut(error, null);
      fail(Failure.of(error, null));
    }

    private void emitTimedOut(String error, String cause) {
      switch (kind.family()) {
        case LAMBDA -> frame.emit(EventType.LambdaFunctionTimedOut, EventDetails.of("error", error, "cause", cause));
        case ACTIVITY -> frame.emit(EventType.ActivityTimedOut, EventDetails.of("error", error, "cause", cause));
        default -> frame.emit(EventType.TaskTimedOut, EventDetails.of(
            "resourceType", kind.resourceType(),
            "resource", kind.resource(),
            "error", error,
            "cause", cause));
      }
    }

    private void end() {
      done = true;
      if (timeoutTimer != null) {
        timeoutTimer.cancel();
      }
      if (heartbeatTimer != null) {
        heartbeatTimer.cancel();
      }
    }

    void cancel() {
      if (!done) {
        end();
        handle.cancel();
      }
    }
  }
}
