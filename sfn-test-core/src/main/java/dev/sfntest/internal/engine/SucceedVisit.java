package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.SucceedState;

/** Succeed: ends its graph successfully. */
final class SucceedVisit extends Visit {

  private final SucceedState state;

  SucceedVisit(Frame frame, SucceedState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  SucceedState state() {
    return state;
  }

  @Override
  void run() {
    if (isJsonata()) {
      exit(new JsonataFlow(this).output(rawInput, null), null, null);
      return;
    }
    exit(applyOutputPath(applyInputPath(rawInput)), null, null);
  }
}
