package dev.sfntest.conformance.execute;

import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Waits for an execution to leave RUNNING by polling DescribeExecution: Step Functions sends no
 * completion signal. An execution already ended costs one call, which is all the fake ever needs.
 */
final class ExecutionEnd {

  private static final long FIRST_PAUSE_MILLIS = 10;
  private static final long LONGEST_PAUSE_MILLIS = 500;

  private ExecutionEnd() {}

  /**
   * The execution's description once it has ended, or as it stands when {@code wait} has passed.
   *
   * @param wait how long to poll; zero describes it once
   */
  static DescribeExecutionResponse await(SfnClient client, String executionArn, Duration wait) {
    DescribeExecutionRequest request = DescribeExecutionRequest.builder().executionArn(executionArn).build();
    DescribeExecutionResponse described = client.describeExecution(request);
    Instant deadline = Instant.now().plus(wait);
    long pause = FIRST_PAUSE_MILLIS;
    Object monitor = new Object();
    while (described.status() == ExecutionStatus.RUNNING && Instant.now().isBefore(deadline)) {
      synchronized (monitor) {
        try {
          // nothing to be woken by: this only spaces the polls, backing off
          monitor.wait(Math.max(1, Math.min(pause, Duration.between(Instant.now(), deadline).toMillis())));
        } catch (InterruptedException e) {
          // the runner gave up on the case: report what the execution shows now
          Thread.currentThread().interrupt();
          return described;
        }
      }
      pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
      described = client.describeExecution(request);
    }
    return described;
  }
}
