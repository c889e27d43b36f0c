package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a Map iteration or Parallel branch to navigate to was never run.
 *
 * <pre>{@code assertThat(run).mapIteration(5);   // fails with this message}</pre>
 */
public final class ShouldHaveScope extends BasicErrorMessageFactory {

  private ShouldHaveScope(String message) {
    super(message);
  }

  /**
   * The message for a Map iteration or Parallel branch that did not run.
   *
   * @param kind {@code Map} or {@code Parallel}
   * @param state the Map or Parallel state, or {@code null} when the test named none
   * @param states the states of that kind the execution entered
   * @param indexes the iterations or branches that state ran
   */
  public static ErrorMessageFactory shouldHaveScope(String context, String kind, String state, int index,
      List<String> states, List<Integer> indexes) {
    String unit = kind.equals("Map") ? "iteration" : "branch";
    String wanted = unit + " " + index + (state == null ? " of a " + kind + " state" : " of " + kind + " '" + state + "'");
    String happened;
    if (states.isEmpty()) {
      happened = "it entered no " + kind + " state";
    } else if (state == null && states.size() > 1) {
      happened = "it entered several " + kind + " states: " + String.join(", ", states) + "; name the one you mean";
    } else if (state != null && !states.contains(state)) {
      happened = "it entered no " + kind + " state '" + state + "', only: " + String.join(", ", states);
    } else if (indexes.isEmpty()) {
      happened = "it ran no " + unit;
    } else {
      happened = "it ran only " + unit + (indexes.size() == 1 ? " " : "s ") + join(indexes);
    }
    return new ShouldHaveScope(Message.about(context).line("Expecting execution to have run " + wanted + ", but "
        + happened).build());
  }

  private static String join(List<Integer> indexes) {
    StringBuilder text = new StringBuilder();
    for (Integer index : indexes) {
      text.append(text.length() == 0 ? "" : ", ").append(index);
    }
    return text.toString();
  }
}
