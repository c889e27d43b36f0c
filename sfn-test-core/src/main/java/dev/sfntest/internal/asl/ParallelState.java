package dev.sfntest.internal.asl;

import java.util.List;

/**
 * A Parallel state.
 *
 * @param branches the branches in order
 * @param errorHandling {@code Retry} and {@code Catch}
 */
public record ParallelState(String name, StateIo io, List<StateGraph> branches, ErrorHandling errorHandling)
    implements State {
  @Override
  public StateType type() {
    return StateType.PARALLEL;
  }
}
