package dev.sfntest.assertj.error;

import dev.sfntest.core.HistoryTable;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Built when an execution was expected to have succeeded. */
public final class ShouldHaveSucceeded extends BasicErrorMessageFactory {

  private ShouldHaveSucceeded(String message) {
    super(message);
  }

  /**
   * The message for an execution that did not succeed: its status, error and cause, and the last
   * events that explain it.
   */
  public static ErrorMessageFactory shouldHaveSucceeded(DescribeExecutionResponse execution, List<HistoryEvent> history,
      String waitingOn) {
    StringBuilder message = new StringBuilder("%nExpecting execution to have succeeded, but it ")
        .append(execution.statusAsString());
    Outcome.append(message, execution, waitingOn);
    message.append("%n").append(Outcome.escape(HistoryTable.render(history, 3)));
    return new ShouldHaveSucceeded(message.toString());
  }
}
