package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.tasks.TaskLink;
import dev.sfntest.internal.tasks.TaskTokens;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The tasks Task states schedule on activities, and the workers' long polls for them ({@code
 * GetActivityTask}). A task waits in its activity's queue, and its execution waits on the test,
 * until a worker takes it; the worker answers through SendTaskSuccess, SendTaskFailure and
 * SendTaskHeartbeat with the task token, as callback tasks do ({@link TaskTokens}). A Task on an
 * activity that does not exist fails with {@code States.Runtime} before anything is scheduled,
 * as AWS does (recorded).
 *
 * <p>A poll blocks the calling thread, but not the fake: it is the scheduler's long poll ({@link
 * Scheduler#poll}), which releases the lock while it waits, until a task is queued, the fake
 * closes, or the poll timeout passes (AWS's 60 seconds unless set), and then returns no task.
 *
 * <pre>{@code
 * ActivityTasks.Grant task = activityTasks.poll(activityArn, "worker-1");   // null: none within the timeout
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_GetActivityTask.html">GetActivityTask</a>
 */
public final class ActivityTasks implements TaskLink {

  /** How long AWS holds a GetActivityTask poll open. */
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(60);

  /** A task handed to a worker: its token and its input as JSON text. */
  public record Grant(String taskToken, String input) {}

  /** A task waiting for a worker, or taken by one. */
  private static final class Queued {
    final String activityArn;
    final String token;
    final ExecutionRun execution;
    final JsonNode input;
    final TaskCallbacks callbacks;
    final String waitLabel;
    boolean waitingForWorker = true;

    Queued(String activityArn, TaskRequest request, TaskCallbacks callbacks) {
      this.activityArn = activityArn;
      this.token = request.taskToken();
      this.execution = request.execution();
      this.input = request.parameters();
      this.callbacks = callbacks;
      this.waitLabel = "a worker to take the activity task of Task state '" + request.stateName() + "' ("
          + activityArn + ")";
    }
  }

  private final Operations operations;
  private final Activities activities;
  private final TaskTokens tokens;
  private final Map<String, Deque<Queued>> queues = new HashMap<>();
  private final Map<String, Queued> byToken = new HashMap<>();
  private final Duration pollTimeout;
  private volatile boolean closed;

  /**
   * @param tokens the fake's task tokens, which activity tasks share with callback tasks
   * @param pollTimeout how long a poll waits for a task in real time before it returns none (AWS: 60 s)
   */
  ActivityTasks(Operations operations, Activities activities, TaskTokens tokens, Duration pollTimeout) {
    if (pollTimeout.isNegative()) {
      throw new IllegalArgumentException("A poll timeout cannot be negative: " + pollTimeout);
    }
    this.operations = operations;
    this.activities = activities;
    this.tokens = tokens;
    this.pollTimeout = pollTimeout;
  }

  public Duration pollTimeout() {
    return pollTimeout;
  }

  // ------------------------------------------------------------------ the engine's side

  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
    if (kind.family() == ResourceKind.Family.ACTIVITY && activities.find(resource) == null) {
      return missing(resource);
    }
    return null;
  }

  /** AWS's cause (recorded), after the engine's prefix naming the state. */
  private static String missing(String activityArn) {
    return "The activity " + activityArn + " does not exist.";
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    if (request.kind().family() != ResourceKind.Family.ACTIVITY) {
      return null;
    }
    String activityArn = request.resource();
    if (activities.find(activityArn) == null) {
      callbacks.failed(ErrorNames.RUNTIME, missing(activityArn));
      return TaskHandle.NOOP;
    }
    Queued task = new Queued(activityArn, request, callbacks);
    queues.computeIfAbsent(activityArn, k -> new ArrayDeque<>()).add(task);
    byToken.put(task.token, task);
    tokens.register(task.token, task.execution, request.stateName(), callbacks);
    task.execution.waitOnTest(task.waitLabel);
    return new TaskHandle() {
      @Override
      public void cancel() {
        forget(task.token);
        tokens.release(task.token);
      }

      @Override
      public void timedOut() {
        forget(task.token);
        tokens.timedOut(task.token);
      }
    };
  }

  /**
   * Drops a task from its queue and from the execution's waits (it was answered, timed out or
   * cancelled). Under the lock.
   */
  void forget(String token) {
    Queued task = byToken.remove(token);
    if (task == null) {
      return;
    }
    Deque<Queued> queue = queues.get(task.activityArn);
    if (queue != null) {
      queue.remove(task);
    }
    if (task.waitingForWorker) {
      task.waitingForWorker = false;
      task.execution.releaseWaitOnTest(task.waitLabel);
    }
  }

  /** Whether the token is an activity task's whose activity has been deleted. Under the lock. */
  boolean isOrphaned(String token) {
    Queued task = byToken.get(token);
    return task != null && activities.find(task.activityArn) == null;
  }

  // ------------------------------------------------------------------ the workers' side

  /**
   * GetActivityTask: takes the oldest task of the activity, recording {@code ActivityStarted} with
   * the worker's name, or waits for one.
   *
   * @return the task, or {@code null} when none came within the poll timeout, the activity was
   *     deleted meanwhile, or the fake closed (AWS answers an empty task then)
   * @throws ApiException {@code ActivityDoesNotExist} for an activity that does not exist
   */
  public Grant poll(String activityArn, String workerName) {
    Arns.require(activityArn, "activityArn", Arns.Kind.ACTIVITY);
    Constraints.length(workerName, "workerName", 1, 80);
    Scheduler scheduler = operations.scheduler();
    scheduler.read(() -> activities.activity(activityArn));
    return scheduler.poll(() -> {
      Queued task = next(activityArn);
      if (task == null) {
        return null;
      }
      task.waitingForWorker = false;
      task.execution.releaseWaitOnTest(task.waitLabel);
      task.callbacks.started(workerName);
      return new Grant(task.token, Json.write(task.input));
    }, () -> closed || activities.find(activityArn) == null, pollTimeout);
  }

  private Queued next(String activityArn) {
    Deque<Queued> queue = queues.get(activityArn);
    while (queue != null && !queue.isEmpty()) {
      Queued task = queue.poll();
      if (task.execution.isRunning()) {
        return task;
      }
    }
    return null;
  }

  /** Forgets every queued task (their executions have stopped and are being forgotten). Under the lock. */
  void clear() {
    queues.clear();
    byToken.clear();
  }

  /** Ends every poll at once (the fake is closing); later polls return no task. */
  void close() {
    closed = true;
    operations.scheduler().wakeWaiters();
  }
}
