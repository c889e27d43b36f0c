package dev.sfntest.assertj.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Built when an execution (or a state) was expected to have some output, compared as JSON values.
 *
 * <pre>{@code assertThat(run).hasOutput("{\"status\": \"SHIPPED\"}");   // fails with this message}</pre>
 */
public final class ShouldHaveOutput extends BasicErrorMessageFactory {

  private ShouldHaveOutput(String message) {
    super(message);
  }

  /**
   * The message for an execution whose output is not {@code expected}: both values, or how it
   * ended when it has no output.
   */
  public static ErrorMessageFactory shouldHaveOutput(String context, DescribeExecutionResponse execution,
      List<HistoryEvent> history, JsonNode expected, JsonNode actual, String waitingOn) {
    Message message = Message.about(context).line("Expecting execution to have output:").json(expected);
    if (execution.status() != ExecutionStatus.SUCCEEDED) {
      message.line("").outcome(execution, waitingOn).append(", so it has no output").lastEvents(history);
    } else {
      message.line("but it was:").json(actual);
    }
    return new ShouldHaveOutput(message.build());
  }

  /** The message for an execution that has no output to check: how it stands instead. */
  public static ErrorMessageFactory shouldHaveAnOutput(String context, DescribeExecutionResponse execution,
      List<HistoryEvent> history, String waitingOn) {
    return new ShouldHaveOutput(Message.about(context).line("Expecting execution to have an output, ")
        .outcome(execution, waitingOn).append(", so it has none").lastEvents(history).build());
  }

  /** The message for a state whose output (last visit) is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveStateOutput(String context, JsonNode expected, JsonNode actual,
      List<HistoryEvent> stateEvents) {
    Message message = Message.about(context).line("Expecting state to have output:").json(expected);
    if (actual == null) {
      message.line("but it did not exit, so it has no output");
    } else {
      message.line("but it was:").json(actual);
    }
    return new ShouldHaveOutput(message.events("Its events:", stateEvents).build());
  }
}
