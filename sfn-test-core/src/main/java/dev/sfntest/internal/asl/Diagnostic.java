package dev.sfntest.internal.asl;

/**
 * One problem found in a definition, in the shape {@code ValidateStateMachineDefinition} reports.
 *
 * @param severity ERROR or WARNING
 * @param code AWS's code, e.g. {@code SCHEMA_VALIDATION_FAILED}, {@code MISSING_TRANSITION_TARGET}
 * @param message the message
 * @param location where, in AWS's notation ({@code /States/Charge/Catch[0]/Next}, {@code /} for
 *     the definition), or {@code null} where AWS gives none (e.g. {@code MISSING_END_STATE})
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html">ValidateStateMachineDefinitionDiagnostic</a>
 */
public record Diagnostic(Severity severity, String code, String message, String location) {

  /** JSON syntax problem found. */
  public static final String INVALID_JSON_DESCRIPTION = "INVALID_JSON_DESCRIPTION";
  /** Received a null or empty workflow input. */
  public static final String MISSING_DESCRIPTION = "MISSING_DESCRIPTION";
  /** Schema validation reported errors. */
  public static final String SCHEMA_VALIDATION_FAILED = "SCHEMA_VALIDATION_FAILED";
  /** The workflow does not have a terminal state. */
  public static final String MISSING_END_STATE = "MISSING_END_STATE";
  /** The same state name appears more than once. */
  public static final String DUPLICATE_STATE_NAME = "DUPLICATE_STATE_NAME";
  /** The state name does not follow the naming convention. */
  public static final String INVALID_STATE_NAME = "INVALID_STATE_NAME";
  /** A label name appears more than once. */
  public static final String DUPLICATE_LABEL_NAME = "DUPLICATE_LABEL_NAME";
  /** An invalid label name. */
  public static final String INVALID_LABEL_NAME = "INVALID_LABEL_NAME";
  /** A transition names no state of its graph, or a state cannot be reached. */
  public static final String MISSING_TRANSITION_TARGET = "MISSING_TRANSITION_TARGET";
  /** A JSONata expression does not parse (AWS emits it though its code list omits it). */
  public static final String INVALID_JSONATA_EXPRESSION = "INVALID_JSONATA_EXPRESSION";
  /** A JSONata expression reads something Step Functions does not offer there. */
  public static final String UNSUPPORTED_JSONATA_EXPRESSION = "UNSUPPORTED_JSONATA_EXPRESSION";
  /** An Assign names a variable with characters variables may not have. */
  public static final String INVALID_VARIABLE_NAME = "INVALID_VARIABLE_NAME";
  /** An Assign names the reserved variable {@code states}. */
  public static final String RESERVED_VARIABLE_NAME = "RESERVED_VARIABLE_NAME";
  /** Warning: no {@code .$} on a field that appears to be a JSONPath or intrinsic function. */
  public static final String NO_DOLLAR = "NO_DOLLAR";
  /** Warning: the value looks like a path, but the field name does not end with {@code Path}. */
  public static final String NO_PATH = "NO_PATH";
  /** Warning: a path in the Result of a Pass state. */
  public static final String PASS_RESULT_IS_STATIC = "PASS_RESULT_IS_STATIC";

  /** How bad a diagnostic is. */
  public enum Severity {
    /** The definition cannot be created or updated. */
    ERROR,
    /** A likely mistake that does not prevent creation. */
    WARNING
  }

  public static Diagnostic error(String code, String message, String location) {
    return new Diagnostic(Severity.ERROR, code, message, location);
  }

  public static Diagnostic warning(String code, String message, String location) {
    return new Diagnostic(Severity.WARNING, code, message, location);
  }

  /**
   * How AWS prints a problem inside an {@code InvalidDefinition} message: {@code CODE: message at
   * location}. AWS prints a missing location as {@code null}: {@code MISSING_END_STATE: Workflow has
   * no terminal state at null}.
   */
  public String describe() {
    return code + ": " + message + " at " + location;
  }
}
