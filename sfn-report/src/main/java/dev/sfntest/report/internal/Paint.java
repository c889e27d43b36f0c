package dev.sfntest.report.internal;

import java.util.List;

/**
 * How a diagram is coloured and annotated: by coverage over many executions, or by the path of one.
 * The layout asks for the same text, so boxes and labels fit it.
 */
public interface Paint extends Layout.Content {

  /** How a box or line looks. */
  enum Shade {
    /** Exercised: green. */
    COVERED,
    /** Never exercised: grey, dashed. */
    UNCOVERED,
    /** Where an execution failed: red. */
    FAILED
  }

  Shade state(StateNode state);

  Shade edge(List<Transition> transitions);

  /** Whether a line of {@link #lines} tells of something never exercised (drawn grey). */
  default boolean muted(String line) {
    return false;
  }

  /** The tooltip of a state. */
  String tooltip(StateNode state);
}
