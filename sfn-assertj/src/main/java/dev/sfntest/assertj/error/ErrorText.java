package dev.sfntest.assertj.error;

import dev.sfntest.assertj.internal.Events;
import java.util.List;
import java.util.stream.Collectors;

/** How messages show errors. */
final class ErrorText {

  private ErrorText() {}

  /** {@code "Payment.Declined" ("card expired")}, or {@code an error the history does not name}. */
  static String error(Events.Failure failure) {
    if (failure.error() == null) {
      return "an error the history does not name";
    }
    return "\"" + failure.error() + "\"" + (failure.cause() == null ? "" : " (\"" + failure.cause() + "\")");
  }

  static String errors(List<Events.Failure> failures) {
    if (failures.isEmpty()) {
      return "none";
    }
    return failures.stream().map(ErrorText::error).collect(Collectors.joining(", "));
  }
}
