package dev.sfntest.internal.asl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The graph rules, checked the way AWS reports them (observed, see {@link Messages}):
 *
 * <ol>
 *   <li>every transition ({@code StartAt}, {@code Next}, {@code Default}, {@code Choices[i].Next},
 *       {@code Catch[i].Next}) names a state of its own graph, else {@code MISSING_TRANSITION_TARGET:
 *       Missing 'Next' target: X} at the transition, whatever kind it is. A graph's states cannot
 *       transition into or out of a nested graph (ASL spec, Parallel and Map states);
 *   <li>the machine has a terminal state ({@code End: true}, Succeed or Fail) among its top-level
 *       states, else {@code MISSING_END_STATE} with no location. Nested graphs are not held to
 *       this (observed: a Map whose item processor loops forever is accepted);
 *   <li>unless the machine has no terminal state, every state can be reached from its graph's
 *       {@code StartAt}, else {@code MISSING_TRANSITION_TARGET: State "X" is not reachable.} at the
 *       state. AWS refuses unreachable states at CreateStateMachine, not only warns about them
 *       (observed in AWS's answer quoted in localstack/localstack#11978, and in the reports of
 *       deployments that failed on it). When StartAt names no state, every state is unreachable.
 * </ol>
 *
 * @see <a href="https://states-language.net/spec.html#transition">ASL spec: Transitions</a>
 */
final class DefinitionValidator {

  private final Diagnostics diagnostics;

  private DefinitionValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  static void validate(GraphShape machine, Diagnostics diagnostics) {
    DefinitionValidator validator = new DefinitionValidator(diagnostics);
    validator.targets(machine);
    boolean terminal = machine.states.values().stream().anyMatch(GraphShape.StateShape::terminal);
    if (machine.hasStates && !terminal) {
      diagnostics.error(Diagnostic.MISSING_END_STATE, Messages.NO_TERMINAL_STATE, null);
      // Observed: without a terminal state AWS reports no unreachable states.
      return;
    }
    validator.reachability(machine);
  }

  private void targets(GraphShape graph) {
    if (!graph.hasStates) {
      return;
    }
    if (graph.startAt != null && !graph.states.containsKey(graph.startAt)) {
      diagnostics.error(Diagnostic.MISSING_TRANSITION_TARGET, Messages.missingTarget(graph.startAt),
          graph.at.field("StartAt"));
    }
    for (GraphShape.StateShape state : graph.states.values()) {
      for (GraphShape.Transition transition : state.transitions()) {
        if (!graph.states.containsKey(transition.target())) {
          diagnostics.error(Diagnostic.MISSING_TRANSITION_TARGET, Messages.missingTarget(transition.target()),
              transition.at());
        }
      }
      state.children().forEach(this::targets);
    }
  }

  private void reachability(GraphShape graph) {
    if (!graph.hasStates || graph.startAt == null) {
      return;
    }
    Set<String> reached = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    if (graph.states.containsKey(graph.startAt)) {
      queue.add(graph.startAt);
    }
    while (!queue.isEmpty()) {
      String name = queue.poll();
      if (!reached.add(name)) {
        continue;
      }
      for (GraphShape.Transition transition : graph.states.get(name).transitions()) {
        if (graph.states.containsKey(transition.target())) {
          queue.add(transition.target());
        }
      }
    }
    for (GraphShape.StateShape state : graph.states.values()) {
      if (!reached.contains(state.name())) {
        diagnostics.error(Diagnostic.MISSING_TRANSITION_TARGET, Messages.unreachable(state.name()), state.at());
      }
    }
    for (GraphShape.StateShape state : graph.states.values()) {
      state.children().forEach(this::reachability);
    }
  }
}
