package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSONata data flow of one state visit: {@code Arguments}, {@code Output}, {@code Assign} and
 * {@code Condition}, each evaluated with {@code $states} (input, result, errorOutput, context) and
 * the workflow variables as they were before the state assigned any.
 */
final class JsonataFlow {

  private final Visit visit;

  JsonataFlow(Visit visit) {
    this.visit = visit;
  }

  /** A context with {@code $states.input}, {@code $states.result} and {@code $states.errorOutput}. */
  EvalContext context(JsonNode input, JsonNode result, JsonNode errorOutput) {
    return visit.context(input).withStates(result, errorOutput);
  }

  /** Evaluates one field. */
  JsonNode evaluate(Template template, String field, JsonNode input, JsonNode result) {
    return template.evaluate(context(input, result, null));
  }

  /** The state's {@code Arguments} (its input when absent). */
  JsonNode arguments(JsonNode input) {
    Template arguments = visit.io().arguments();
    return visit.recorded(StateTest.Step.AFTER_ARGUMENTS,
        arguments == null ? input : arguments.evaluate(context(input, null, null)));
  }

  /** The state's output: {@code Output} when present, else the result (or the input when there is none). */
  JsonNode output(JsonNode input, JsonNode result) {
    return output(input, result, visit.io().output());
  }

  JsonNode output(JsonNode input, JsonNode result, Template output) {
    if (output == null) {
      return result != null ? result : input;
    }
    return output.evaluate(context(input, result, null));
  }

  /** The state's own {@code Assign}. */
  Map<String, JsonNode> assign(JsonNode result) {
    return assign(result, visit.io().assign());
  }

  Map<String, JsonNode> assign(JsonNode result, Template assign) {
    if (assign == null) {
      return null;
    }
    return assigned(assign.evaluate(context(visit.rawInput, result, null)));
  }

  /** A catcher's {@code Output}, with {@code $states.errorOutput}. */
  JsonNode evaluateWithError(Template template, JsonNode errorOutput) {
    return template.evaluate(context(visit.rawInput, null, errorOutput));
  }

  /** A catcher's {@code Assign}, with {@code $states.errorOutput}. */
  Map<String, JsonNode> assignWithError(Template assign, JsonNode errorOutput) {
    return assigned(assign.evaluate(context(visit.rawInput, null, errorOutput)));
  }

  /** The variables an {@code Assign} object gives, in its order. */
  private static Map<String, JsonNode> assigned(JsonNode values) {
    Map<String, JsonNode> assigned = new LinkedHashMap<>();
    values.fields().forEachRemaining(e -> assigned.put(e.getKey(), e.getValue()));
    return assigned;
  }

  /** A context for a Map's ItemSelector: {@code $states.context.Map.Item} is set. */
  EvalContext itemContext(JsonNode input, JsonNode mapItem) {
    ObjectNode context = ((ObjectNode) visit.contextObject()).deepCopy();
    context.set("Map", mapItem);
    return visit.context(input).withContextObject(context);
  }

  /** The expression text of a template that is a single JSONata expression, for messages. */
  static String expressionText(Template template) {
    JsonNode source = template.source();
    if (source.isTextual()) {
      String text = source.asText();
      if (text.startsWith("{%") && text.endsWith("%}")) {
        return text.substring(2, text.length() - 2).strip();
      }
      return text;
    }
    return dev.sfntest.internal.expr.Json.write(source);
  }

  /** A Choice {@code Condition}. */
  boolean condition(Template condition) {
    JsonNode value = condition.evaluate(context(visit.rawInput, null, null));
    return value.isBoolean() && value.asBoolean();
  }
}
