package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.TaskCallbacks;
import java.util.HashMap;
import java.util.Map;

/**
 * The task tokens handed out to callback tasks and activities, and what became of each: a token
 * is answered once; afterwards AWS says the task no longer exists (or timed out).
 */
public final class TaskTokens {

  /** What a token answers to. */
  public enum Status {
    /** The task waits for this token. */
    WAITING,
    /** The token was never issued by this fake. */
    UNKNOWN,
    /** The task was answered, cancelled, or its execution ended. */
    GONE,
    /** The task timed out. */
    TIMED_OUT
  }

  private record Pending(ExecutionRun execution, String stateName, TaskCallbacks callbacks) {}

  private final Map<String, Pending> waiting = new HashMap<>();
  private final Map<String, Status> ended = new HashMap<>();

  /** Forgets every token, waiting or ended (the fake is being reset; their executions are gone). */
  public synchronized void clear() {
    waiting.clear();
    ended.clear();
  }

  /** Registers a token whose task waits on the test. */
  public synchronized void register(String token, ExecutionRun execution, String stateName, TaskCallbacks callbacks) {
    waiting.put(token, new Pending(execution, stateName, callbacks));
    execution.waitOnTest(describe(stateName, token));
  }

  /**
   * Registers the token of a job-run task ({@code .sync}, {@code .sync:2}): SendTaskSuccess,
   * SendTaskFailure and SendTaskHeartbeat answer it, but the task does not wait on them, so the
   * execution does not wait on the test either (time goes on while the job runs).
   */
  public synchronized void registerOptional(String token, ExecutionRun execution, String stateName,
      TaskCallbacks callbacks) {
    waiting.put(token, new Pending(execution, stateName, callbacks));
  }

  /** Forgets a token whose task ended another way (timeout, abort). */
  public synchronized void release(String token) {
    Pending pending = waiting.remove(token);
    if (pending != null) {
      pending.execution().releaseWaitOnTest(describe(pending.stateName(), token));
      ended.put(token, Status.GONE);
    }
  }

  /** The token's status. */
  public synchronized Status status(String token) {
    if (waiting.containsKey(token)) {
      Pending pending = waiting.get(token);
      return pending.execution().isRunning() ? Status.WAITING : Status.GONE;
    }
    return ended.getOrDefault(token, Status.UNKNOWN);
  }

  /** Completes the task with {@code output}; returns the status the token had. */
  public Status succeed(String token, JsonNode output) {
    Pending pending = take(token);
    if (pending == null) {
      return status(token);
    }
    pending.callbacks().succeeded(output);
    return Status.WAITING;
  }

  /** Fails the task; returns the status the token had. */
  public Status fail(String token, String error, String cause) {
    Pending pending = take(token);
    if (pending == null) {
      return status(token);
    }
    pending.callbacks().failed(error, cause);
    return Status.WAITING;
  }

  /** Records a heartbeat; returns the token's status. */
  public synchronized Status heartbeat(String token) {
    Pending pending = waiting.get(token);
    if (pending == null || !pending.execution().isRunning()) {
      return status(token);
    }
    pending.callbacks().heartbeat();
    return Status.WAITING;
  }

  private synchronized Pending take(String token) {
    Pending pending = waiting.get(token);
    if (pending == null || !pending.execution().isRunning()) {
      return null;
    }
    waiting.remove(token);
    ended.put(token, Status.GONE);
    pending.execution().releaseWaitOnTest(describe(pending.stateName(), token));
    return pending;
  }

  /** Marks a token timed out (its task's timeout fired). */
  public synchronized void timedOut(String token) {
    Pending pending = waiting.remove(token);
    if (pending != null) {
      pending.execution().releaseWaitOnTest(describe(pending.stateName(), token));
    }
    ended.put(token, Status.TIMED_OUT);
  }

  private static String describe(String stateName, String token) {
    return "the task token of Task state '" + stateName + "' (" + token.substring(0, Math.min(12, token.length()))
        + "...)";
  }
}
