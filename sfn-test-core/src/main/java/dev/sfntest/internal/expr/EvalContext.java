package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What an expression may read while a state runs: the value {@code $} stands for, the context
 * object {@code $$}, workflow variables, and the two sources of non-determinism JSONata has (random
 * numbers and the current time), which the fake draws from its seed and its virtual clock.
 *
 * <pre>{@code
 * EvalContext ctx = new EvalContext() {
 *   public JsonNode input() { return input; }
 *   public JsonNode contextObject() { return context; }
 *   public JsonNode variable(String name) { return scope.get(name); }
 *   public RandomSource random() { return engine.ids(); }      // the fake's seeded generator
 *   public Instant now() { return clock.instant(); }            // the virtual clock
 * };
 * }</pre>
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
   * Where {@code States.UUID()}, an unseeded {@code States.MathRandom}, and JSONata's {@code
   * $random()} and {@code $uuid()} draw their values. The
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

  /**
   * The instant {@code $now()} and {@code $millis()} report (JSONata states). The engine answers
   * with its virtual clock. The default is the state's {@code EnteredTime} from the context object
   * (itself virtual time), else the execution's {@code StartTime}, else the Unix epoch: never the
   * wall clock, so tests stay deterministic.
   */
  default Instant now() {
    JsonNode context = contextObject();
    if (context != null) {
      for (JsonNode time : new JsonNode[] {context.path("State").path("EnteredTime"),
          context.path("Execution").path("StartTime")}) {
        if (time.isTextual()) {
          try {
            return Instant.parse(time.asText());
          } catch (DateTimeParseException e) {
            // Not a timestamp: try the next source.
          }
        }
      }
    }
    return Instant.EPOCH;
  }

  /**
   * The JSONata steps the execution may still take ({@link ExpressionBudget}). The engine answers
   * with its execution's budget; the default is a fresh one, so each evaluation is still bounded.
   */
  default ExpressionBudget budget() {
    return ExpressionBudget.forExecution();
  }

  /**
   * This context with another context object ({@code $$}, {@code $states.context}): a Map's
   * ItemSelector reads {@code $$.Map.Item} there. Everything else is read from this one.
   */
  default EvalContext withContextObject(JsonNode contextObject) {
    return new DerivedContext(this, contextObject, result(), errorOutput());
  }

  /**
   * This context with JSONata's {@code $states.result} and {@code $states.errorOutput} ({@code
   * null} where not available). Everything else is read from this one.
   */
  default EvalContext withStates(JsonNode result, JsonNode errorOutput) {
    return new DerivedContext(this, null, result, errorOutput);
  }
}
