package dev.sfntest.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a frame runs inside its execution: the Map iterations and Parallel branches that lead to
 * it from the top level, outermost first. The top level is {@link #ROOT}. Two frames of one
 * execution have the same path when they run the same iteration or branch (a Map retried runs its
 * iterations again on the same paths), so a path with a state name and a visit count names a
 * state visit the way a history does.
 *
 * <pre>{@code
 * FramePath inner = FramePath.ROOT.into("ProcessOrders", 3).into("Notify", 1);
 * inner.toString();   // ProcessOrders[3]/Notify[1]
 * }</pre>
 *
 * @param steps the Map or Parallel states entered on the way, each with its iteration or branch index
 */
public record FramePath(List<Step> steps) {

  /** The top level of an execution. */
  public static final FramePath ROOT = new FramePath(List.of());

  /**
   * One step down: an iteration of a Map state or a branch of a Parallel state.
   *
   * @param state the Map or Parallel state's name
   * @param index the iteration's index in the items, or the branch's index in {@code Branches}
   */
  public record Step(String state, int index) {
    @Override
    public String toString() {
      return state + "[" + index + "]";
    }
  }

  public FramePath {
    steps = List.copyOf(steps);
  }

  /** The path of an iteration or branch of the Map or Parallel state {@code state} run here. */
  public FramePath into(String state, int index) {
    List<Step> longer = new ArrayList<>(steps.size() + 1);
    longer.addAll(steps);
    longer.add(new Step(state, index));
    return new FramePath(longer);
  }

  public boolean isRoot() {
    return steps.isEmpty();
  }

  /** {@code Map[3]/Branches[1]}; the empty text for the top level. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Step step : steps) {
      if (text.length() > 0) {
        text.append('/');
      }
      text.append(step);
    }
    return text.toString();
  }
}
