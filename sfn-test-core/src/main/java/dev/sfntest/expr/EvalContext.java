package dev.sfntest.expr;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an expression may read while a state runs: the value {@code $} stands for, the context
 * object {@code $$}, and workflow variables.
 */
public interface EvalContext {

  /** The value paths starting with {@code $} read (the state's input, or its raw result). */
  JsonNode input();

  /** The context object ({@code $$} in JSONPath, {@code $states.context} in JSONata). */
  JsonNode contextObject();

  /** The value of a workflow variable, or {@code null} when it is not defined in scope. */
  JsonNode variable(String name);

  /** The state's raw result, {@code $states.result} in JSONata; {@code null} where not available. */
  default JsonNode result() {
    return null;
  }

  /** The error output, {@code $states.errorOutput} in JSONata; {@code null} where not available. */
  default JsonNode errorOutput() {
    return null;
  }

  /**
   * Where {@code States.UUID()} and an unseeded {@code States.MathRandom} draw their values. The
   * engine overrides this with the fake's seeded generator, so that one seed gives one history.
   *
   * <p>The default never touches real randomness either: it derives a fixed stream from the
   * context object (execution id, state name, entered time), so an evaluation is repeatable even
   * where nothing was wired. Each call returns a fresh stream; an intrinsic call asks once per
   * evaluation, so two {@code States.UUID()} in one expression still differ.
   */
  default RandomSource random() {
    JsonNode context = contextObject();
    return RandomSource.seeded(context == null ? 0L : Json.write(context).hashCode());
  }

  /** A context that reads {@code input} as {@code $}, with the same context object and variables. */
  default EvalContext withInput(JsonNode input) {
    EvalContext outer = this;
    return new EvalContext() {
      @Override
      public JsonNode input() {
        return input;
      }

      @Override
      public JsonNode contextObject() {
        return outer.contextObject();
      }

      @Override
      public JsonNode variable(String name) {
        return outer.variable(name);
      }

      @Override
      public RandomSource random() {
        return outer.random();
      }
    };
  }
}
