package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A context that reads like {@code outer} but for its own context object (when given) and JSONata
 * results: what {@link EvalContext#withContextObject} and {@link EvalContext#withStates} return.
 * The outer context is asked each time, so it sees the variables as they are when read.
 */
final class DerivedContext implements EvalContext {

  private final EvalContext outer;
  private final JsonNode contextObject;
  private final JsonNode result;
  private final JsonNode errorOutput;

  /** {@code contextObject}: {@code null} for the outer one's. */
  DerivedContext(EvalContext outer, JsonNode contextObject, JsonNode result, JsonNode errorOutput) {
    this.outer = outer;
    this.contextObject = contextObject;
    this.result = result;
    this.errorOutput = errorOutput;
  }

  @Override
  public JsonNode input() {
    return outer.input();
  }

  @Override
  public JsonNode contextObject() {
    return contextObject != null ? contextObject : outer.contextObject();
  }

  @Override
  public JsonNode variable(String name) {
    return outer.variable(name);
  }

  @Override
  public JsonNode result() {
    return result;
  }

  @Override
  public JsonNode errorOutput() {
    return errorOutput;
  }

  @Override
  public RandomSource random() {
    return outer.random();
  }

  @Override
  public Instant now() {
    return outer.now();
  }

  @Override
  public ExpressionBudget budget() {
    return outer.budget();
  }
}
