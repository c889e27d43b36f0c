package dev.sfntest.internal.backend;

/**
 * A refused API call: AWS's error code (e.g. {@code StateMachineDoesNotExist}) and message. The
 * SDK adapter turns it into the matching SDK exception; the HTTP server into AWS's error body.
 *
 * <pre>{@code
 * throw ApiException.executionDoesNotExist(arn);   // "Execution Does Not Exist: 'arn:...'"
 * }</pre>
 *
 * <p>Messages follow AWS's shape: {@code "<Words of the code>: '<detail>'"} for the service's own
 * errors, and the request validator's {@code "1 validation error detected: ..."} for
 * {@code ValidationException}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/CommonErrors.html">Common errors</a>
 */
public final class ApiException extends RuntimeException {

  private final String code;

  public ApiException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** AWS's error code, as in {@code awsErrorDetails().errorCode()}. */
  public String code() {
    return code;
  }

  public static ApiException invalidArn(String message) {
    return new ApiException("InvalidArn", message);
  }

  public static ApiException validation(String message) {
    return new ApiException("ValidationException", message);
  }

  public static ApiException invalidName(String message) {
    return new ApiException("InvalidName", message);
  }

  /** A malformed or foreign token (task token or {@code nextToken}); AWS says no more than this. */
  public static ApiException invalidToken() {
    return new ApiException("InvalidToken", "Invalid Token: 'Invalid token'");
  }

  public static ApiException stateMachineDoesNotExist(String arn) {
    return new ApiException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
  }

  public static ApiException executionDoesNotExist(String arn) {
    return new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
  }

  public static ApiException activityDoesNotExist(String arn) {
    return new ApiException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
  }

  /** AWS's answer for aliases and map runs that do not exist (recorded for UpdateStateMachineAlias). */
  public static ApiException resourceNotFound() {
    return new ApiException("ResourceNotFound", "Request references a resource that does not exist.");
  }

  /** The state machine is being deleted; AWS's exact text is unknown, the shape is AWS's. */
  public static ApiException stateMachineDeleting(String arn) {
    return new ApiException("StateMachineDeleting", "State Machine Deleting: '" + arn + "'");
  }

  /** Recorded for StartSyncExecution on STANDARD and ListExecutions on EXPRESS. */
  public static ApiException typeNotSupported() {
    return new ApiException("StateMachineTypeNotSupported",
        "This operation is not supported by this type of state machine");
  }
}
