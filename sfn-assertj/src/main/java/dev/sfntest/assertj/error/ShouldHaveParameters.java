package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a task was expected to have been sent some parameters, compared as JSON values.
 *
 * <pre>{@code assertThat(run).task("ChargeCard").hasParameters("{\"amount\": 42}");   // fails with this message}</pre>
 */
public final class ShouldHaveParameters extends BasicErrorMessageFactory {

  private ShouldHaveParameters(String message) {
    super(message);
  }

  /** The message for a task whose last call was sent other parameters, or that was never called. */
  public static ErrorMessageFactory shouldHaveParameters(String context, JsonNode expected, JsonNode actual,
      List<HistoryEvent> stateEvents) {
    Message message = Message.about(context).line("Expecting task to have been sent:").json(expected);
    if (actual == null) {
      message.line("but it was never called");
    } else {
      message.line("but its last call was sent:").json(actual);
    }
    return new ShouldHaveParameters(message.events("Its events:", stateEvents).build());
  }
}
