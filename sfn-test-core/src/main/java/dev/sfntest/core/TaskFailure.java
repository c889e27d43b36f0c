package dev.sfntest.core;

/**
 * Thrown by a {@link TaskHandler} to fail the task with an error name and cause, as the service
 * (or the Lambda function) would report them.
 *
 * <pre>{@code throw new TaskFailure("Payment.Declined", "card expired");}</pre>
 */
public final class TaskFailure extends RuntimeException {

  /** The error name, as Retry and Catch match it. */
  private final String error;
  /** The cause, a human-readable text (or JSON) explaining the error. */
  private final String cause;

  /**
   * A failure of the Task with this error and cause.
   *
   * @param error the error name, like {@code Payment.Declined} or {@code Lambda.TooManyRequestsException}
   * @param cause the cause, as the service would give it
   */
  public TaskFailure(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.error = error;
    this.cause = cause;
  }

  /** The error name the Task fails with. */
  public String error() {
    return error;
  }

  /** The cause the Task fails with. */
  public String cause() {
    return cause;
  }
}
