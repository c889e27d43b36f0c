package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.ParallelState;

/** Parallel: runs its branches and collects their outputs in branch order. */
final class ParallelVisit extends Visit {

  private final ParallelState state;

  ParallelVisit(Frame frame, ParallelState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  ParallelState state() {
    return state;
  }

  @Override
  void run() {
    throw runtime("Parallel states are not supported yet (issue #6)");
  }
}
