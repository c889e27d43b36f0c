package dev.sfntest.assertj.error;

import dev.sfntest.assertj.internal.Describe;
import dev.sfntest.core.Execution;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Built when an execution was expected to have succeeded.
 *
 * <pre>{@code assertThat(run).hasSucceeded();   // fails with this message}</pre>
 */
public final class ShouldHaveSucceeded extends BasicErrorMessageFactory {

  private ShouldHaveSucceeded(String message) {
    super(message);
  }

  /**
   * The message for an execution that did not have succeeded: how it stands (status, error and cause, or
   * why it still runs) and its last events.
   *
   * @param context the first line, e.g. {@code execution 'order-42' of state machine 'OrderFlow'}
   * @param waitingOn why a running execution has not ended ({@link Execution#stillRunning()}), or {@code null}
   */
  public static ErrorMessageFactory shouldHaveSucceeded(String context, DescribeExecutionResponse execution,
      List<HistoryEvent> history, String waitingOn) {
    return new ShouldHaveSucceeded(Message.about(context).line("Expecting execution to have succeeded, ")
        .outcome(execution, waitingOn).lastEvents(history).build());
  }

  /** The same message, reading the execution now (for tests: the fake does not change after a run). */
  public static ErrorMessageFactory shouldHaveSucceeded(Execution execution) {
    DescribeExecutionResponse described = execution.describe();
    return shouldHaveSucceeded(Describe.execution(execution), described, execution.history(),
        described.status() == ExecutionStatus.RUNNING ? execution.stillRunning() : null);
  }
}
