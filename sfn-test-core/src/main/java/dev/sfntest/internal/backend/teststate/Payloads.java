package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.backend.ApiException;
import dev.sfntest.internal.expr.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON texts of a TestState request: the state's {@code input} and the workflow {@code
 * variables}.
 *
 * <pre>{@code
 * JsonNode input = Payloads.input(null);                           // {}
 * Map<String, JsonNode> vars = Payloads.variables("{\"n\": 1}");   // n -> 1
 * }</pre>
 *
 * <p>An input that is no JSON is {@code InvalidExecutionInput} (the operation's modelled error for
 * it) in the words StartExecution uses; variables that are no JSON object are {@code
 * ValidationException}. Both messages keep AWS's shape; their exact words are not recorded.
 */
final class Payloads {

  private Payloads() {}

  /** The state's raw input; AWS tests with {@code {}} when the request has none (recorded). */
  static JsonNode input(String text) {
    if (text == null) {
      return Json.object();
    }
    if (text.isEmpty()) {
      throw new ApiException("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Invalid execution input.'");
    }
    try {
      return Json.parse(text);
    } catch (JsonProcessingException e) {
      throw new ApiException("InvalidExecutionInput",
          "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
    }
  }

  /** The workflow variables, by name in the order given. */
  static Map<String, JsonNode> variables(String text) {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    if (text == null) {
      return variables;
    }
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (JsonProcessingException e) {
      throw invalidVariables();
    }
    if (!node.isObject()) {
      throw invalidVariables();
    }
    node.fields().forEachRemaining(field -> variables.put(field.getKey(), field.getValue()));
    return variables;
  }

  private static ApiException invalidVariables() {
    return ApiException.validation("Invalid variables provided: variables must be a JSON object");
  }
}
