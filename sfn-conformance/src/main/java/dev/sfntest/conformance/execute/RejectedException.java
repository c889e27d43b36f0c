package dev.sfntest.conformance.execute;

import software.amazon.awssdk.services.sfn.model.SfnException;

/** The target refused to create the state machine or to start the execution. */
public final class RejectedException extends Exception {

  private final String operation;

  public RejectedException(String operation, SfnException cause) {
    super(operation + " refused: " + describe(cause), cause);
    this.operation = operation;
  }

  /** The AWS error code and message, without the request id that changes every time. */
  private static String describe(SfnException e) {
    if (e.awsErrorDetails() == null) {
      return e.getMessage();
    }
    return e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
  }

  /** {@code CreateStateMachine}, {@code StartExecution} or {@code StartSyncExecution}. */
  public String operation() {
    return operation;
  }
}
