package dev.sfntest.assertj.error;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a task was expected to have been called a number of times (retries count).
 *
 * <pre>{@code assertThat(run).task("ChargeCard").wasInvokedTimes(3);   // fails with this message}</pre>
 */
public final class ShouldHaveBeenInvokedTimes extends BasicErrorMessageFactory {

  private ShouldHaveBeenInvokedTimes(String message) {
    super(message);
  }

  /** The message for a task called another number of times than expected. */
  public static ErrorMessageFactory shouldHaveBeenInvokedTimes(String context, int expected, int actual,
      List<HistoryEvent> stateEvents) {
    return new ShouldHaveBeenInvokedTimes(Message.about(context).line("Expecting task to have been invoked "
        + Times.of(expected) + ", but it was invoked " + Times.of(actual)).events("Its events:", stateEvents).build());
  }
}
