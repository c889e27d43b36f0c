package dev.sfntest.assertj.error;

import dev.sfntest.core.HistoryTable;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Built when an execution was expected to have failed with a given error. */
public final class ShouldHaveFailedWith extends BasicErrorMessageFactory {

  private ShouldHaveFailedWith(String message) {
    super(message);
  }

  public static ErrorMessageFactory shouldHaveFailedWith(DescribeExecutionResponse execution, List<HistoryEvent> history,
      String expectedError, String waitingOn) {
    StringBuilder message = new StringBuilder("%nExpecting execution to have failed with error \"")
        .append(Outcome.escape(expectedError)).append("\", but it ").append(execution.statusAsString());
    Outcome.append(message, execution, waitingOn);
    message.append("%n").append(Outcome.escape(HistoryTable.render(history, 3)));
    return new ShouldHaveFailedWith(message.toString());
  }
}
