package dev.sfntest.report;

import java.util.List;
import java.util.Optional;

/**
 * Workflow coverage of a whole test run: one {@link MachineCoverage} per state machine, sorted by
 * name, and the totals over all of them.
 *
 * <pre>{@code
 * CoverageReport report = coverage.report();
 * report.transitions();                       // 23/30 (76.6%)
 * CoverageFiles.write(report, Path.of("target/sfn-coverage"));
 * }</pre>
 *
 * @param machines the state machines, by name
 */
public record CoverageReport(List<MachineCoverage> machines) {

  public CoverageReport {
    machines = List.copyOf(machines);
  }

  /** The state machine of that name, if any execution of it was recorded. */
  public Optional<MachineCoverage> machine(String name) {
    return machines.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public Ratio states() {
    return machines.stream().map(MachineCoverage::states).reduce(new Ratio(0, 0), Ratio::plus);
  }

  public Ratio transitions() {
    return machines.stream().map(MachineCoverage::transitions).reduce(new Ratio(0, 0), Ratio::plus);
  }

  public Ratio choiceBranches() {
    return machines.stream().map(MachineCoverage::choiceBranches).reduce(new Ratio(0, 0), Ratio::plus);
  }
}
