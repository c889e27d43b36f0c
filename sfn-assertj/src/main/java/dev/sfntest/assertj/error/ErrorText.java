package dev.sfntest.assertj.error;

import dev.sfntest.trace.Failure;
import java.util.List;
import java.util.stream.Collectors;

/** How messages show errors. */
final class ErrorText {

  private ErrorText() {}

  /** {@code "Payment.Declined" ("card expired")}, or {@code an error the history does not name}. */
  static String error(Failure failure) {
    return failure.describe();
  }

  static String errors(List<Failure> failures) {
    if (failures.isEmpty()) {
      return "none";
    }
    return failures.stream().map(ErrorText::error).collect(Collectors.joining(", "));
  }
}
