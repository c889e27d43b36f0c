package dev.sfntest.internal.expr.intrinsic;

import dev.sfntest.internal.expr.ErrorNames;

/**
 * An intrinsic function failed while it was evaluated. It carries only the detail sentence; the
 * outermost call of the expression turns it into the state's error, naming the whole expression.
 */
final class IntrinsicFailure extends RuntimeException {

  /**
   * The error AWS reports for every intrinsic evaluation failure. AWS raises {@code States.Runtime}
   * here, not the {@code States.IntrinsicFailure} of the ASL spec: real executions fail with
   * {@code States.Runtime} and a cause containing {@code Invalid arguments in States.MathAdd} or
   * {@code The JsonPath argument for the field '$.x' could not be found in the input '{}'}.
   * {@code States.Runtime} is also not caught by {@code States.ALL}, which matters to users.
   */
  static final String ERROR_NAME = ErrorNames.RUNTIME;

  private final String detail;

  IntrinsicFailure(String detail) {
    super(detail, null, false, false);
    this.detail = detail;
  }

  /** AWS's one message for every argument a function rejects (wrong type, count or value). */
  static IntrinsicFailure invalidArguments(String function) {
    return new IntrinsicFailure("Invalid arguments in " + function);
  }

  String detail() {
    return detail;
  }
}
