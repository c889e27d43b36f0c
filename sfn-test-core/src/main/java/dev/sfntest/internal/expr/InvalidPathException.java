package dev.sfntest.internal.expr;

/** A JSONPath, intrinsic function or JSONata expression that does not parse. */
public class InvalidPathException extends RuntimeException {
  public InvalidPathException(String message) {
    super(message, null, false, false);
  }
}
