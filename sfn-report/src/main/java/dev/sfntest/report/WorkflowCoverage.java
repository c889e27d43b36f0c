package dev.sfntest.report;

import dev.sfntest.report.internal.Retrier;
import dev.sfntest.report.internal.Transition;
import dev.sfntest.report.internal.Walk;
import dev.sfntest.report.internal.Workflow;
import dev.sfntest.trace.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Collects workflow coverage from executions' histories, merged per state machine name; safe to
 * add to from several threads (tests run in parallel).
 *
 * <pre>{@code
 * WorkflowCoverage coverage = new WorkflowCoverage();
 * coverage.add(client, execution.arn());          // or add(ExecutionRecord.read(client, arn))
 * CoverageReport report = coverage.report();
 * }</pre>
 *
 * <p>Executions of the same name with different definitions (a state machine updated between
 * tests) are kept apart: the second becomes {@code name (2)}, and so on. Only what the history of
 * the recorded execution shows counts: states run in a Distributed Map's child executions or in a
 * nested {@code states:startExecution} are recorded only if those executions are added too.
 */
public final class WorkflowCoverage {

  private final Map<String, List<Entry>> byName = new TreeMap<>();

  /** Reads an execution through the client and adds it (see {@link ExecutionRecord#read}). */
  public void add(SfnClient client, String executionArn) {
    add(ExecutionRecord.read(client, executionArn));
  }

  /**
   * Adds an execution.
   *
   * @throws IllegalArgumentException when its definition cannot be read
   */
  public synchronized void add(ExecutionRecord execution) {
    List<Entry> entries = byName.computeIfAbsent(execution.stateMachineName(), k -> new ArrayList<>());
    Entry entry = entries.stream().filter(e -> e.definition.equals(execution.definition())).findFirst()
        .orElseGet(() -> {
          Entry fresh = new Entry(execution.definition(), Workflow.parse(execution.definition()));
          entries.add(fresh);
          return fresh;
        });
    entry.add(Walk.of(entry.workflow, Trace.of(execution.events(), execution::definition)));
  }

  /** Whether nothing was added yet. */
  public synchronized boolean isEmpty() {
    return byName.isEmpty();
  }

  /** The coverage so far. */
  public synchronized CoverageReport report() {
    List<MachineCoverage> machines = new ArrayList<>();
    byName.forEach((name, entries) -> {
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        String shown = i == 0 ? name : name + " (" + (i + 1) + ")";
        machines.add(new MachineCoverage(shown, e.definition, e.workflow, e.executions, e.states, e.transitions,
            e.retries));
      }
    });
    machines.sort(Comparator.comparing(MachineCoverage::name));
    return new CoverageReport(machines);
  }

  /** The counts of one definition. */
  private static final class Entry {
    final String definition;
    final Workflow workflow;
    int executions;
    final Map<String, Integer> states = new HashMap<>();
    final Map<Transition, Integer> transitions = new HashMap<>();
    final Map<Retrier, Integer> retries = new HashMap<>();

    Entry(String definition, Workflow workflow) {
      this.definition = definition;
      this.workflow = workflow;
    }

    void add(Walk walk) {
      executions++;
      walk.visits().forEach(v -> states.merge(v.name(), 1, Integer::sum));
      walk.taken().forEach((t, n) -> transitions.merge(t, n, Integer::sum));
      walk.retries().forEach((r, n) -> retries.merge(r, n, Integer::sum));
    }
  }
}
