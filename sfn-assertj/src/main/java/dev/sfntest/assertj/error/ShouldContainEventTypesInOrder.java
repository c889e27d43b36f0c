package dev.sfntest.assertj.error;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a history was expected to hold events of some types in a given order (others may come between).
 *
 * <pre>{@code assertThat(run).history().containsEventTypesInOrder("TaskFailed", "TaskSucceeded");   // fails with this message}</pre>
 */
public final class ShouldContainEventTypesInOrder extends BasicErrorMessageFactory {

  private ShouldContainEventTypesInOrder(String message) {
    super(message);
  }

  /** The message naming the first type not found after the ones before it, with the events. */
  public static ErrorMessageFactory shouldContainEventTypesInOrder(String context, List<String> expected,
      String notAfter, List<String> before, List<HistoryEvent> events) {
    Message message = Message.about(context).line("Expecting history to contain event types in order:")
        .indented(String.join(", ", expected));
    message.line("but it has no " + notAfter + (before.isEmpty() ? "" : " after " + String.join(", ", before)));
    return new ShouldContainEventTypesInOrder(message.events("Its events:", events).build());
  }

}
