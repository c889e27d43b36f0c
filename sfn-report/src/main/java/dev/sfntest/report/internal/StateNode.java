package dev.sfntest.report.internal;

import java.util.List;

/**
 * One state of a definition, with where it can go and what it contains.
 *
 * @param name its name (unique in the whole state machine, as ASL requires)
 * @param type its {@code Type}, as written ({@code Task}, {@code Choice}, ...)
 * @param resource a Task's {@code Resource}, else {@code null}
 * @param end whether it can end its graph ({@code End: true}, Succeed, Fail)
 * @param transitions its ways out, in definition order
 * @param retriers its {@code Retry}, in order
 * @param children a Parallel's branches, or a Map's item processor (one graph)
 */
public record StateNode(String name, String type, String resource, boolean end, List<Transition> transitions,
    List<Retrier> retriers, List<Graph> children) {

  /** A set of states with a start: the machine, a Parallel branch, or a Map's item processor. */
  public record Graph(String startAt, List<StateNode> states) {}
}
