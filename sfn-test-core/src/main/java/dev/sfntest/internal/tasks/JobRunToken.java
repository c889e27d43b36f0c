package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskRequest;

/**
 * The task token of a job-run task ({@code .sync}, {@code .sync:2}). Whoever runs the job (a mock,
 * a nested execution) answers as usual; meanwhile SendTaskSuccess, SendTaskFailure and
 * SendTaskHeartbeat with the token answer the task too, as on AWS, where a workflow may hand
 * {@code $$.Task.Token} to a child execution that completes the parent's task with it. Whichever
 * answer comes first ends the task, and the token with it.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html">Context object: Task token</a>
 */
final class JobRunToken implements TaskCallbacks, TaskHandle {

  private final TaskTokens tokens;
  private final String token;
  private final TaskCallbacks callbacks;
  private TaskHandle job = TaskHandle.NOOP;

  private JobRunToken(TaskTokens tokens, TaskRequest request, TaskCallbacks callbacks) {
    this.tokens = tokens;
    this.token = request.taskToken();
    this.callbacks = callbacks;
    tokens.registerOptional(token, request.execution(), request.stateName(), this);
  }

  /** Whether the request is a job-run task with a token. */
  static boolean applies(TaskRequest request) {
    ResourceKind.Pattern pattern = request.kind().pattern();
    return request.taskToken() != null
        && (pattern == ResourceKind.Pattern.SYNC || pattern == ResourceKind.Pattern.SYNC2);
  }

  /** Registers the token, then lets {@code runner} start the job with callbacks that end it. */
  static TaskHandle run(TaskTokens tokens, TaskRequest request, TaskCallbacks callbacks,
      java.util.function.Function<TaskCallbacks, TaskHandle> runner) {
    JobRunToken wrapper = new JobRunToken(tokens, request, callbacks);
    TaskHandle job = runner.apply(wrapper);
    wrapper.job = job == null ? TaskHandle.NOOP : job;
    return wrapper;
  }

  @Override
  public void started(String workerName) {
    callbacks.started(workerName);
  }

  @Override
  public void submitted(JsonNode output) {
    callbacks.submitted(output);
  }

  @Override
  public void heartbeat() {
    callbacks.heartbeat();
  }

  @Override
  public void succeeded(JsonNode output) {
    tokens.release(token);
    callbacks.succeeded(output);
  }

  @Override
  public void failed(String error, String cause) {
    tokens.release(token);
    callbacks.failed(error, cause);
  }

  @Override
  public void timedOut(String error, String cause) {
    tokens.timedOut(token);
    callbacks.timedOut(error, cause);
  }

  @Override
  public void cancel() {
    tokens.release(token);
    job.cancel();
  }

  @Override
  public void timedOut() {
    tokens.timedOut(token);
    job.timedOut();
  }
}
