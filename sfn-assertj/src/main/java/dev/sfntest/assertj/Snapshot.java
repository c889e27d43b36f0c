package dev.sfntest.assertj;

import dev.sfntest.assertj.internal.Definition;
import dev.sfntest.core.Execution;
import dev.sfntest.trace.Trace;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One reading of an execution: its description and its history, read together; the trace of the
 * history and the state machine's definition, each read once, when first needed.
 */
final class Snapshot {

  final Execution execution;
  final DescribeExecutionResponse described;
  final List<HistoryEvent> history;
  private Trace trace;
  private Definition definition;
  private boolean definitionRead;
  private String definitionText;
  private boolean definitionTextRead;

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

  /**
   * The history read as a trace. Live, AWS may start a Parallel's branches in any order: the
   * definition, read only if a Parallel ran, numbers them exactly. The fake starts them in order.
   */
  Trace trace() {
    if (trace == null) {
      trace = execution.isFake() ? Trace.of(history) : Trace.of(history, this::definitionText);
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
