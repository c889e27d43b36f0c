package dev.sfntest.assertj.error;

import java.util.List;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when a state was expected to have started a nested execution (states:startExecution).
 *
 * <pre>{@code assertThat(run).childExecution("RunPayment");   // fails with this message}</pre>
 */
public final class ShouldHaveStartedChildExecution extends BasicErrorMessageFactory {

  private ShouldHaveStartedChildExecution(String message) {
    super(message);
  }

  /** The message for a state whose events name no started execution. */
  public static ErrorMessageFactory shouldHaveStartedChildExecution(String context, List<HistoryEvent> stateEvents) {
    return new ShouldHaveStartedChildExecution(Message.about(context).line("Expecting state to have started an "
        + "execution (states:startExecution), but none of its events names an ExecutionArn")
        .events("Its events:", stateEvents).build());
  }
}
