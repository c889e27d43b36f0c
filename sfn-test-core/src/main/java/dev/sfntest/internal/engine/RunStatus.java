package dev.sfntest.internal.engine;

/** An execution's status, as {@code DescribeExecution} reports it. */
public enum RunStatus {
  RUNNING,
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED,
  PENDING_REDRIVE
}
