package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have been entered a number of times.
 *
 * <pre>{@code assertThat(run).enteredState("Poll").times(3);   // fails with this message}</pre>
 */
public final class ShouldHaveEnteredStateTimes extends BasicErrorMessageFactory {

  private ShouldHaveEnteredStateTimes(String message) {
    super(message);
  }

  /**
   * The message for a state entered another number of times than expected.
   *
   * @param expectation e.g. {@code exactly 3 times}, {@code at least once}
   */
  public static ErrorMessageFactory shouldHaveEnteredStateTimes(String context, String subject, String state, String expectation,
      int actual, List<String> path) {
    return new ShouldHaveEnteredStateTimes(Message.about(context).line("Expecting " + subject + " to have entered state '"
        + state + "' " + expectation + ", but it entered it " + Times.of(actual)).path(path).build());
  }
}
