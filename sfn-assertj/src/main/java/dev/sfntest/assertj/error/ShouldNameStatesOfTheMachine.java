package dev.sfntest.assertj.error;

import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a negative check names a state the state machine does not have: it would pass
 * whatever the execution did, so after a typo or a rename it would test nothing.
 *
 * <pre>{@code assertThat(run).hasNotVisited("StandardShiping");   // fails with this message}</pre>
 */
public final class ShouldNameStatesOfTheMachine extends BasicErrorMessageFactory {

  private ShouldNameStatesOfTheMachine(String message) {
    super(message);
  }

  /**
   * The message naming the unknown names and the nearest state names the machine has.
   *
   * @param expectation what the check expected, e.g. {@code not to have visited}
   * @param states the names the check was given
   * @param unknown each name that is no state of the machine, with its nearest state names
   */
  public static ErrorMessageFactory shouldNameStatesOfTheMachine(String context, String expectation,
      List<String> states, Map<String, List<String>> unknown) {
    return new ShouldNameStatesOfTheMachine(Message.about(context).line("Expecting execution " + expectation + ":")
        .indented(String.join(", ", states))
        .line("but the state machine has no " + (unknown.size() == 1 ? "such state" : "such states")
            + ", so the check would pass whatever the execution did:")
        .unknownStates(unknown).build());
  }
}
