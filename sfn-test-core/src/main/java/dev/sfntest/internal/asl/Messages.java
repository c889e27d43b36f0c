package dev.sfntest.internal.asl;

import java.util.List;

/**
 * The texts of AWS's definition diagnostics.
 *
 * <p>Where a text is marked <em>observed</em>, it is what AWS answered to {@code
 * CreateStateMachine} or {@code ValidateStateMachineDefinition}, as quoted in public reports
 * (issue threads that paste AWS's response, snapshot recordings made against AWS). Where it is
 * marked <em>unverified</em>, AWS's exact words are not known to us: the text follows the shape of
 * AWS's observed texts for the same kind of problem, and should be replaced when a recording shows
 * the real one. AWS itself says the wording may change (see the note on {@code
 * ValidateStateMachineDefinitionDiagnostic}), so tests compare these constants, not literals.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html">ValidateStateMachineDefinitionDiagnostic</a>
 */
final class Messages {

  private Messages() {}

  // ------------------------------------------------------------------ whole definition

  /**
   * Observed: the answer to an empty definition, and to JSON that is not an object (recorded
   * against AWS in LocalStack's {@code test_sfn_api_validation} snapshot, {@code EMPTY_STRING}).
   */
  static final String NOT_AN_OBJECT = "Definition must be a valid JSON object";

  /** Unverified: the text AWS's own code list gives for {@code MISSING_DESCRIPTION}. */
  static final String NO_DEFINITION = "Received a null or empty workflow input.";

  /**
   * Unverified: AWS refuses an oversized definition at the request level with a {@code
   * ValidationException}; this is the text AWS uses for length constraints of sensitive members.
   */
  static String tooLong(int max) {
    return "1 validation error detected: Value at 'definition' failed to satisfy constraint: "
        + "Member must have length less than or equal to " + max;
  }

  // ------------------------------------------------------------------ schema

  /** Observed: {@code These fields are required: [States, StartAt]} at {@code /}. */
  static String required(List<String> fields) {
    return "These fields are required: " + fields;
  }

  /** Observed: {@code Field 'TimeoutSeconds' is not supported}, at the object holding it. */
  static String notSupported(String field) {
    return "Field '" + field + "' is not supported";
  }

  /** Observed, at the state: a field of the other query language. */
  static String wrongLanguage(QueryLanguage language, String field) {
    QueryLanguage other = language == QueryLanguage.JSONPATH ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH;
    return "The QueryLanguage is set to '" + language.aslName() + "', but field '" + field
        + "' is only supported for the '" + other.aslName() + "' QueryLanguage";
  }

  /** Observed, at the state. */
  static final String DOWNGRADED_LANGUAGE =
      "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";

  /** Observed: {@code Value should be one of the following: [JSONPath, JSONata]}. */
  static String oneOfValues(List<String> values) {
    return "Value should be one of the following: " + values;
  }

  /** Observed (LocalStack's AWS-validated test for {@code TestState}). */
  static final String STATE_TYPE =
      "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]";

  /** Observed for a non-string {@code QueryLanguage}. */
  static final String EXPECTED_STRING = "Expected value of type [STRING]";

  /**
   * Observed for a string in an integer field ({@code Expected value of type Integer}); the other
   * type names follow that form, unverified.
   */
  static String expectedType(String type) {
    return "Expected value of type " + type;
  }

  /** Observed: two spellings of one field, or Next with End, or two Wait fields. */
  static String onlyOneOf(List<String> fields) {
    return "There should only be one of the following fields: " + fields;
  }

  /** Observed: a state with neither Next nor End, a Map with neither ItemProcessor nor Iterator. */
  static String exactlyOneOf(List<String> fields) {
    return "This object should have only one of the following fields: " + fields;
  }

  /** Observed: a Choice rule with none, or more than one, of its selectors. */
  static final String CHOICE_RULE_SELECTOR =
      "The object must have only one of the following fields, [And, Or, Not, Variable, Condition]";

  /** Observed: {@code Minimum value is 0}; {@code Minimum value is 0.0} for a decimal field. */
  static String minimum(String value) {
    return "Minimum value is " + value;
  }

  /** Observed: {@code Maximum value is 100000000}. */
  static String maximum(String value) {
    return "Maximum value is " + value;
  }

  /** Observed: an empty {@code Choices} or {@code ErrorEquals}. */
  static final String EMPTY = "Value cannot be empty";

  /** Observed: a {@code *Path} field whose value is not a JSONPath. */
  static final String NOT_A_JSONPATH = "Value must be a valid JSONPath.";

  /** Observed: a path that may select more than one node, or the context object in a Map number field. */
  static final String NOT_A_REFERENCE_PATH = "Value is not a Reference Path";

  /** Observed for a Choice {@code Variable} that does not start with {@code $}. */
  static final String REFERENCE_PATH_WITHOUT_DOLLAR =
      "Value is not a Reference Path: Reference path didn't start with '$'";

  /**
   * Observed for a {@code .$} value that is neither a path nor an intrinsic call (and for a
   * malformed call): {@code The value for the field 'previousVerificationId.$' must be a valid
   * JSONPath or a valid intrinsic function call}.
   */
  static String templatePath(String key) {
    return "The value for the field '" + key + "' must be a valid JSONPath or a valid intrinsic function call";
  }

  /** Unverified: an expression nested too deeply to parse. */
  static final String TOO_DEEP = "The expression is nested too deeply";

  /** Observed: a Wait {@code Timestamp} or a timestamp operand that is not RFC 3339. */
  static final String NOT_A_TIMESTAMP = "String does not match RFC3339 timestamp";

  /** Unverified (the spec's rule: "HeartbeatSeconds MUST be smaller than TimeoutSeconds"). */
  static final String HEARTBEAT_NOT_BELOW_TIMEOUT =
      "The value of HeartbeatSeconds must be less than the value of TimeoutSeconds";

  /** Observed, located at the {@code ErrorEquals} element naming it. */
  static final String STATES_ALL = "States.ALL must appear alone and at end of list";

  /** Unverified: a state name longer than AWS's 80 characters, or empty. */
  static final String STATE_NAME_LENGTH = "State name must be between 1 and 80 characters long";

  /** Unverified: a Map {@code Label} that breaks AWS's documented rules. */
  static final String LABEL_NAME =
      "Label must be at most 40 characters and must not contain whitespace, brackets, wildcards, special or control characters";

  /** Unverified. */
  static String duplicateLabel(String label) {
    return "Duplicate Label name: " + label;
  }

  // ------------------------------------------------------------------ variables

  /** Observed code and text (RESERVED_VARIABLE_NAME). */
  static final String RESERVED_VARIABLE = "Cannot assign to reserved variable '$states'.";

  /** Observed code and text (INVALID_VARIABLE_NAME). */
  static String invalidVariable(String name) {
    return "Invalid variable name '" + name + "': the variable name contains invalid characters.";
  }

  // ------------------------------------------------------------------ JSONata

  /** Observed (UNSUPPORTED_JSONATA_EXPRESSION). */
  static final String DOUBLE_DOLLAR = "Reference to '$$' is not supported.";

  /** Observed (UNSUPPORTED_JSONATA_EXPRESSION) outside a catcher's Output or Assign. */
  static final String ERROR_OUTPUT_OUTSIDE_CATCH = "Field '$states.errorOutput' does not exist.";

  // ------------------------------------------------------------------ resources

  /** Observed (Step Functions Local, AWS's own validator) for a Resource that is not an ARN. */
  static final String NOT_A_RESOURCE_ARN = "Value is not a valid resource ARN";

  /** Observed for an integration Step Functions does not know. */
  static String resourceNotRecognized(String resource) {
    return "The resource provided " + resource + " is not recognized. The value is not a valid resource ARN, "
        + "or the resource is not available in this region.";
  }

  /** Observed for an ItemReader or ResultWriter resource outside the allowed ones. */
  static final String RESOURCE_NOT_ALLOWED = "The field 'Resource' does not match any of the allowed values";

  /** Observed for {@code .waitForTaskToken} (note AWS's trailing space); the same form for {@code .sync}. */
  static String expressPattern(String pattern) {
    return "Express state machine does not support '" + pattern + "' service integration ";
  }

  /** Unverified. */
  static final String EXPRESS_ACTIVITY = "Express state machine does not support Activity ARN";

  /** Observed. */
  static String parametersRequired(String field, String resource) {
    return field + " field is required for resource ARN: " + resource;
  }

  /** Observed. */
  static String integrationFieldMissing(String field) {
    return "The field '" + field + "' is required but was missing";
  }

  /** Observed for CSV input without a header location. */
  static String fieldRequired(String field) {
    return "The field '" + field + "' is required";
  }

  // ------------------------------------------------------------------ graph

  /**
   * Observed: {@code Missing 'Next' target: pass3 at /States/pass1/Next}. AWS says {@code 'Next'}
   * for every kind of transition: StartAt, Next, Default, Choices[i].Next, Catch[i].Next.
   */
  static String missingTarget(String target) {
    return "Missing 'Next' target: " + target;
  }

  /** Observed: {@code State "pass2" is not reachable.}, with its full stop. */
  static String unreachable(String state) {
    return "State \"" + state + "\" is not reachable.";
  }

  /** Observed, with no location. */
  static final String NO_TERMINAL_STATE = "Workflow has no terminal state";

  /** Observed (Step Functions Local): {@code Duplicate State name: Add at /States/Add}. */
  static String duplicateState(String name) {
    return "Duplicate State name: " + name;
  }

  // ------------------------------------------------------------------ warnings

  /** Unverified; AWS's code list describes NO_DOLLAR this way. */
  static String noDollar(String key) {
    return "The field '" + key + "' looks like a JSONPath or intrinsic function, but its name does not end with '.$'";
  }

  /** Unverified; AWS's code list describes NO_PATH this way. */
  static String noPath(String field) {
    return "The value of the field '" + field + "' looks like a path, but the field name does not end with 'Path'";
  }

  /** Unverified; AWS's code list describes PASS_RESULT_IS_STATIC this way. */
  static final String PASS_RESULT_IS_STATIC =
      "The Result of a Pass state is static: paths in it are not evaluated (use Parameters to read the input)";
}
