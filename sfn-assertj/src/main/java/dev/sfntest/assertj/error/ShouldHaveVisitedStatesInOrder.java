package dev.sfntest.assertj.error;

import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution was expected to have entered some states in a given order (others may come between).
 *
 * <pre>{@code assertThat(run).hasVisitedStatesInOrder("Validate", "Ship");   // fails with this message}</pre>
 */
public final class ShouldHaveVisitedStatesInOrder extends BasicErrorMessageFactory {

  private ShouldHaveVisitedStatesInOrder(String message) {
    super(message);
  }

  /**
   * The message naming the first expected state not found after the ones before it, and the
   * path taken.
   */
  public static ErrorMessageFactory shouldHaveVisitedStatesInOrder(String context, String subject, List<String> expected,
      String notAfter, List<String> before, List<String> path) {
    return shouldHaveVisitedStatesInOrder(context, subject, expected, notAfter, before, path, Map.of());
  }

  /**
   * The same message, also naming the expected names that are no state of the state machine.
   *
   * @param unknown each expected name that is no state of the machine, with its nearest state names
   */
  public static ErrorMessageFactory shouldHaveVisitedStatesInOrder(String context, String subject, List<String> expected,
      String notAfter, List<String> before, List<String> path, Map<String, List<String>> unknown) {
    Message message = Message.about(context).line("Expecting " + subject + " to have visited states in order:")
        .indented(String.join(" -> ", expected));
    if (before.isEmpty()) {
      message.line("but it never entered '" + notAfter + "'");
    } else {
      message.line("but it never entered '" + notAfter + "' after " + String.join(" -> ", before));
    }
    return new ShouldHaveVisitedStatesInOrder(message.unknownStates(unknown).path(path).build());
  }
}
