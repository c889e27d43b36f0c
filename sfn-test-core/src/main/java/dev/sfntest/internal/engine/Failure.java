package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;

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
      // The docs call States.DataLimitExceeded terminal, but AWS was recorded catching a task's
      // oversized result with States.ALL; the state's own output limit is not handleable anyway.
      return true;
    }
    if (name.equals(ErrorNames.TASK_FAILED)) {
      // States.TaskFailed is a wildcard for every error but States.Timeout (ASL spec, appendix A).
      return error != null && !error.equals(ErrorNames.TIMEOUT) && !error.equals(ErrorNames.DATA_LIMIT_EXCEEDED);
    }
    return name.equals(error);
  }

  /**
   * The error output a Catch passes on: {@code {"Error": ..., "Cause": ...}}. Both keys are always
   * there (null when unknown); a timeout's cause is the empty string, as AWS records them.
   */
  public ObjectNode errorOutput() {
    ObjectNode output = Json.object();
    output.put("Error", error);
    if (cause == null && ErrorNames.TIMEOUT.equals(error)) {
      output.put("Cause", "");
    } else {
      output.put("Cause", cause);
    }
    return output;
  }
}
