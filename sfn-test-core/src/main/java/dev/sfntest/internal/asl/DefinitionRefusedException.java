package dev.sfntest.internal.asl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition was refused. The message has AWS's form, every error joined by {@code ", "} inside
 * one pair of quotes, as AWS answers {@code CreateStateMachine}:
 *
 * <pre>
 * Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 at /States/pass1/Next,
 * MISSING_TRANSITION_TARGET: State "pass2" is not reachable. at /States/pass2'
 * </pre>
 *
 * (one line; quoted from AWS's answer in localstack/localstack#11978).
 */
public final class DefinitionRefusedException extends RuntimeException {

  private final List<Diagnostic> diagnostics;

  public DefinitionRefusedException(List<Diagnostic> diagnostics) {
    super(format(diagnostics), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, errors first, then warnings. */
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
