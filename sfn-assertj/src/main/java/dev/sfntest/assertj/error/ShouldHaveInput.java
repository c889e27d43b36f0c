package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have been entered with some input, compared as JSON values.
 *
 * <pre>{@code assertThat(run).state("Ship").hasInput("{}");   // fails with this message}</pre>
 */
public final class ShouldHaveInput extends BasicErrorMessageFactory {

  private ShouldHaveInput(String message) {
    super(message);
  }

  /** The message for a state whose input (last visit) is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveInput(String context, JsonNode expected, JsonNode actual,
      List<HistoryEvent> stateEvents) {
    return new ShouldHaveInput(Message.about(context).line("Expecting state to have input:").json(expected)
        .line("but it was:").json(actual).events("Its events:", stateEvents).build());
  }
}
