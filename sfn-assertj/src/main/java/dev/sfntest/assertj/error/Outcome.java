package dev.sfntest.assertj.error;

import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/** How failure messages describe the way an execution ended. */
final class Outcome {

  private Outcome() {}

  /** Appends " with: error/cause", or why it is still running. */
  static void append(StringBuilder message, DescribeExecutionResponse execution, String waitingOn) {
    if (execution.status() == ExecutionStatus.RUNNING) {
      if (waitingOn != null) {
        message.append(": ").append(escape(waitingOn));
      }
      return;
    }
    if (execution.error() != null || execution.cause() != null) {
      message.append(" with:");
      if (execution.error() != null) {
        message.append("%n  error: \"").append(escape(execution.error())).append('"');
      }
      if (execution.cause() != null) {
        message.append("%n  cause: \"").append(escape(execution.cause())).append('"');
      }
    }
  }

  /** AssertJ formats messages with String.format: literal percent signs must be doubled. */
  static String escape(String text) {
    return text.replace("%", "%%").replace("\n", "%n");
  }
}
