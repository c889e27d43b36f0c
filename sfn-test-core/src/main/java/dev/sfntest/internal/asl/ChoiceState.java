package dev.sfntest.internal.asl;

import java.util.List;

/**
 * A Choice state.
 *
 * @param choices the rules in order
 * @param defaultState {@code Default}, or {@code null}
 */
public record ChoiceState(String name, StateIo io, List<Choice> choices, String defaultState)
    implements State {
  @Override
  public StateType type() {
    return StateType.CHOICE;
  }
}
