package dev.sfntest.engine;

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
  }

  private final String arn;
  private final String executionArn;
  private final Instant startDate;
  private final Counts items = new Counts();
  private final Counts executions = new Counts();
  private final List<ExecutionRun> children = new ArrayList<>();
  private String status = "RUNNING";
  private Instant stopDate;
  private int maxConcurrency;
  private double toleratedFailurePercentage;
  private long toleratedFailureCount;
  private int redriveCount;
  private Runnable onLimitsChanged = () -> { };

  MapRun(String arn, String executionArn, Instant startDate, int maxConcurrency, double toleratedFailurePercentage,
      long toleratedFailureCount) {
    this.arn = arn;
    this.executionArn = executionArn;
    this.startDate = startDate;
    this.maxConcurrency = maxConcurrency;
    this.toleratedFailurePercentage = toleratedFailurePercentage;
    this.toleratedFailureCount = toleratedFailureCount;
  }

  public String arn() {
    return arn;
  }

  /** The execution whose Map state started this run. */
  public String executionArn() {
    return executionArn;
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

  public int redriveCount() {
    return redriveCount;
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
   * is. More concurrency starts waiting children at once.
   */
  public void update(Integer maxConcurrency, Double toleratedFailurePercentage, Long toleratedFailureCount) {
    if (maxConcurrency != null) {
      this.maxConcurrency = maxConcurrency;
    }
    if (toleratedFailurePercentage != null) {
      this.toleratedFailurePercentage = toleratedFailurePercentage;
    }
    if (toleratedFailureCount != null) {
      this.toleratedFailureCount = toleratedFailureCount;
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

  void childEnded(ExecutionStatus result, int itemsInIt) {
    items.running -= itemsInIt;
    executions.running--;
    switch (result) {
      case SUCCEEDED -> {
        items.succeeded += itemsInIt;
        executions.succeeded++;
      }
      case TIMED_OUT -> {
        items.timedOut += itemsInIt;
        executions.timedOut++;
      }
      case ABORTED -> {
        items.aborted += itemsInIt;
        executions.aborted++;
      }
      default -> {
        items.failed += itemsInIt;
        executions.failed++;
      }
    }
  }

  void resultsWritten(int count) {
    items.resultsWritten = count;
    executions.resultsWritten = count;
  }

  void end(String endStatus, Instant when) {
    status = endStatus;
    stopDate = when;
  }
}
