package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.PassState;
import java.util.Map;

/** Pass: passes its input (or {@code Result}) to its output. */
final class PassVisit extends Visit {

  private final PassState state;

  PassVisit(Frame frame, PassState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  PassState state() {
    return state;
  }

  @Override
  void run() {
    if (isJsonata()) {
      JsonataFlow flow = new JsonataFlow(this);
      JsonNode output = flow.output(rawInput, null);
      exit(output, state.next(), flow.assign(null));
      return;
    }
    JsonNode effective = applyParameters(applyInputPath(rawInput));
    JsonNode result = state.result() != null ? state.result() : effective;
    checkSize(result);
    Map<String, JsonNode> assigned = assignJsonPath(io().assign(), result);
    exit(jsonPathOutput(result), state.next(), assigned);
  }
}
