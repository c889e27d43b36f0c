package dev.sfntest.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Colours a workflow by coverage: exercised parts green, with counts; the rest grey and dashed. */
public final class CoveragePaint implements Paint {

  private static final String NEVER_FIRED = "never fired";

  private final Map<String, Integer> states;
  private final Map<Transition, Integer> transitions;
  private final Map<Retrier, Integer> retries;

  public CoveragePaint(Map<String, Integer> states, Map<Transition, Integer> transitions,
      Map<Retrier, Integer> retries) {
    this.states = states;
    this.transitions = transitions;
    this.retries = retries;
  }

  @Override
  public List<String> lines(StateNode state) {
    List<String> lines = new ArrayList<>();
    for (Retrier retrier : state.retriers()) {
      int fired = retries.getOrDefault(retrier, 0);
      lines.add("↻ Retry[" + retrier.index() + "] " + String.join(", ", retrier.errors())
          + (fired > 0 ? "  ×" + fired : "  " + NEVER_FIRED));
    }
    return lines;
  }

  @Override
  public boolean muted(String line) {
    return line.endsWith(NEVER_FIRED);
  }

  @Override
  public String edgeLabel(List<Transition> edge) {
    List<String> parts = new ArrayList<>();
    for (Transition t : edge) {
      int n = transitions.getOrDefault(t, 0);
      String name = t.kind() == Transition.Kind.NEXT ? "" : t.label() + " ";
      parts.add(name + "×" + n);
    }
    return String.join(" · ", parts);
  }

  @Override
  public Shade state(StateNode state) {
    return states.getOrDefault(state.name(), 0) > 0 ? Shade.COVERED : Shade.UNCOVERED;
  }

  @Override
  public Shade edge(List<Transition> edge) {
    return edge.stream().anyMatch(t -> transitions.getOrDefault(t, 0) > 0) ? Shade.COVERED : Shade.UNCOVERED;
  }

  @Override
  public String badge(StateNode state) {
    int n = states.getOrDefault(state.name(), 0);
    return n > 0 ? "×" + n : null;
  }

  @Override
  public String tooltip(StateNode state) {
    int n = states.getOrDefault(state.name(), 0);
    return state.name() + " (" + state.type() + "): " + (n == 0 ? "never entered" : "entered " + n + " times");
  }
}
