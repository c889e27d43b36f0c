package dev.sfntest.internal.expr;

/**
 * An error raised while evaluating a path, template, intrinsic function or JSONata expression at
 * run time. It carries the ASL error name (for example {@code States.Runtime} or {@code
 * States.IntrinsicFailure}) and the cause text; the engine turns it into a state failure.
 */
public class EvaluationException extends RuntimeException {

  private final String error;
  private final String cause;

  public EvaluationException(String error, String cause) {
    super(error + ": " + cause, null, false, false);
    this.error = error;
    this.cause = cause;
  }

  /** The ASL error name. */
  public String error() {
    return error;
  }

  /** The cause, without the engine's "An error occurred while executing the state" prefix. */
  public String causeText() {
    return cause;
  }
}
