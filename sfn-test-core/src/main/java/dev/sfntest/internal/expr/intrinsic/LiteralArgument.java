package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;

/** A number, {@code true}, {@code false} or {@code null} written in the call: its value is itself. */
record LiteralArgument(JsonNode constant, String text) implements Argument {

  @Override
  public JsonNode value(Evaluation evaluation) {
    return constant;
  }
}
