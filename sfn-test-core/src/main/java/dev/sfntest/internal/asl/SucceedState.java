package dev.sfntest.internal.asl;

/** A Succeed state. */
public record SucceedState(String name, StateIo io) implements State {
  @Override
  public StateType type() {
    return StateType.SUCCEED;
  }
}
