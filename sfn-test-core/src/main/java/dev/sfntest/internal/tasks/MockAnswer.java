package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Computes a mocked task's result from its call (the API's {@code TaskHandler}, adapted).
 *
 * <pre>{@code
 * MockAnswer answer = call -> Json.object().put("n", call.invocation());
 * }</pre>
 */
@FunctionalInterface
public interface MockAnswer {

  /**
   * @return the task's result ({@code null} is JSON null)
   * @throws Failure to fail the task with an error and cause; any other exception fails it with
   *     the exception's simple class name and message, as an unhandled exception in a Lambda would
   */
  JsonNode answer(TaskCall call);

  /** The task fails with this error and cause. */
  final class Failure extends RuntimeException {
    private final String error;
    private final String cause;

    public Failure(String error, String cause) {
      super(error + ": " + cause, null, false, false);
      this.error = error;
      this.cause = cause;
    }

    public String error() {
      return error;
    }

    public String cause() {
      return cause;
    }
  }
}
