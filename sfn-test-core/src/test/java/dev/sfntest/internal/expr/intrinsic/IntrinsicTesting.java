package dev.sfntest.internal.expr.intrinsic;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.RandomSource;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import java.util.Map;

/** Evaluates intrinsic expressions in tests against a given input, context object and variables. */
final class IntrinsicTesting {

  /** A context object shaped like AWS's, with the names the corpus uses as placeholders. */
  static final String CONTEXT_OBJECT = "{"
      + "\"Execution\":{\"Id\":\"arn:aws:states:us-east-1:111111111111:execution:machine:exec\","
      + "\"Input\":{\"fromContext\":\"ctx\"},\"StartTime\":\"2024-01-01T00:00:00.000Z\",\"Name\":\"exec\","
      + "\"RoleArn\":\"arn:aws:iam::111111111111:role/r\",\"RedriveCount\":0},"
      + "\"StateMachine\":{\"Id\":\"arn:aws:states:us-east-1:111111111111:stateMachine:machine\",\"Name\":\"machine\"},"
      + "\"State\":{\"Name\":\"P\",\"EnteredTime\":\"2024-01-01T00:00:00.000Z\"}}";

  private IntrinsicTesting() {}

  static JsonNode json(String text) {
    return Json.parseUnchecked(text);
  }

  /** Evaluates against {@code {}}. */
  static JsonNode eval(String expression) {
    return eval(expression, "{}");
  }

  static JsonNode eval(String expression, String input) {
    return Intrinsics.parse(expression).evaluate(context(input));
  }

  /** Evaluates with workflow variables in scope. */
  static JsonNode evalWith(String expression, String input, Map<String, JsonNode> variables) {
    return Intrinsics.parse(expression).evaluate(new Context(json(input), variables, null));
  }

  /** The failure of an evaluation that must fail. */
  static EvaluationException failure(String expression) {
    return failure(expression, "{}");
  }

  static EvaluationException failure(String expression, String input) {
    return catchThrowableOfType(EvaluationException.class, () -> eval(expression, input));
  }

  /** AWS's cause for an argument a function rejects, without the engine's state prefix. */
  static String invalidArguments(String expression, String function) {
    return "The function '" + expression + "' had the following error: Invalid arguments in " + function;
  }

  static EvalContext context(String input) {
    return new Context(json(input), Map.of(), null);
  }

  /** A plain context; a {@code null} random source keeps the interface's default one. */
  record Context(JsonNode input, JsonNode contextObject, Map<String, JsonNode> variables,
      RandomSource randomSource) implements EvalContext {

    /** A context with {@link #CONTEXT_OBJECT}. */
    Context(JsonNode input, Map<String, JsonNode> variables, RandomSource randomSource) {
      this(input, json(CONTEXT_OBJECT), variables, randomSource);
    }

    @Override
    public JsonNode variable(String name) {
      return variables.get(name);
    }

    @Override
    public RandomSource random() {
      return randomSource == null ? EvalContext.super.random() : randomSource;
    }
  }
}
