package dev.sfntest.core.explore;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * One execution the {@link FailureExplorer} ran: the faults injected (none for the baseline run),
 * how the execution ended, whether the workflow handled the faults, the states it went through and
 * the virtual time it took.
 *
 * <pre>{@code
 * for (FaultRun run : exploration.unhandled()) {
 *   System.out.println(run.faults() + " -> " + run.status() + " " + run.error() + " via " + run.describePath());
 * }
 * }</pre>
 */
public final class FaultRun {

  private final List<Fault> faults;
  private final boolean hit;
  private final ExecutionStatus status;
  private final String error;
  private final String cause;
  private final boolean handled;
  private final List<String> path;
  private final Duration virtualTime;
  private final Duration retryTime;

  FaultRun(List<Fault> faults, boolean hit, ExecutionStatus status, String error, String cause, boolean handled,
      List<String> path, Duration virtualTime, Duration retryTime) {
    this.faults = List.copyOf(faults);
    this.hit = hit;
    this.status = Objects.requireNonNull(status);
    this.error = error;
    this.cause = cause;
    this.handled = handled;
    this.path = List.copyOf(path);
    this.virtualTime = Objects.requireNonNull(virtualTime);
    this.retryTime = Objects.requireNonNull(retryTime);
  }

  /** The faults injected in this run: one, two with {@link FailureExplorer#pairs()}, none for the baseline. */
  public List<Fault> faults() {
    return faults;
  }

  /** Whether this is the run without faults, which every other run is measured against. */
  public boolean isBaseline() {
    return faults.isEmpty();
  }

  /**
   * Whether every fault of the run was injected: its state was reached, as many times as it asks.
   * A pair's second fault may never be reached when the first changes the path.
   */
  public boolean hit() {
    return hit;
  }

  /** How the execution ended: SUCCEEDED, FAILED, TIMED_OUT or ABORTED. */
  public ExecutionStatus status() {
    return status;
  }

  /** The execution's error, or {@code null} when it succeeded. */
  public String error() {
    return error;
  }

  /** The execution's cause, or {@code null}. */
  public String cause() {
    return cause;
  }

  /**
   * Whether the workflow handled its faults: a {@code Retry} got the state through, or a {@code
   * Catch} took the error (here or in an enclosing Map, Parallel or parent execution), or a Map
   * tolerated the failed iteration. An unhandled fault is one whose error ended the execution.
   * A run whose faults were not all {@link #hit()} counts as handled: nothing failed. The
   * baseline run is handled.
   */
  public boolean handled() {
    return handled;
  }

  /** The states the execution entered, in order, those in Map iterations, Parallel branches and child executions included. */
  public List<String> path() {
    return path;
  }

  /** {@link #path()} in one line: {@code Validate > ReserveStock > ChargeCard}, a state entered several times in a row once with ×n. */
  public String describePath() {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < path.size()) {
      int same = 1;
      while (i + same < path.size() && path.get(i + same).equals(path.get(i))) {
        same++;
      }
      if (text.length() > 0) {
        text.append(" > ");
      }
      text.append(path.get(i));
      if (same > 1) {
        text.append(" ×").append(same);
      }
      i += same;
    }
    return text.toString();
  }

  /** The virtual time from the execution's start to its end. */
  public Duration virtualTime() {
    return virtualTime;
  }

  /**
   * The virtual time the faulted state spent on its faults: from the start of the first attempt a
   * fault hit to the end of the state's last attempt (the retry that got through, or the one that
   * gave up). The longest of a pair's; zero for the baseline and for faults not hit.
   */
  public Duration retryTime() {
    return retryTime;
  }

  /** One line: the faults, the outcome and the path. */
  public String describe() {
    String what = faults.isEmpty() ? "no fault" : String.join(" + ", faults.stream().map(Fault::describe).toList());
    StringBuilder text = new StringBuilder(what).append(" -> ").append(status);
    if (error != null) {
      text.append(' ').append(error);
    }
    text.append(handled ? " (handled)" : " (unhandled)");
    text.append(" after ").append(Durations.text(virtualTime)).append(": ").append(describePath());
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
