package dev.sfntest.asl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition was refused. The message has AWS's form: {@code Invalid State Machine Definition:
 * 'CODE: message at /location, CODE: ...'} listing every error found.
 */
public final class InvalidDefinitionException extends RuntimeException {

  private final List<Diagnostic> diagnostics;

  public InvalidDefinitionException(List<Diagnostic> diagnostics) {
    super(format(diagnostics), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, errors first. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String format(List<Diagnostic> diagnostics) {
    return "Invalid State Machine Definition: '"
        + diagnostics.stream()
            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
            .map(Diagnostic::describe)
            .collect(Collectors.joining(", "))
        + "'";
  }
}
