package dev.sfntest.assertj;

import dev.sfntest.core.Execution;
import java.util.Collection;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;

/**
 * Keeps the stack trace of an exception a {@code thenAnswer} handler threw within reach: the
 * history records only its class name (as the error) and message (as the cause), so the failure
 * that reports that error gets the exception as its cause.
 */
final class HandlerExceptions {

  private HandlerExceptions() {}

  /**
   * The assertion error for {@code failure}; when one of {@code errors} is the error a handler's
   * exception became, that exception is its cause and its message says so.
   */
  static AssertionError failure(AbstractAssert<?, ?> from, ErrorMessageFactory failure, Execution execution,
      Collection<String> errors) {
    AssertionError error = Failures.instance().failure(from.info, failure);
    if (errors.isEmpty() || errors.stream().allMatch(java.util.Objects::isNull)) {
      return error;
    }
    List<Throwable> thrown = execution.taskHandlerExceptions();
    for (int i = thrown.size() - 1; i >= 0; i--) {
      Throwable exception = thrown.get(i);
      if (errors.contains(exception.getClass().getSimpleName())) {
        return new AssertionError(error.getMessage() + System.lineSeparator() + "The error \""
            + exception.getClass().getSimpleName() + "\" is an exception a thenAnswer handler threw; its stack trace "
            + "is this error's cause.", exception);
      }
    }
    return error;
  }
}
