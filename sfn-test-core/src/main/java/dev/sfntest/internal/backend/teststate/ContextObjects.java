package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.backend.ApiException;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.expr.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * TestState's {@code context}: the context object the tested state sees instead of the one Step
 * Functions generates. It replaces the whole object (recorded: {@code {}} makes {@code $$} empty),
 * so any of its fields may be left out; those it has must be fields of a real context object, of
 * the right type.
 *
 * <pre>{@code
 * JsonNode context = ContextObjects.parse("{\"Execution\":{\"Id\":\"arn:...\"}}", taskState);
 * }</pre>
 *
 * <p>Messages recorded from AWS: a field that is not allowed, a {@code Map} field, a {@code Task}
 * field on a state without a task token, {@code Execution.Id} not a string. The other type
 * messages keep that shape.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html">Context object</a>
 */
final class ContextObjects {

  private static final String PREFIX = "Invalid Context object provided: ";

  /** The fields of each section and their types: S a string, I an integer, * any JSON value. */
  private static final Map<String, Map<String, Character>> SECTIONS = Map.of(
      "Execution", Map.of("Id", 'S', "Input", '*', "Name", 'S', "RoleArn", 'S', "StartTime", 'S',
          "RedriveCount", 'I', "RedriveTime", 'S'),
      "State", Map.of("EnteredTime", 'S', "Name", 'S', "RetryCount", 'I'),
      "StateMachine", Map.of("Id", 'S', "Name", 'S'),
      "Task", Map.of("Token", 'S'));

  private ContextObjects() {}

  /**
   * Reads and checks a request's context object.
   *
   * @throws ApiException {@code ValidationException} when it is no JSON object or has a field a
   *     context object cannot have for this state
   */
  static JsonNode parse(String text, State state) {
    JsonNode context;
    try {
      context = Json.parse(text);
    } catch (JsonProcessingException e) {
      throw invalid("Context object must be a JSON object");
    }
    if (!context.isObject()) {
      throw invalid("Context object must be a JSON object");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = context.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String section = field.getKey();
      if (section.equals("Map")) {
        throw invalid("'Map' field is not supported when mocking a Context object");
      }
      Map<String, Character> allowed = SECTIONS.get(section);
      if (allowed == null) {
        throw invalid("Field '" + section + "' is not allowed");
      }
      if (section.equals("Task") && !hasTaskToken(state)) {
        throw invalid("Context object contains 'Task' when state is not a Task state with a '.sync' or "
            + "'.waitForTaskToken' service integration pattern");
      }
      checkSection(section, field.getValue(), allowed);
    }
    return context;
  }

  private static void checkSection(String section, JsonNode value, Map<String, Character> allowed) {
    if (!value.isObject()) {
      throw invalid(section + " must be an object");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      Character type = allowed.get(field.getKey());
      if (type == null) {
        throw invalid("Field '" + field.getKey() + "' is not allowed");
      }
      String path = section + "." + field.getKey();
      if (type == 'S' && !field.getValue().isTextual()) {
        throw invalid(path + " must be a string");
      }
      if (type == 'I' && !field.getValue().isIntegralNumber()) {
        throw invalid(path + " must be an integer");
      }
    }
  }

  /** A Task state that has a task token: an activity, {@code .sync} or {@code .waitForTaskToken}. */
  private static boolean hasTaskToken(State state) {
    if (!(state instanceof TaskState task)) {
      return false;
    }
    ResourceKind kind = ResourceKind.of(task.resource());
    return kind != null && kind.pattern() != ResourceKind.Pattern.REQUEST_RESPONSE;
  }

  private static ApiException invalid(String message) {
    return ApiException.validation(PREFIX + message);
  }
}
