package dev.sfntest.assertj.error;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Built when an execution was expected to have taken at most a given time from start to stop.
 *
 * <pre>{@code assertThat(run).tookAtMost(Duration.ofMinutes(5));   // fails with this message}</pre>
 */
public final class ShouldHaveTakenAtMost extends BasicErrorMessageFactory {

  private ShouldHaveTakenAtMost(String message) {
    super(message);
  }

  /** The message for an execution that took longer than {@code limit}. */
  public static ErrorMessageFactory shouldHaveTakenAtMost(String context, Duration limit, Instant start,
      Instant stop, List<HistoryEvent> history) {
    return new ShouldHaveTakenAtMost(Message.about(context).line("Expecting execution to have taken at most "
        + limit + ", but it took " + Duration.between(start, stop) + " (" + start + " to " + stop + ")")
        .lastEvents(history).build());
  }
}
