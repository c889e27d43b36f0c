package dev.sfntest.assertj.error;

import dev.sfntest.assertj.internal.Events;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have recorded an error: a time-out, a heartbeat time-out.
 *
 * <pre>{@code assertThat(run).state("Pack").timedOut();   // fails with this message}</pre>
 */
public final class ShouldHaveRecordedError extends BasicErrorMessageFactory {

  private ShouldHaveRecordedError(String message) {
    super(message);
  }

  /**
   * The message for a state that never recorded {@code error}.
   *
   * @param what what the error means, e.g. {@code timed out}
   * @param failures every error the state recorded
   */
  public static ErrorMessageFactory shouldHaveRecordedError(String context, String what, String error,
      List<Events.Failure> failures, List<HistoryEvent> stateEvents) {
    return new ShouldHaveRecordedError(Message.about(context).line("Expecting state to have " + what + " (error \""
        + error + "\"), but the errors it recorded were: " + ErrorText.errors(failures))
        .events("Its events:", stateEvents).build());
  }
}
