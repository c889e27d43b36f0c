package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution was expected never to have entered some states.
 *
 * <pre>{@code assertThat(run).hasNotVisited("Refund");   // fails with this message}</pre>
 */
public final class ShouldNotHaveVisited extends BasicErrorMessageFactory {

  private ShouldNotHaveVisited(String message) {
    super(message);
  }

  /** The message naming the states that were entered, and the path taken. */
  public static ErrorMessageFactory shouldNotHaveVisited(String context, String subject, List<String> unexpected,
      List<String> entered, List<String> path) {
    return new ShouldNotHaveVisited(Message.about(context).line("Expecting execution not to have visited:")
        .indented(String.join(", ", unexpected)).line("but it entered:").indented(String.join(", ", entered))
        .path(path).build());
  }
}
