package dev.sfntest.internal.asl;

/**
 * One state of a definition. The permitted records follow the eight ASL state types; the fields
 * they share (transition, query language, input and output processing) are in {@link StateIo}.
 */
public sealed interface State
    permits PassState, TaskState, ChoiceState, WaitState, SucceedState, FailState, ParallelState, MapState {

  /** The state's name (its key in {@code States}). */
  String name();

  /** The fields shared by every state type. */
  StateIo io();

  /** The state type. */
  StateType type();

  /** The effective query language of this state. */
  default QueryLanguage queryLanguage() {
    return io().queryLanguage();
  }

  /** {@code Next}, or {@code null} for a terminal state. */
  default String next() {
    return io().next();
  }

  /** Whether the state ends its graph ({@code End: true}, Succeed and Fail). */
  default boolean isEnd() {
    return io().end();
  }
}
