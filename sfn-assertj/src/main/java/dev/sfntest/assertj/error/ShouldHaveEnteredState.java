package dev.sfntest.assertj.error;

import java.util.List;
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
    return new ShouldHaveEnteredState(Message.about(context).line("Expecting " + subject + " to have entered state '"
        + state + "', but it never did").path(path).build());
  }
}
