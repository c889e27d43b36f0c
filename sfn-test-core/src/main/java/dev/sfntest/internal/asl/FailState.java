package dev.sfntest.internal.asl;

/**
 * A Fail state.
 *
 * @param error {@code Error} / {@code ErrorPath}, or {@code null}
 * @param cause {@code Cause} / {@code CausePath}, or {@code null}
 */
public record FailState(String name, StateIo io, ValueSource error, ValueSource cause) implements State {
  @Override
  public StateType type() {
    return StateType.FAIL;
  }
}
