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
 * Built when an execution was expected to have failed with a given error (and cause).
 *
 * <pre>{@code assertThat(run).hasFailedWith("Payment.Declined", "card expired");   // fails with this message}</pre>
 */
public final class ShouldHaveFailedWith extends BasicErrorMessageFactory {

  private ShouldHaveFailedWith(String message) {
    super(message);
  }

  /**
   * The message for an execution that did not fail with {@code expectedError} (and {@code
   * expectedCause}, when not {@code null}): how it stands and its last events.
   */
  public static ErrorMessageFactory shouldHaveFailedWith(String context, DescribeExecutionResponse execution,
      List<HistoryEvent> history, String expectedError, String expectedCause, String waitingOn) {
    Message message = Message.about(context).line("Expecting execution to have failed with:")
        .indented("error: \"" + expectedError + "\"");
    if (expectedCause != null) {
      message.indented("cause: \"" + expectedCause + "\"");
    }
    return new ShouldHaveFailedWith(message.line("").outcome(execution, waitingOn).lastEvents(history).build());
  }

  /** The same message, reading the execution now. */
  public static ErrorMessageFactory shouldHaveFailedWith(Execution execution, String expectedError,
      String expectedCause) {
    DescribeExecutionResponse described = execution.describe();
    return shouldHaveFailedWith(Describe.execution(execution), described, execution.history(), expectedError,
        expectedCause, described.status() == ExecutionStatus.RUNNING ? execution.stillRunning() : null);
  }
}
