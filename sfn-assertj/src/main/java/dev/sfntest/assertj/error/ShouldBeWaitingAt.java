package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Built when an execution was expected to be in a given state now.
 *
 * <pre>{@code assertThat(run).isWaitingAt("Approve");   // fails with this message}</pre>
 */
public final class ShouldBeWaitingAt extends BasicErrorMessageFactory {

  private ShouldBeWaitingAt(String message) {
    super(message);
  }

  /**
   * The message for an execution that is not in {@code state} now: the states it is in (or how it
   * ended) and its last events.
   *
   * @param current the states the execution is in now, innermost ones of Map and Parallel
   */
  public static ErrorMessageFactory shouldBeWaitingAt(String context, DescribeExecutionResponse execution,
      List<HistoryEvent> history, String state, List<String> current) {
    Message message = Message.about(context).line("Expecting execution to be waiting at state '" + state + "', ");
    if (execution.status() == ExecutionStatus.RUNNING) {
      message.append(current.isEmpty() ? "but it is in no state" : "but it is at: " + String.join(", ", current));
    } else {
      message.outcome(execution, null);
    }
    return new ShouldBeWaitingAt(message.lastEvents(history).build());
  }
}
