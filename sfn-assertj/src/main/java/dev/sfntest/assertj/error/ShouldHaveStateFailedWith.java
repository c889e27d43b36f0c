package dev.sfntest.assertj.error;

import dev.sfntest.trace.Failure;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have given up with an error (caught or not).
 *
 * <pre>{@code assertThat(run).state("Pack").hasFailedWith("States.HeartbeatTimeout");   // fails with this message}</pre>
 */
public final class ShouldHaveStateFailedWith extends BasicErrorMessageFactory {

  private ShouldHaveStateFailedWith(String message) {
    super(message);
  }

  /**
   * The message for a state that did not fail with {@code error}.
   *
   * @param failure the error it gave up with, or {@code null} when it did not fail
   */
  public static ErrorMessageFactory shouldHaveStateFailedWith(String context, String error, Failure failure,
      List<HistoryEvent> stateEvents) {
    return new ShouldHaveStateFailedWith(Message.about(context).line("Expecting state to have failed with error \""
        + error + "\", but " + (failure == null ? "it did not fail" : "it failed with " + ErrorText.error(failure)))
        .events("Its events:", stateEvents).build());
  }
}
