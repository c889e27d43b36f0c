package dev.sfntest.trace;

import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * An error and its cause, as a history event records them (either may be {@code null}: a {@code
 * Fail} state may name no cause, and some failures reach the history without an error name).
 *
 * <pre>{@code
 * Failure failure = visit.failure();
 * if (failure != null && "States.Timeout".equals(failure.error())) { ... }
 * }</pre>
 *
 * @param error the error name, e.g. {@code States.TaskFailed}, or {@code null}
 * @param cause the cause, or {@code null}
 */
public record Failure(String error, String cause) {

  /**
   * The error and cause an event records: a failure, time-out, evaluation error or failed
   * execution; {@code null} for an event that records none.
   */
  public static Failure of(HistoryEvent e) {
    // Read from whichever details object the event carries: events built by hand or read from
    // JSON may lack the details their type implies, and then record no error.
    if (e.taskFailedEventDetails() != null) {
      return new Failure(e.taskFailedEventDetails().error(), e.taskFailedEventDetails().cause());
    }
    if (e.taskTimedOutEventDetails() != null) {
      return new Failure(e.taskTimedOutEventDetails().error(), e.taskTimedOutEventDetails().cause());
    }
    if (e.taskStartFailedEventDetails() != null) {
      return new Failure(e.taskStartFailedEventDetails().error(), e.taskStartFailedEventDetails().cause());
    }
    if (e.taskSubmitFailedEventDetails() != null) {
      return new Failure(e.taskSubmitFailedEventDetails().error(), e.taskSubmitFailedEventDetails().cause());
    }
    if (e.lambdaFunctionFailedEventDetails() != null) {
      return new Failure(e.lambdaFunctionFailedEventDetails().error(), e.lambdaFunctionFailedEventDetails().cause());
    }
    if (e.lambdaFunctionTimedOutEventDetails() != null) {
      return new Failure(e.lambdaFunctionTimedOutEventDetails().error(),
          e.lambdaFunctionTimedOutEventDetails().cause());
    }
    if (e.lambdaFunctionStartFailedEventDetails() != null) {
      return new Failure(e.lambdaFunctionStartFailedEventDetails().error(),
          e.lambdaFunctionStartFailedEventDetails().cause());
    }
    if (e.lambdaFunctionScheduleFailedEventDetails() != null) {
      return new Failure(e.lambdaFunctionScheduleFailedEventDetails().error(),
          e.lambdaFunctionScheduleFailedEventDetails().cause());
    }
    if (e.activityFailedEventDetails() != null) {
      return new Failure(e.activityFailedEventDetails().error(), e.activityFailedEventDetails().cause());
    }
    if (e.activityTimedOutEventDetails() != null) {
      return new Failure(e.activityTimedOutEventDetails().error(), e.activityTimedOutEventDetails().cause());
    }
    if (e.activityScheduleFailedEventDetails() != null) {
      return new Failure(e.activityScheduleFailedEventDetails().error(),
          e.activityScheduleFailedEventDetails().cause());
    }
    if (e.mapRunFailedEventDetails() != null) {
      return new Failure(e.mapRunFailedEventDetails().error(), e.mapRunFailedEventDetails().cause());
    }
    if (e.evaluationFailedEventDetails() != null) {
      return new Failure(e.evaluationFailedEventDetails().error(), e.evaluationFailedEventDetails().cause());
    }
    if (e.executionFailedEventDetails() != null) {
      return new Failure(e.executionFailedEventDetails().error(), e.executionFailedEventDetails().cause());
    }
    if (e.executionTimedOutEventDetails() != null) {
      return new Failure(e.executionTimedOutEventDetails().error(), e.executionTimedOutEventDetails().cause());
    }
    return null;
  }

  /** {@code "Payment.Declined" ("card expired")}, or {@code an error the history does not name}. */
  public String describe() {
    if (error == null) {
      return cause == null ? "an error the history does not name"
          : "an error the history does not name (\"" + cause + "\")";
    }
    return "\"" + error + "\"" + (cause == null ? "" : " (\"" + cause + "\")");
  }
}
