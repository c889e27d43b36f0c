package dev.sfntest.internal.asl;

/**
 * A Wait state: exactly one of {@code seconds} or {@code timestamp} is set.
 *
 * @param seconds {@code Seconds} / {@code SecondsPath}
 * @param timestamp {@code Timestamp} / {@code TimestampPath}
 */
public record WaitState(String name, StateIo io, ValueSource seconds, ValueSource timestamp) implements State {
  @Override
  public StateType type() {
    return StateType.WAIT;
  }
}
