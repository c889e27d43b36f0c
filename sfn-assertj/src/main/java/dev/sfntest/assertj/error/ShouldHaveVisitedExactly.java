package dev.sfntest.assertj.error;

import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution's path was expected to be exactly some states, in order.
 *
 * <pre>{@code assertThat(run).hasVisitedExactly("Validate", "Ship");   // fails with this message}</pre>
 */
public final class ShouldHaveVisitedExactly extends BasicErrorMessageFactory {

  private ShouldHaveVisitedExactly(String message) {
    super(message);
  }

  /** The message showing the expected path and the one taken, and where they part. */
  public static ErrorMessageFactory shouldHaveVisitedExactly(String context, String subject, List<String> expected,
      List<String> path) {
    return shouldHaveVisitedExactly(context, subject, expected, path, Map.of());
  }

  /**
   * The same message, also naming the expected names that are no state of the state machine.
   *
   * @param unknown each expected name that is no state of the machine, with its nearest state names
   */
  public static ErrorMessageFactory shouldHaveVisitedExactly(String context, String subject, List<String> expected,
      List<String> path, Map<String, List<String>> unknown) {
    int at = 0;
    while (at < expected.size() && at < path.size() && expected.get(at).equals(path.get(at))) {
      at++;
    }
    String difference;
    if (at == path.size()) {
      difference = "it stopped after " + at + " state" + (at == 1 ? "" : "s") + ", before '" + expected.get(at) + "'";
    } else if (at == expected.size()) {
      difference = "it went on to '" + path.get(at) + "'";
    } else {
      difference = "state " + (at + 1) + " was '" + path.get(at) + "', not '" + expected.get(at) + "'";
    }
    return new ShouldHaveVisitedExactly(Message.about(context).line("Expecting " + subject + " to have visited exactly:")
        .indented(String.join(" -> ", expected)).line("but " + difference + ".").unknownStates(unknown).path(path)
        .build());
  }
}
