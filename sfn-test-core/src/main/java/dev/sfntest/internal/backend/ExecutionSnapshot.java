package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.RunStatus;
import java.time.Instant;

/**
 * An execution as it was at one moment, taken under the fake's lock: what DescribeExecution,
 * ListExecutions and StartSyncExecution answer from. Immutable, so an answer built from it after
 * the lock is released still agrees with itself (never RUNNING with an output, never listed as
 * RUNNING once it ended); the output tree is one the engine never changes once the execution ended
 * with it.
 *
 * <pre>{@code
 * ExecutionSnapshot described = executions.describe(executionArn);
 * described.status();   // SUCCEEDED, and then described.output() is its output
 * }</pre>
 *
 * @param executionArn the execution's ARN
 * @param stateMachineArn the unqualified ARN of its state machine
 * @param name the execution's name
 * @param status its status at that moment
 * @param startDate when it started
 * @param stopDate when it ended, or {@code null} while it runs
 * @param input the input as the caller wrote it
 * @param output the output of a SUCCEEDED execution, else {@code null}
 * @param error the error it ended with, or {@code null}
 * @param cause the cause it ended with, or {@code null}
 * @param traceHeader the X-Ray trace header it was started with, or {@code null}
 * @param versionArn the version it runs, when started through a version or alias
 * @param aliasArn the alias it was started through, or {@code null}
 * @param redriveCount how often it was redriven
 * @param redriveDate when it was last redriven, or {@code null}
 * @param redrive whether it can be redriven now, and why not; {@code null} where not asked for
 * @param mapRunArn the map run that started it, or {@code null}
 * @param itemCount the items a map run's child processes; 0 for other executions
 */
public record ExecutionSnapshot(
    String executionArn,
    String stateMachineArn,
    String name,
    RunStatus status,
    Instant startDate,
    Instant stopDate,
    String input,
    JsonNode output,
    String error,
    String cause,
    String traceHeader,
    String versionArn,
    String aliasArn,
    int redriveCount,
    Instant redriveDate,
    RedriveRules.Verdict redrive,
    String mapRunArn,
    int itemCount) {

  /** The record's state now. Under the lock. */
  static ExecutionSnapshot of(ExecutionRecord record, RedriveRules.Verdict redrive) {
    ExecutionRun run = record.run();
    return new ExecutionSnapshot(run.arn(), record.stateMachineArn(), run.spec().name(), run.status(),
        run.startDate(), run.stopDate(), run.spec().inputText(),
        run.status() == RunStatus.SUCCEEDED ? run.output() : null, run.error(), run.cause(),
        record.traceHeader(), record.versionArn(), record.aliasArn(), run.redriveCount(), record.redriveDate(),
        redrive, record.isMapRunChild() ? record.mapRun().arn() : null, record.itemCount());
  }

  /** Whether a distributed Map started this execution. */
  public boolean isMapRunChild() {
    return mapRunArn != null;
  }
}
