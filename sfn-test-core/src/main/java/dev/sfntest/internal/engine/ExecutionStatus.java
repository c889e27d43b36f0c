package dev.sfntest.internal.engine;

/** An execution's status, as {@code DescribeExecution} reports it. */
public enum ExecutionStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED,
  PENDING_REDRIVE
}
