package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSONata state could not evaluate one of its fields: {@code States.QueryEvaluationError}. AWS
 * records it as an {@code EvaluationFailed} event (error, cause, location, state) before the state
 * fails, so besides the cause this carries the {@link #location()} AWS reports: the field path such
 * as {@code Output/result}, or {@code null} where AWS names no field (a Map state whose input is not
 * an array).
 *
 * <pre>{@code
 * try {
 *   output = template.evaluate(ctx);
 * } catch (JsonataEvaluationException e) {
 *   history.evaluationFailed(e.error(), e.causeText(), e.location(), stateName);
 *   throw e;   // then fail the state with the same error and cause
 * }
 * }</pre>
 *
 * <p>The cause has no "An error occurred while executing the state" prefix: the engine adds it.
 *
 * <p>What AWS records (conformance corpus): {@code EvaluationFailed} carries {@code error}, the
 * prefixed {@code cause}, {@code state} and {@code location} (left out when {@code null}); its
 * {@code previousEventId} is the state's entered event's own {@code previousEventId} (the Wait
 * state's {@code Timestamp} is the exception: it links to {@code WaitStateEntered}). No
 * {@code ...StateExited} follows; a Map state records {@code MapStateFailed} after it.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html">Error names</a>
 */
public final class JsonataEvaluationException extends EvaluationException {

  private final String location;

  /**
   * @param cause the cause without the engine's prefix
   * @param location the field path AWS reports ({@code Output/result}), or {@code null}
   */
  public JsonataEvaluationException(String cause, String location) {
    super(ErrorNames.QUERY_EVALUATION_ERROR, cause);
    this.location = location;
  }

  /** The field path AWS reports in {@code evaluationFailedEventDetails.location}, or {@code null}. */
  public String location() {
    return location;
  }

  /** An expression that evaluated to nothing: JSON has no {@code undefined}. */
  public static JsonataEvaluationException returnedNothing(String expression, String field) {
    return new JsonataEvaluationException(
        sentence(expression, field) + " returned nothing (undefined).", field);
  }

  /** An expression that evaluated to a value JSON cannot hold, such as a function. */
  public static JsonataEvaluationException unsupportedResult(String expression, String field) {
    return new JsonataEvaluationException(
        sentence(expression, field) + " returned an unsupported result type.", field);
  }

  /**
   * An expression whose value has the wrong JSON type for its field, e.g. a Map's {@code Items}
   * that is not an array: {@code ... returned an unexpected result type. Expected 'array', but was
   * 'string' for value: "string"}.
   */
  public static JsonataEvaluationException unexpectedResultType(String expression, String field,
      String expectedType, JsonNode value) {
    return new JsonataEvaluationException(sentence(expression, field)
        + " returned an unexpected result type. Expected '" + expectedType + "', but was '"
        + typeName(value) + "' for value: " + Json.write(value), field);
  }

  /**
   * An expression that threw while it ran. A JSONata error reads {@code ... threw an error during
   * evaluation. T1006: Attempted to invoke a non-function}; an error without a JSONata code (from one
   * of Step Functions' own functions) follows a colon instead: {@code ...evaluation: message}.
   *
   * @param code the JSONata error code, or {@code null}
   */
  public static JsonataEvaluationException threw(String expression, String field, String code,
      String message) {
    String tail = code == null ? ": " + message : ". " + code + ": " + message;
    return new JsonataEvaluationException(
        sentence(expression, field) + " threw an error during evaluation" + tail, field);
  }

  /** JSONata's name for a JSON value's type, as AWS's messages use it. */
  public static String typeName(JsonNode value) {
    if (value.isArray()) {
      return "array";
    }
    if (value.isObject()) {
      return "object";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    return "null";
  }

  private static String sentence(String expression, String field) {
    return "The JSONata expression '" + expression + "' specified for the field '" + field + "'";
  }
}
