package dev.sfntest.assertj.error;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution was expected to have taken a given time from start to stop (on the fake: virtual time).
 *
 * <pre>{@code assertThat(run).tookVirtualTime(Duration.ofSeconds(6));   // fails with this message}</pre>
 */
public final class ShouldHaveTakenVirtualTime extends BasicErrorMessageFactory {

  private ShouldHaveTakenVirtualTime(String message) {
    super(message);
  }

  /** The message for an execution that took another time than exactly {@code expected}. */
  public static ErrorMessageFactory shouldHaveTakenVirtualTime(String context, Duration expected, Instant start,
      Instant stop, List<HistoryEvent> history) {
    return new ShouldHaveTakenVirtualTime(Message.about(context).line("Expecting execution to have taken "
        + expected + ", but it took " + Duration.between(start, stop) + " (" + start + " to " + stop + ")")
        .lastEvents(history).build());
  }

  /** The message for an execution that has not stopped, so it has no duration yet. */
  public static ErrorMessageFactory shouldHaveStopped(String context, Duration expected, String waitingOn,
      List<HistoryEvent> history) {
    return new ShouldHaveTakenVirtualTime(Message.about(context).line("Expecting execution to have taken "
        + expected + ", but " + Character.toLowerCase(waitingOn.charAt(0)) + waitingOn.substring(1))
        .lastEvents(history).build());
  }
}
