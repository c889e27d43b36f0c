package dev.sfntest.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Built when an execution was expected to be still running.
 *
 * <pre>{@code assertThat(run).isRunning();   // fails with this message}</pre>
 */
public final class ShouldBeRunning extends BasicErrorMessageFactory {

  private ShouldBeRunning(String message) {
    super(message);
  }

  /** The message for an execution that has ended: how and its last events. */
  public static ErrorMessageFactory shouldBeRunning(String context, DescribeExecutionResponse execution,
      List<HistoryEvent> history) {
    return new ShouldBeRunning(Message.about(context).line("Expecting execution to be RUNNING, ")
        .outcome(execution, null).lastEvents(history).build());
  }
}
