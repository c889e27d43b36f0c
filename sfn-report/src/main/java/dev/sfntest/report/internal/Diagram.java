package dev.sfntest.report.internal;

import java.util.List;

/**
 * A laid-out state machine: boxes and edges in absolute SVG coordinates, ready to draw.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param boxes the states, containers and branch frames, each container before what it holds
 * @param edges the transitions, one per pair of states (several transitions between the same two
 *     states share one line)
 */
public record Diagram(double width, double height, List<Box> boxes, List<Edge> edges) {

  /** What a box stands for. */
  public enum BoxKind {
    /** A state with no states inside. */
    STATE,
    /** A Map or Parallel state: its states are drawn inside it. */
    CONTAINER,
    /** One Parallel branch, a frame inside its Parallel. */
    BRANCH,
    /** The machine's start marker. */
    START,
    /** The machine's end marker. */
    END
  }

  /**
   * @param id the state's name, or a made-up id for a branch, start or end
   * @param state the state drawn, or {@code null} for branches, start and end
   */
  public record Box(String id, BoxKind kind, StateNode state, double x, double y, double width, double height) {}

  /**
   * @param from the source box's id
   * @param to the target box's id
   * @param transitions the transitions the line stands for (empty for start and end lines)
   * @param points the polyline, start to end
   * @param label the label's text, or {@code null}
   * @param labelX the label's left edge
   * @param labelY the label's top edge
   */
  public record Edge(String from, String to, List<Transition> transitions, List<double[]> points, String label,
      double labelX, double labelY, double labelWidth, double labelHeight) {}
}
