package dev.sfntest.trace;

/**
 * What a running state waits on, as far as its history tells: the clock, a caller outside the
 * execution, or other executions. The history records no due times; on the fake, {@code
 * Execution.stillRunning()} adds them from the virtual clock.
 *
 * <pre>{@code
 * trace.running().forEach(visit -> System.out.println(visit.name() + ": " + visit.waitingOn().orElseThrow().describe()));
 * // Approve: a task token: SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat with the token it sent
 * }</pre>
 *
 * @param kind what it waits on
 * @param detail the resource, activity, child execution or error it concerns, or {@code null}
 */
public record Waiting(Kind kind, String detail) {

  /** The kinds of waiting. */
  public enum Kind {
    /** A Wait state's timer. */
    TIMER,
    /** The interval before a retry of the Task, Map or Parallel ({@link #detail()}: the error it retries). */
    RETRY,
    /** A callback with the task token ({@code .waitForTaskToken}); {@link #detail()}: the resource. */
    TASK_TOKEN,
    /** A worker to take the activity task ({@code GetActivityTask}); {@link #detail()}: the activity ARN. */
    ACTIVITY_WORKER,
    /** The worker that took the activity task to answer or heartbeat; {@link #detail()}: its name, if given. */
    ACTIVITY_RESULT,
    /** A child execution started with {@code states:startExecution.sync}; {@link #detail()}: its ARN, once known. */
    CHILD_EXECUTION,
    /** A job started with a {@code .sync} integration to finish; {@link #detail()}: the resource. */
    JOB,
    /** The answer of a task call (a Lambda function, a service call); {@link #detail()}: the resource. */
    TASK_RESULT,
    /** The child executions of a distributed Map's map run; {@link #detail()}: the map run ARN. */
    MAP_RUN
  }

  /** In words, for messages: {@code a task token: SendTaskSuccess, ...}. */
  public String describe() {
    String text = switch (kind) {
      case TIMER -> "its Wait timer";
      case RETRY -> "the interval before its next retry" + (detail == null ? "" : " (after " + detail + ")");
      case TASK_TOKEN -> "a task token: SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat with the token it sent"
          + (detail == null ? "" : " (" + detail + ")");
      case ACTIVITY_WORKER -> "a worker to take its activity task (GetActivityTask"
          + (detail == null ? "" : " on " + detail) + ")";
      case ACTIVITY_RESULT -> "the activity worker" + (detail == null ? "" : " '" + detail + "'")
          + " to send its result or a heartbeat";
      case CHILD_EXECUTION -> "child execution" + (detail == null ? "" : " " + detail) + " to end";
      case JOB -> "the job it started to finish" + (detail == null ? "" : " (" + detail + ")");
      case TASK_RESULT -> "the answer of its task call" + (detail == null ? "" : " (" + detail + ")");
      case MAP_RUN -> "the child executions of its map run" + (detail == null ? "" : " " + detail);
    };
    return text;
  }
}
