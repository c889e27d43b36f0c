package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a task was expected to have returned some result, compared as JSON values.
 *
 * <pre>{@code assertThat(run).task("ChargeCard").hasResult("{\"charged\": true}");   // fails with this message}</pre>
 */
public final class ShouldHaveResult extends BasicErrorMessageFactory {

  private ShouldHaveResult(String message) {
    super(message);
  }

  /** The message for a task whose last successful call returned another result, or that never succeeded. */
  public static ErrorMessageFactory shouldHaveResult(String context, JsonNode expected, JsonNode actual,
      List<HistoryEvent> stateEvents) {
    Message message = Message.about(context).line("Expecting task to have returned:").json(expected);
    if (actual == null) {
      message.line("but no call succeeded");
    } else {
      message.line("but it returned:").json(actual);
    }
    return new ShouldHaveResult(message.events("Its events:", stateEvents).build());
  }
}
