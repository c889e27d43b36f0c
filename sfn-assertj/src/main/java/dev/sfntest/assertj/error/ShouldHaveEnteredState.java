package dev.sfntest.assertj.error;

import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state (to navigate to, or to find a child execution of) was never entered.
 *
 * <pre>{@code assertThat(run).state("Refund");   // fails with this message}</pre>
 */
public final class ShouldHaveEnteredState extends BasicErrorMessageFactory {

  private ShouldHaveEnteredState(String message) {
    super(message);
  }

  /** The message for a state never entered, with the path taken. */
  public static ErrorMessageFactory shouldHaveEnteredState(String context, String subject, String state,
      List<String> path) {
    return shouldHaveEnteredState(context, subject, state, path, Map.of());
  }

  /**
   * The message for a state never entered, saying so when the state machine has no such state
   * (with the nearest names it has), with the path taken.
   *
   * @param unknown the state, if it is no state of the machine, with its nearest state names
   */
  public static ErrorMessageFactory shouldHaveEnteredState(String context, String subject, String state,
      List<String> path, Map<String, List<String>> unknown) {
    return new ShouldHaveEnteredState(Message.about(context).line("Expecting " + subject + " to have entered state '"
        + state + "', but it never did").unknownStates(unknown).path(path).build());
  }
}
