package dev.sfntest.assertj.error;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have been retried a number of times.
 *
 * <pre>{@code assertThat(run).state("ChargeCard").wasRetried(2);   // fails with this message}</pre>
 */
public final class ShouldHaveBeenRetried extends BasicErrorMessageFactory {

  private ShouldHaveBeenRetried(String message) {
    super(message);
  }

  /** The message for a state retried another number of times (over all its visits) than expected. */
  public static ErrorMessageFactory shouldHaveBeenRetried(String context, int expected, int actual,
      List<HistoryEvent> stateEvents) {
    return new ShouldHaveBeenRetried(Message.about(context).line("Expecting state to have been retried "
        + Times.of(expected) + ", but it was retried " + Times.of(actual)).events("Its events:", stateEvents).build());
  }
}
