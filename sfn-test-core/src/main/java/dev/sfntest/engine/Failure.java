package dev.sfntest.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.expr.ErrorNames;
import dev.sfntest.expr.Json;

/**
 * An error raised in an execution: its name and cause, and whether Retry and Catch may handle it.
 * {@code States.Runtime} never can; {@code States.DataLimitExceeded} only by its own name.
 *
 * @param error the error name, or {@code null} (a Fail state without Error)
 * @param cause the cause, or {@code null}
 * @param handleable whether Retry/Catch may see it at all
 */
public record Failure(String error, String cause, boolean handleable) {

  /** A failure that Retry and Catch may handle (task errors, States.* errors raised by states). */
  public static Failure of(String error, String cause) {
    return new Failure(error, cause, !ErrorNames.RUNTIME.equals(error));
  }

  /** A runtime failure of the engine itself: never retried or caught. */
  public static Failure runtime(String cause) {
    return new Failure(ErrorNames.RUNTIME, cause, false);
  }

  /** Whether an {@code ErrorEquals} entry matches this failure. */
  public boolean matches(String name) {
    if (!handleable) {
      return false;
    }
    if (name.equals(ErrorNames.ALL)) {
      // States.ALL matches every error but the terminal States.DataLimitExceeded.
      return !ErrorNames.DATA_LIMIT_EXCEEDED.equals(error);
    }
    if (name.equals(ErrorNames.TASK_FAILED)) {
      // States.TaskFailed is a wildcard for every error but States.Timeout (ASL spec, appendix A).
      return error != null && !error.equals(ErrorNames.TIMEOUT) && !error.equals(ErrorNames.DATA_LIMIT_EXCEEDED);
    }
    return name.equals(error);
  }

  /** The error output a Catch passes on: {@code {"Error": ..., "Cause": ...}}. */
  public ObjectNode errorOutput() {
    ObjectNode output = Json.object();
    if (error != null) {
      output.put("Error", error);
    }
    if (cause != null) {
      output.put("Cause", cause);
    }
    return output;
  }
}
