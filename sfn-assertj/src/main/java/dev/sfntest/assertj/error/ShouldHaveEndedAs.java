package dev.sfntest.assertj.error;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a Map iteration or Parallel branch was expected to have succeeded or failed.
 *
 * <pre>{@code assertThat(run).mapIteration(1).hasSucceeded();   // fails with this message}</pre>
 */
public final class ShouldHaveEndedAs extends BasicErrorMessageFactory {

  private ShouldHaveEndedAs(String message) {
    super(message);
  }

  /**
   * The message for an iteration or branch that ended otherwise.
   *
   * @param subject {@code iteration} or {@code branch}
   * @param expected e.g. {@code succeeded}
   * @param actual e.g. {@code it failed}, {@code it was aborted}
   */
  public static ErrorMessageFactory shouldHaveEndedAs(String context, String subject, String expected,
      String actual, List<HistoryEvent> events) {
    return new ShouldHaveEndedAs(Message.about(context).line("Expecting " + subject + " to have " + expected + ", but "
        + actual).events("Its events:", events).build());
  }
}
