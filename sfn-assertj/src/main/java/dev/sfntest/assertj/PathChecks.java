package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveVisitedExactly.shouldHaveVisitedExactly;
import static dev.sfntest.assertj.error.ShouldHaveVisitedStates.shouldHaveVisitedStates;
import static dev.sfntest.assertj.error.ShouldHaveVisitedStatesInOrder.shouldHaveVisitedStatesInOrder;
import static dev.sfntest.assertj.error.ShouldNameStatesOfTheMachine.shouldNameStatesOfTheMachine;
import static dev.sfntest.assertj.error.ShouldNotHaveVisited.shouldNotHaveVisited;

import dev.sfntest.assertj.internal.Definition;
import dev.sfntest.trace.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The path assertions an execution and its iterations and branches share. Each answers the
 * failure, or {@code null} when the path is as expected. States nested in Map iterations and
 * Parallel branches are part of the path, in history order.
 *
 * <p>A name that is no state of the state machine (a typo, a state renamed since) cannot be
 * visited: a negative check on it would pass whatever the execution did, so it fails, and a
 * positive check that fails says so. Both name the nearest states of the definition, read with
 * {@code DescribeStateMachineForExecution}; when that cannot be read (live, without the
 * permission), the checks go on without it.
 */
final class PathChecks {

  private PathChecks() {}

  static ErrorMessageFactory visited(String context, String subject, Scope scope, Supplier<Definition> definition,
      String... states) {
    List<String> path = scope.path();
    Set<String> missing = new LinkedHashSet<>(List.of(states));
    missing.removeAll(path);
    return missing.isEmpty() ? null : shouldHaveVisitedStates(context, subject, List.of(states),
        new ArrayList<>(missing), path, unknown(definition, missing));
  }

  static ErrorMessageFactory visitedInOrder(String context, String subject, Scope scope,
      Supplier<Definition> definition, String... states) {
    List<String> path = scope.path();
    int at = 0;
    for (int i = 0; i < states.length; i++) {
      while (at < path.size() && !path.get(at).equals(states[i])) {
        at++;
      }
      if (at == path.size()) {
        return shouldHaveVisitedStatesInOrder(context, subject, List.of(states), states[i],
            List.of(states).subList(0, i), path, unknown(definition, List.of(states)));
      }
      at++;
    }
    return null;
  }

  static ErrorMessageFactory notVisited(String context, String subject, Scope scope, Supplier<Definition> definition,
      String... states) {
    Map<String, List<String>> unknown = unknown(definition, List.of(states));
    if (!unknown.isEmpty()) {
      return shouldNameStatesOfTheMachine(context, "not to have visited", List.of(states), unknown);
    }
    List<String> path = scope.path();
    List<String> entered = new ArrayList<>();
    for (String state : states) {
      if (path.contains(state) && !entered.contains(state)) {
        entered.add(state);
      }
    }
    return entered.isEmpty() ? null : shouldNotHaveVisited(context, subject, List.of(states), entered, path);
  }

  static ErrorMessageFactory visitedExactly(String context, String subject, Scope scope,
      Supplier<Definition> definition, String... states) {
    List<String> path = scope.path();
    return path.equals(List.of(states)) ? null
        : shouldHaveVisitedExactly(context, subject, List.of(states), path, unknown(definition, List.of(states)));
  }

  /** The names among {@code states} that are no state of the machine, with the nearest ones; empty if unknown. */
  static Map<String, List<String>> unknown(Supplier<Definition> definition, Iterable<String> states) {
    Definition read = definition.get();
    return read == null ? Map.of() : read.unknown(states);
  }

  static void requireStates(String... states) {
    if (states == null || states.length == 0) {
      throw new IllegalArgumentException("Name at least one state");
    }
  }
}
