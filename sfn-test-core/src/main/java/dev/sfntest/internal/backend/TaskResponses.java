package dev.sfntest.internal.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.tasks.TaskTokens;

/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat: the answers of activity workers and of
 * callback ({@code .waitForTaskToken}) tasks, by task token. A token the fake never issued is
 * {@code InvalidToken}; one whose task is over (answered, timed out, its execution ended) is
 * {@code TaskTimedOut} (AWS's message as recorded); one of a task on an activity deleted since is
 * {@code TaskDoesNotExist}.
 *
 * <pre>{@code
 * responses.success(token, "{\"packed\": true}");
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_SendTaskSuccess.html">SendTaskSuccess</a>
 */
public final class TaskResponses {

  private final Operations operations;
  private final TaskTokens tokens;
  private final ActivityTasks activityTasks;

  TaskResponses(Operations operations, TaskTokens tokens, ActivityTasks activityTasks) {
    this.operations = operations;
    this.tokens = tokens;
    this.activityTasks = activityTasks;
  }

  /** SendTaskSuccess: the task succeeds with {@code output} (JSON text). */
  public void success(String taskToken, String output) {
    operations.run(() -> {
      checkToken(taskToken);
      Constraints.required(output, "output");
      Constraints.bytes(output, "output", 262_144);
      JsonNode parsed;
      try {
        parsed = Json.parse(output);
      } catch (JsonProcessingException e) {
        throw new ApiException("InvalidOutput", "Invalid Output: '" + e.getOriginalMessage() + "'");
      }
      requireWaiting(taskToken);
      tokens.succeed(taskToken, parsed);
      activityTasks.forget(taskToken);
    });
  }

  /** SendTaskFailure: the task fails with {@code error} and {@code cause} (either may be absent). */
  public void failure(String taskToken, String error, String cause) {
    operations.run(() -> {
      checkToken(taskToken);
      Constraints.length(error, "error", 0, 256);
      Constraints.length(cause, "cause", 0, 32_768);
      requireWaiting(taskToken);
      tokens.fail(taskToken, error, cause);
      activityTasks.forget(taskToken);
    });
  }

  /** SendTaskHeartbeat: the task's HeartbeatSeconds start over. */
  public void heartbeat(String taskToken) {
    operations.run(() -> {
      checkToken(taskToken);
      requireWaiting(taskToken);
      tokens.heartbeat(taskToken);
    });
  }

  private static void checkToken(String taskToken) {
    Constraints.required(taskToken, "taskToken");
    Constraints.length(taskToken, "taskToken", 1, 2048);
  }

  private void requireWaiting(String taskToken) {
    TaskTokens.Status status = tokens.status(taskToken);
    switch (status) {
      case UNKNOWN -> throw ApiException.invalidToken();
      case GONE, TIMED_OUT -> throw new ApiException("TaskTimedOut",
          "Task Timed Out: 'Provided task does not exist anymore'");
      default -> {
        if (activityTasks.isOrphaned(taskToken)) {
          // AWS's text is not known; the shape of its TaskTimedOut message is kept.
          throw new ApiException("TaskDoesNotExist", "Task Does Not Exist: 'Provided task does not exist'");
        }
      }
    }
  }
}
