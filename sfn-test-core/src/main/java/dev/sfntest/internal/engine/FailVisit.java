package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.FailState;
import dev.sfntest.internal.asl.ValueSource;
import dev.sfntest.internal.expr.PathNotFoundException;

/**
 * Fail: ends its graph with an error. AWS records no FailStateExited; the failure travels up to
 * the execution (or the enclosing Parallel or Map).
 */
final class FailVisit extends Visit {

  private final FailState state;

  FailVisit(Frame frame, FailState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  FailState state() {
    return state;
  }

  @Override
  void run() {
    String error = text(state.error());
    String cause = text(state.cause());
    // A Fail state's error is the state machine's own: Retry/Catch of an enclosing state may handle it.
    fail(Failure.of(error, cause));
  }

  private String text(ValueSource source) {
    if (source == null) {
      return null;
    }
    if (source.constant() != null) {
      return source.constant().asText();
    }
    JsonNode value;
    if (source.expression() != null) {
      value = isJsonata() ? new JsonataFlow(this).evaluate(source.expression(), source.field(), rawInput, null)
          : source.expression().evaluate(context(rawInput));
    } else {
      try {
        value = source.path().read(context(rawInput));
      } catch (PathNotFoundException e) {
        throw runtime("The JSONPath '" + source.path().text() + "' specified for the field '" + source.field()
            + "' could not be found in the input '" + dev.sfntest.internal.expr.Json.write(rawInput) + "'");
      }
    }
    return value.isTextual() ? value.asText() : dev.sfntest.internal.expr.Json.write(value);
  }
}
