package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.RunStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether an execution can be redriven now, and if not why, in AWS's words (DescribeExecution's
 * {@code redriveStatusReason}, and RedriveExecution's {@code ExecutionNotRedrivable}). AWS
 * redrives STANDARD executions that ended FAILED, TIMED_OUT or ABORTED less than 14 days ago,
 * started less than a year ago, with fewer than 24,999 history events, of a machine that is not
 * being deleted.
 *
 * <pre>{@code
 * RedriveRules.Verdict verdict = RedriveRules.judge(record, now);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html">Redriving executions</a>
 */
public final class RedriveRules {

  /** How long after it ended an execution can be redriven. */
  public static final Duration REDRIVABLE_PERIOD = Duration.ofDays(14);

  /** The longest an execution may stay open. */
  public static final Duration MAX_OPEN_TIME = Duration.ofDays(365);

  /** Below this many events there is room for ExecutionRedriven and at least one more. */
  public static final int MAX_HISTORY_EVENTS = 24_999;

  /**
   * @param status REDRIVABLE or NOT_REDRIVABLE
   * @param reason why not, in AWS's words, or {@code null}
   */
  public record Verdict(String status, String reason) {
    public boolean redrivable() {
      return "REDRIVABLE".equals(status);
    }
  }

  private RedriveRules() {}

  public static Verdict judge(ExecutionRecord record, Instant now) {
    ExecutionRun run = record.run();
    if (run.status() == RunStatus.RUNNING || run.status() == RunStatus.SUCCEEDED) {
      return no("Execution is " + run.status().name() + " and cannot be redriven");
    }
    if (record.machine().isDeleting()) {
      return no("State machine is in DELETING status.");
    }
    if (run.history().size() >= MAX_HISTORY_EVENTS) {
      return no("Execution history event limit exceeded");
    }
    if (now.isAfter(run.startDate().plus(MAX_OPEN_TIME))) {
      return no("Execution has exceeded the max execution time");
    }
    if (run.stopDate() != null && now.isAfter(run.stopDate().plus(REDRIVABLE_PERIOD))) {
      return no("Execution redrivable period exceeded");
    }
    return new Verdict("REDRIVABLE", null);
  }

  private static Verdict no(String reason) {
    return new Verdict("NOT_REDRIVABLE", reason);
  }
}
