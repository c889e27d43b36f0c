package dev.sfntest.internal.backend;

import dev.sfntest.internal.asl.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ValidateStateMachineDefinition: every diagnostic the parser finds for a definition of a machine
 * type, filtered by severity (ERROR by default: errors only; WARNING: warnings too) and cut to
 * {@code maxResults} (100 by default and at most). The result is FAIL when there is any error,
 * whether or not the filter shows it.
 *
 * <pre>{@code
 * DefinitionValidation.Result result = validation.validate(definition, "EXPRESS", null, null);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinition.html">ValidateStateMachineDefinition</a>
 */
public final class DefinitionValidation {

  /** The most diagnostics one answer holds. */
  public static final int MAX_DIAGNOSTICS = 100;

  /**
   * @param result OK or FAIL
   * @param diagnostics the diagnostics shown
   * @param truncated whether more were found than shown
   */
  public record Result(String result, List<Diagnostic> diagnostics, boolean truncated) {}

  /** Validates a definition; it changes nothing, so it takes no lock. */
  public Result validate(String definition, String type, String severity, Integer maxResults) {
    Constraints.required(definition, "definition");
    Constraints.length(definition, "definition", 1, 1_048_576);
    Constraints.oneOf(type, "type", List.of("STANDARD", "EXPRESS"));
    Constraints.oneOf(severity, "severity", List.of("ERROR", "WARNING"));
    Constraints.range(maxResults, "maxResults", 0, MAX_DIAGNOSTICS);
    int limit = maxResults == null || maxResults == 0 ? MAX_DIAGNOSTICS : maxResults;
    List<Diagnostic> all = Definitions.diagnose(definition, type == null ? "STANDARD" : type);
    boolean failed = all.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    boolean warnings = "WARNING".equals(severity);
    List<Diagnostic> shown = all.stream()
        .filter(d -> warnings || d.severity() == Diagnostic.Severity.ERROR)
        .collect(Collectors.toList());
    boolean truncated = shown.size() > limit;
    return new Result(failed ? "FAIL" : "OK", List.copyOf(shown.subList(0, Math.min(limit, shown.size()))),
        truncated);
  }
}
