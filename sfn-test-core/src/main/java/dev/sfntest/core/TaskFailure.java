package dev.sfntest.core;

/**
 * Thrown by a {@link TaskHandler} to fail the task with an error name and cause, as the service
 * (or the Lambda function) would report them.
 *
 * <pre>{@code throw new TaskFailure("Payment.Declined", "card expired");}</pre>
 */
public final class TaskFailure extends RuntimeException {

  private final String error;
  private final String cause;

  public TaskFailure(String error, String cause) {
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
