package dev.sfntest.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A distributed Map's map run, as {@code DescribeMapRun} reports it: its status, limits and the
 * counts of its items and child executions. Changed only under the fake's lock.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html">DescribeMapRun</a>
 */
public final class MapRun {

  /** Item and execution counts, kept the same way for both. */
  public static final class Counts {
    int pending;
    int running;
    int succeeded;
    int failed;
    int timedOut;
    int aborted;
    int total;
    int resultsWritten;

    public int pending() {
      return pending;
    }

    public int running() {
      return running;
    }

    public int succeeded() {
      return succeeded;
    }

    public int failed() {
      return failed;
    }

    public int timedOut() {
      return timedOut;
    }

    public int aborted() {
      return aborted;
    }

    public int total() {
      return total;
    }

    public int resultsWritten() {
      return resultsWritten;
    }

    Tally tally() {
      return new Tally(pending, running, succeeded, failed, timedOut, aborted, total, resultsWritten);
    }
  }

  /** A {@link Counts} at one moment. */
  public record Tally(int pending, int running, int succeeded, int failed, int timedOut, int aborted, int total,
      int resultsWritten) {}

  /**
   * A map run as it was at one moment, taken under the fake's lock: what DescribeMapRun and
   * ListMapRuns answer from, so that counts, status and dates agree with each other.
   */
  public record Snapshot(String arn, String executionArn, String stateMachineArn, String status, Instant startDate,
      Instant stopDate, int maxConcurrency, double toleratedFailurePercentage, long toleratedFailureCount,
      Tally items, Tally executions, int redriveCount, Instant redriveDate) {}

  private final String arn;
  private final String executionArn;
  private final String stateName;
  private final String label;
  private final String stateMachineArn;
  private final Instant startDate;
  private final Counts items = new Counts();
  private final Counts executions = new Counts();
  private final List<ExecutionRun> children = new ArrayList<>();
  private String status = "RUNNING";
  private Instant stopDate;
  private int maxConcurrency;
  private double toleratedFailurePercentage;
  private long toleratedFailureCount;
  private boolean toleratedFailurePercentageSet;
  private boolean toleratedFailureCountSet;
  private int redriveCount;
  private Instant redriveDate;
  private Runnable onLimitsChanged = () -> { };

  /**
   * @param toleratedFailurePercentage the tolerated percentage, or {@code null} when the Map
   *     declares none (DescribeMapRun then reports 0, but it is not a limit)
   * @param toleratedFailureCount the tolerated count, or {@code null} when the Map declares none
   */
  MapRun(String arn, String executionArn, String stateName, String label, String stateMachineArn, Instant startDate,
      int maxConcurrency, Double toleratedFailurePercentage, Long toleratedFailureCount) {
    this.arn = arn;
    this.executionArn = executionArn;
    this.stateName = stateName;
    this.label = label;
    this.stateMachineArn = stateMachineArn;
    this.startDate = startDate;
    this.maxConcurrency = maxConcurrency;
    this.toleratedFailurePercentageSet = toleratedFailurePercentage != null;
    this.toleratedFailurePercentage = toleratedFailurePercentage == null ? 0 : toleratedFailurePercentage;
    this.toleratedFailureCountSet = toleratedFailureCount != null;
    this.toleratedFailureCount = toleratedFailureCount == null ? 0 : toleratedFailureCount;
  }

  public String arn() {
    return arn;
  }

  /** The execution whose Map state started this run. */
  public String executionArn() {
    return executionArn;
  }

  /** The name of the Map state that started this run. */
  public String stateName() {
    return stateName;
  }

  /** The Map state's {@code Label}, or the id the engine made up for a Map without one. */
  public String label() {
    return label;
  }

  /**
   * The "state machine" the child executions run: {@code stateMachine:<machine>/<label>}, as
   * ListMapRuns and the children's DescribeExecution name it.
   */
  public String stateMachineArn() {
    return stateMachineArn;
  }

  /** RUNNING, SUCCEEDED, FAILED or ABORTED. */
  public String status() {
    return status;
  }

  public Instant startDate() {
    return startDate;
  }

  public Instant stopDate() {
    return stopDate;
  }

  public int maxConcurrency() {
    return maxConcurrency;
  }

  public double toleratedFailurePercentage() {
    return toleratedFailurePercentage;
  }

  public long toleratedFailureCount() {
    return toleratedFailureCount;
  }

  /** Whether a tolerated percentage limits the failures (declared by the Map or set by an update). */
  boolean limitsPercentage() {
    return toleratedFailurePercentageSet;
  }

  /** Whether a tolerated count limits the failures (declared by the Map or set by an update). */
  boolean limitsCount() {
    return toleratedFailureCountSet;
  }

  public int redriveCount() {
    return redriveCount;
  }

  /** When the map run was last redriven, or {@code null} when it never was. */
  public Instant redriveDate() {
    return redriveDate;
  }

  /** The map run now, immutable. Under the lock. */
  public Snapshot snapshot() {
    return new Snapshot(arn, executionArn, stateMachineArn, status, startDate, stopDate, maxConcurrency,
        toleratedFailurePercentage, toleratedFailureCount, items.tally(), executions.tally(), redriveCount,
        redriveDate);
  }

  public Counts itemCounts() {
    return items;
  }

  public Counts executionCounts() {
    return executions;
  }

  /** The child executions started so far, in item order. */
  public List<ExecutionRun> children() {
    return List.copyOf(children);
  }

  /**
   * Changes the limits while the run goes on ({@code UpdateMapRun}); {@code null} leaves one as it
   * is. They apply to the items not yet started: more concurrency starts waiting children at once,
   * less lets the running ones finish. A tolerance that the failures so far already exceed fails
   * the run at once, as the next failure would have.
   *
   * <pre>{@code
   * mapRun.update(10, null, 5L);   // ten at a time from now on, five failed items tolerated
   * }</pre>
   */
  public void update(Integer maxConcurrency, Double toleratedFailurePercentage, Long toleratedFailureCount) {
    if (maxConcurrency != null) {
      this.maxConcurrency = maxConcurrency;
    }
    if (toleratedFailurePercentage != null) {
      this.toleratedFailurePercentage = toleratedFailurePercentage;
      this.toleratedFailurePercentageSet = true;
    }
    if (toleratedFailureCount != null) {
      this.toleratedFailureCount = toleratedFailureCount;
      this.toleratedFailureCountSet = true;
    }
    onLimitsChanged.run();
  }

  void onLimitsChanged(Runnable action) {
    this.onLimitsChanged = action;
  }

  void itemsRead(int count) {
    items.total = count;
    items.pending = count;
    executions.total = 0;
  }

  void childStarted(ExecutionRun child, int itemsInIt) {
    children.add(child);
    items.pending -= itemsInIt;
    items.running += itemsInIt;
    executions.total++;
    executions.running++;
  }

  void childEnded(RunStatus result, int itemsInIt) {
    items.running -= itemsInIt;
    executions.running--;
    count(items, result, itemsInIt);
    count(executions, result, 1);
  }

  /** Adds {@code n} (or takes it back, when negative) to the count of {@code result}. */
  private static void count(Counts counts, RunStatus result, int n) {
    switch (result) {
      case SUCCEEDED -> counts.succeeded += n;
      case TIMED_OUT -> counts.timedOut += n;
      case ABORTED -> counts.aborted += n;
      default -> counts.failed += n;
    }
  }

  /** The parent's redrive redrives this run: it runs again, and counts one more redrive. */
  void redriven(Instant when) {
    redriveCount++;
    redriveDate = when;
    status = "RUNNING";
    stopDate = null;
  }

  /**
   * A child that ended unsuccessfully runs again in a redrive. A STANDARD child is redriven: the
   * same execution runs again. An EXPRESS one stays as it ended and a new execution takes its
   * items (AWS restarts it with StartExecution); {@link #childStarted} then counts that one.
   */
  void childRedriven(RunStatus previous, int itemsInIt, boolean sameExecution) {
    count(items, previous, -itemsInIt);
    if (sameExecution) {
      count(executions, previous, -1);
      items.running += itemsInIt;
      executions.running++;
    } else {
      items.pending += itemsInIt;
    }
  }

  /** The ResultWriter wrote the results of {@code childCount} children, holding {@code itemCount} items. */
  void resultsWritten(int childCount, int itemCount) {
    items.resultsWritten = itemCount;
    executions.resultsWritten = childCount;
  }

  void end(String endStatus, Instant when) {
    status = endStatus;
    stopDate = when;
  }
}
