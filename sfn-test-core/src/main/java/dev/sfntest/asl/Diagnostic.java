package dev.sfntest.asl;

/**
 * One problem found in a definition, in the shape {@code ValidateStateMachineDefinition} reports.
 *
 * @param severity ERROR or WARNING
 * @param code AWS's code, e.g. {@code SCHEMA_VALIDATION_FAILED}, {@code MISSING_TRANSITION_TARGET}
 * @param message the message
 * @param location a JSON pointer into the definition, e.g. {@code /States/Charge/Next}
 */
public record Diagnostic(Severity severity, String code, String message, String location) {

  /** How bad a diagnostic is. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Diagnostic error(String code, String message, String location) {
    return new Diagnostic(Severity.ERROR, code, message, location);
  }

  public static Diagnostic warning(String code, String message, String location) {
    return new Diagnostic(Severity.WARNING, code, message, location);
  }

  /** How AWS prints a problem inside an {@code InvalidDefinition} message. */
  public String describe() {
    return code + ": " + message + (location == null || location.isEmpty() ? "" : " at " + location);
  }
}
