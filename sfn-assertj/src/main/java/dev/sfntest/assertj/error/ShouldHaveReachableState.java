package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to be reachable from StartAt in a state machine definition.
 *
 * <pre>{@code assertThat(machine).hasReachableState("Refund");   // fails with this message}</pre>
 */
public final class ShouldHaveReachableState extends BasicErrorMessageFactory {

  private ShouldHaveReachableState(String message) {
    super(message);
  }

  /** The message for a state that no path from {@code StartAt} reaches (or that does not exist). */
  public static ErrorMessageFactory shouldHaveReachableState(String context, String state, boolean exists,
      List<String> reachable) {
    return new ShouldHaveReachableState(Message.about(context).line("Expecting state '" + state
        + "' to be reachable from StartAt, but " + (exists ? "no transition leads to it" : "there is no such state"))
        .line("Reachable states:").indented(String.join(", ", reachable)).build());
  }
}
