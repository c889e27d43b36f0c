package dev.sfntest.assertj.error;

import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution was expected to have entered some states, in any order.
 *
 * <pre>{@code assertThat(run).hasVisitedStates("Validate", "Ship");   // fails with this message}</pre>
 */
public final class ShouldHaveVisitedStates extends BasicErrorMessageFactory {

  private ShouldHaveVisitedStates(String message) {
    super(message);
  }

  /** The message naming the states never entered, and the path taken. */
  public static ErrorMessageFactory shouldHaveVisitedStates(String context, String subject, List<String> expected,
      List<String> missing, List<String> path) {
    return shouldHaveVisitedStates(context, subject, expected, missing, path, Map.of());
  }

  /**
   * The message naming the states never entered, those of them the state machine does not have
   * (with the nearest names it has), and the path taken.
   *
   * @param unknown each expected name that is no state of the machine, with its nearest state names
   */
  public static ErrorMessageFactory shouldHaveVisitedStates(String context, String subject, List<String> expected,
      List<String> missing, List<String> path, Map<String, List<String>> unknown) {
    return new ShouldHaveVisitedStates(Message.about(context).line("Expecting " + subject + " to have visited states:")
        .indented(String.join(", ", expected)).line("but it never entered:").indented(String.join(", ", missing))
        .unknownStates(unknown).path(path).build());
  }
}
