package dev.sfntest.report;

import dev.sfntest.report.internal.Retrier;
import dev.sfntest.report.internal.Transition;
import dev.sfntest.report.internal.Workflow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Coverage of one state machine over the executions recorded for it: how often each state was
 * entered, each transition taken and each retrier fired; zero for those never exercised.
 *
 * <p>What counts:
 * <ul>
 *   <li><b>states</b>: every state, those inside Parallel branches and Map item processors too;
 *   <li><b>transitions</b>: every {@code Next}, every Choice branch and {@code Default}, every
 *       catcher, and every retrier (a retrier is covered when it fired at least once);
 *   <li><b>Choice branches</b>: the Choice part of the transitions. Rules of one Choice that lead to
 *       the same state are one branch: a history says where a Choice went, not which rule matched.
 * </ul>
 *
 * <pre>{@code
 * MachineCoverage order = report.machine("order").orElseThrow();
 * order.uncoveredTransitions();   // [ChargeCard -> Refund (Catch[1])]
 * order.transitions();            // 11/12 (91.6%)
 * }</pre>
 */
public final class MachineCoverage {

  private final String name;
  private final Workflow workflow;
  private final String definition;
  private final int executions;
  private final Map<String, Integer> stateCounts;
  private final Map<Transition, Integer> transitionCounts;
  private final Map<Retrier, Integer> retryCounts;

  MachineCoverage(String name, String definition, Workflow workflow, int executions, Map<String, Integer> states,
      Map<Transition, Integer> transitions, Map<Retrier, Integer> retries) {
    this.name = name;
    this.definition = definition;
    this.workflow = workflow;
    this.executions = executions;
    this.stateCounts = ordered(workflow.states().keySet(), states);
    this.transitionCounts = ordered(workflow.transitions(), transitions);
    this.retryCounts = ordered(workflow.retriers(), retries);
  }

  private static <K> Map<K, Integer> ordered(Iterable<K> keys, Map<K, Integer> counts) {
    Map<K, Integer> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, counts.getOrDefault(k, 0)));
    return Collections.unmodifiableMap(out);
  }

  /** The state machine's name. */
  public String name() {
    return name;
  }

  /** The definition the executions ran. */
  public String definition() {
    return definition;
  }

  /** How many executions were recorded. */
  public int executions() {
    return executions;
  }

  /** Times each state was entered, every state in definition order. */
  public Map<String, Integer> stateCounts() {
    return stateCounts;
  }

  /**
   * Times each transition was taken, by its id ({@code ChargeCard -> Refund (Catch[1])}), then
   * times each retrier fired ({@code ChargeCard Retry[0]}); every one, in definition order.
   */
  public Map<String, Integer> transitionCounts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    transitionCounts.forEach((t, n) -> out.put(t.id(), n));
    retryCounts.forEach((r, n) -> out.put(r.id(), n));
    return Collections.unmodifiableMap(out);
  }

  /** Times each Choice branch was taken, by transition id. */
  public Map<String, Integer> choiceBranchCounts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    transitionCounts.forEach((t, n) -> {
      if (t.kind().isChoiceBranch()) {
        out.put(t.id(), n);
      }
    });
    return Collections.unmodifiableMap(out);
  }

  public List<String> coveredStates() {
    return keys(stateCounts, n -> n > 0);
  }

  public List<String> uncoveredStates() {
    return keys(stateCounts, n -> n == 0);
  }

  public List<String> coveredTransitions() {
    return keys(transitionCounts(), n -> n > 0);
  }

  public List<String> uncoveredTransitions() {
    return keys(transitionCounts(), n -> n == 0);
  }

  public Ratio states() {
    return ratio(stateCounts);
  }

  /** Transitions, Choice branches, catchers and retriers together. */
  public Ratio transitions() {
    return ratio(transitionCounts());
  }

  public Ratio choiceBranches() {
    return ratio(choiceBranchCounts());
  }

  /** The definition as read for drawing. */
  Workflow workflow() {
    return workflow;
  }

  Map<Transition, Integer> transitionsTaken() {
    return transitionCounts;
  }

  Map<Retrier, Integer> retriersFired() {
    return retryCounts;
  }

  private static List<String> keys(Map<String, Integer> counts, Predicate<Integer> which) {
    return counts.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey).toList();
  }

  private static Ratio ratio(Map<String, Integer> counts) {
    int covered = (int) counts.values().stream().filter(n -> n > 0).count();
    return new Ratio(covered, counts.size());
  }

  @Override
  public String toString() {
    return name + ": states " + states() + ", transitions " + transitions() + ", Choice branches " + choiceBranches();
  }
}
