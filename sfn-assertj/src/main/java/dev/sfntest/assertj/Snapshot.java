package dev.sfntest.assertj;

import dev.sfntest.assertj.internal.Trace;
import dev.sfntest.core.Execution;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** One reading of an execution: its description and its history, read together. */
final class Snapshot {

  final Execution execution;
  final DescribeExecutionResponse described;
  final List<HistoryEvent> history;
  private Trace trace;

  private Snapshot(Execution execution, DescribeExecutionResponse described) {
    this.execution = execution;
    this.described = described;
    this.history = execution.history();
  }

  /** Reads the execution once it has ended (live: waits up to the handle's timeout; fake: at once). */
  static Snapshot ended(Execution execution) {
    DescribeExecutionResponse[] described = new DescribeExecutionResponse[1];
    execution.await(d -> described[0] = d);
    return new Snapshot(execution, described[0]);
  }

  /** Reads the execution as it is now, without waiting. */
  static Snapshot now(Execution execution) {
    return new Snapshot(execution, execution.describe());
  }

  Trace trace() {
    if (trace == null) {
      trace = Trace.of(history);
    }
    return trace;
  }

  ExecutionStatus status() {
    return described.status();
  }

  /** Why the execution still runs, or {@code null} once it has ended. */
  String waitingOn() {
    return described.status() == ExecutionStatus.RUNNING ? execution.stillRunning() : null;
  }
}
