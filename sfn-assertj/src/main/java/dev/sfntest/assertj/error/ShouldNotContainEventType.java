package dev.sfntest.assertj.error;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a history was expected to hold no event of a type.
 *
 * <pre>{@code assertThat(run).history().hasNoEventOfType("TaskTimedOut");   // fails with this message}</pre>
 */
public final class ShouldNotContainEventType extends BasicErrorMessageFactory {

  private ShouldNotContainEventType(String message) {
    super(message);
  }

  /** The message listing the events of that type found. */
  public static ErrorMessageFactory shouldNotContainEventType(String context, String type,
      List<HistoryEvent> found) {
    return new ShouldNotContainEventType(Message.about(context).line("Expecting history to contain no " + type
        + " event, but it has " + found.size() + ":").events(null, found).build());
  }
}
