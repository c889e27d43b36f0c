package dev.sfntest.backend;

/**
 * A refused API call: AWS's error code (e.g. {@code StateMachineDoesNotExist}) and message. The
 * SDK adapter turns it into the matching SDK exception; the HTTP server into AWS's error body.
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
}
