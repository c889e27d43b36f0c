package dev.sfntest.internal.asl;

import java.util.Map;

/**
 * A set of states with a start: the top level of a machine, a Parallel branch, or a Map's item
 * processor.
 *
 * @param startAt the first state's name
 * @param states the states in definition order
 * @param comment the {@code Comment}, or {@code null}
 */
public record StateGraph(String startAt, Map<String, State> states, String comment) {

  /** The state with that name, or {@code null}. */
  public State state(String name) {
    return states.get(name);
  }
}
