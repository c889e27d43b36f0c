package dev.sfntest.core.explore;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link FailureExplorer} found: the baseline run without faults, one {@link FaultRun} per
 * fault (or pair of faults) it injected, and what it did not explore and why. sfn-assertj asserts
 * on it ({@code assertThat(exploration).everyFaultIsHandled()}); {@link #table()} prints it.
 *
 * <pre>{@code
 * Exploration exploration = FailureExplorer.of(order).withInput("{\"orderId\": \"42\"}").explore();
 * System.out.print(exploration.table());
 * exploration.unhandled().forEach(run -> System.out.println(run.describe()));
 * }</pre>
 */
public final class Exploration {

  private final String machine;
  private final String input;
  private final FaultRun baseline;
  private final List<FaultRun> runs;
  private final int faultsEnumerated;
  private final List<NotExplored> notExplored;
  private final Duration elapsed;

  Exploration(String machine, String input, FaultRun baseline, List<FaultRun> runs, int faultsEnumerated,
      List<NotExplored> notExplored, Duration elapsed) {
    this.machine = Objects.requireNonNull(machine);
    this.input = Objects.requireNonNull(input);
    this.baseline = Objects.requireNonNull(baseline);
    this.runs = List.copyOf(runs);
    this.faultsEnumerated = faultsEnumerated;
    this.notExplored = List.copyOf(notExplored);
    this.elapsed = Objects.requireNonNull(elapsed);
  }

  /** The explored state machine's name. */
  public String machine() {
    return machine;
  }

  /** The input every run was started with. */
  public String input() {
    return input;
  }

  /** The run without faults: the workflow's path under the test's mocks alone. */
  public FaultRun baseline() {
    return baseline;
  }

  /** One run per fault (or pair of faults) explored, in the order they ran; the baseline is not among them. */
  public List<FaultRun> runs() {
    return runs;
  }

  /** The runs whose faults the workflow did not handle: their error ended the execution. */
  public List<FaultRun> unhandled() {
    return runs.stream().filter(run -> !run.handled()).toList();
  }

  /** How many executions ran: the baseline and one per run. */
  public int executions() {
    return runs.size() + 1;
  }

  /**
   * How many faults (single faults, and pairs when asked for) the explorer found to inject; equal
   * to {@code runs().size()} unless the budget stopped it.
   */
  public int faultsEnumerated() {
    return faultsEnumerated;
  }

  /** What was not explored, and why: faults beyond the budget, states no run reached, errors no call can end with. */
  public List<NotExplored> notExplored() {
    return notExplored;
  }

  /** The real time the exploration took. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The runs and what was not explored, as a table for people (what {@code sfn-local explore} prints). */
  public String table() {
    return ExplorationTable.render(this);
  }

  @Override
  public String toString() {
    return "exploration of '" + machine + "': " + executions() + " executions, " + unhandled().size() + " unhandled";
  }
}
