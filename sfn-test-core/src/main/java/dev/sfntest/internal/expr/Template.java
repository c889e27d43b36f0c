package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A compiled value of a definition field that is evaluated while a state runs: a JSONPath payload
 * template, a JSONata template ({@code {% ... %}} strings at any depth), or a constant.
 */
public interface Template {

  /** The field's value as written in the definition. */
  JsonNode source();

  /** Computes the value. */
  JsonNode evaluate(EvalContext ctx);

  /** A template that always yields {@code value}. */
  static Template constant(JsonNode value) {
    return new Template() {
      @Override
      public JsonNode source() {
        return value;
      }

      @Override
      public JsonNode evaluate(EvalContext ctx) {
        return value;
      }
    };
  }
}
