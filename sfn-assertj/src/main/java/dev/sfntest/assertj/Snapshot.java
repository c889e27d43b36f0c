package dev.sfntest.assertj;

import dev.sfntest.assertj.internal.Definition;
import dev.sfntest.core.Execution;
import dev.sfntest.trace.Trace;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One reading of an execution: its description, then its history, the trace of the history and
 * the state machine's definition, each read once, when first needed. An ended execution's history
 * no longer changes, so a status check reads no history at all; a running one's is read with its
 * description (pending redrive too), so that the two agree.
 */
final class Snapshot {

  final Execution execution;
  final DescribeExecutionResponse described;
  private List<HistoryEvent> history;
  private Trace trace;
  private Definition definition;
  private boolean definitionRead;
  private String definitionText;
  private boolean definitionTextRead;

  private Snapshot(Execution execution, DescribeExecutionResponse described) {
    this.execution = execution;
    this.described = described;
    if (!hasEnded(described.status())) {
      this.history = execution.history();
    }
  }

  private static boolean hasEnded(ExecutionStatus status) {
    return status == ExecutionStatus.SUCCEEDED || status == ExecutionStatus.FAILED
        || status == ExecutionStatus.TIMED_OUT || status == ExecutionStatus.ABORTED;
  }

  /** Every event of the history, in id order, read on first use. */
  List<HistoryEvent> history() {
    if (history == null) {
      history = execution.history();
    }
    return history;
  }

  /**
   * Reads the execution once it has ended (live: waits up to the handle's timeout; fake: at once),
   * but keeps {@code earlier} (may be {@code null}) when it had ended and the execution is still
   * described just as it was then: an assertion chain reads the history (and builds its trace)
   * once, not once per assertion. A running execution's history grows while its description stays
   * the same, and a redriven one describes differently: both are read again.
   */
  static Snapshot ended(Execution execution, Snapshot earlier) {
    DescribeExecutionResponse[] described = new DescribeExecutionResponse[1];
    execution.await(d -> described[0] = d);
    if (earlier != null && earlier.execution == execution && earlier.status() != ExecutionStatus.RUNNING
        && earlier.described.equals(described[0])) {
      return earlier;
    }
    return new Snapshot(execution, described[0]);
  }

  /** Reads the execution as it is now, without waiting. */
  static Snapshot now(Execution execution) {
    return new Snapshot(execution, execution.describe());
  }

  /**
   * The history read as a trace. Live, AWS may start a Parallel's branches in any order: the
   * definition, read only if a Parallel ran, numbers them exactly. The fake starts them in order.
   */
  Trace trace() {
    if (trace == null) {
      trace = execution.isFake() ? Trace.of(history()) : Trace.of(history(), this::definitionText);
    }
    return trace;
  }

  /**
   * The definition the execution ran ({@code DescribeStateMachineForExecution}, on the fake and
   * live), or {@code null} when it cannot be read (live, without the permission to).
   */
  Definition definition() {
    if (!definitionRead) {
      definitionRead = true;
      String text = definitionText();
      try {
        definition = text == null ? null : Definition.parse(text);
      } catch (IllegalArgumentException unreadable) {
        definition = null;
      }
    }
    return definition;
  }

  private String definitionText() {
    if (!definitionTextRead) {
      definitionTextRead = true;
      try {
        definitionText = execution.client().describeStateMachineForExecution(b -> b.executionArn(execution.arn()))
            .definition();
      } catch (RuntimeException unavailable) {
        // Live, the caller may lack states:DescribeStateMachineForExecution: checks that need the
        // definition then check what they can without it.
        definitionText = null;
      }
    }
    return definitionText;
  }

  ExecutionStatus status() {
    return described.status();
  }

  /** Why the execution still runs, or {@code null} once it has ended. */
  String waitingOn() {
    return described.status() == ExecutionStatus.RUNNING ? execution.stillRunning() : null;
  }
}
