package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveEndedAs.shouldHaveEndedAs;

import dev.sfntest.trace.Scope;
import dev.sfntest.trace.StateType;
import dev.sfntest.trace.Visit;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions about one Map iteration or one Parallel branch, reached with {@link
 * AbstractExecutionAssert#mapIteration(int)} or {@link AbstractExecutionAssert#branch(int)}: the
 * states it ran (AWS links them to the iteration's {@code MapIterationStarted}, or to {@code
 * ParallelStateStarted}, through {@code previousEventId}), how it ended, and navigation into it.
 *
 * <pre>{@code
 * assertThat(run).mapIteration(1)
 *     .hasSucceeded()
 *     .hasVisitedExactly("Reserve", "Charge")
 *     .task("Charge").hasParameters("{\"sku\": \"B-2\"}");
 * }</pre>
 */
public class ScopeAssert extends AbstractObjectAssert<ScopeAssert, ExecutionScope> {

  /** Public: soft-assertion proxies need it. */
  public ScopeAssert(ExecutionScope actual) {
    super(actual, ScopeAssert.class);
  }

  /** Verifies the iteration or branch ran to its end without an error. */
  public ScopeAssert hasSucceeded() {
    return check(scope -> outcome(scope).equals("it succeeded") ? null
        : shouldHaveEndedAs(actual.context, subject(scope), "succeeded", outcome(scope), scope.events()));
  }

  /** Verifies the iteration or branch failed (and so failed its Map or Parallel state). */
  public ScopeAssert hasFailed() {
    return check(scope -> outcome(scope).equals("it failed") ? null
        : shouldHaveEndedAs(actual.context, subject(scope), "failed", outcome(scope), scope.events()));
  }

  /**
   * Verifies the iteration or branch was aborted because another one failed. One whose own state
   * failed has failed, even though AWS records that state's abort after its failure.
   */
  public ScopeAssert wasAborted() {
    return check(scope -> outcome(scope).equals("it was aborted") ? null
        : shouldHaveEndedAs(actual.context, subject(scope), "been aborted", outcome(scope), scope.events()));
  }

  /** Verifies the iteration or branch entered each of these states; see {@link AbstractExecutionAssert#hasVisitedStates}. */
  public ScopeAssert hasVisitedStates(String... states) {
    PathChecks.requireStates(states);
    return check(scope -> PathChecks.visited(actual.context, subject(scope), scope, actual.origin.snapshot()::definition, states));
  }

  /** Verifies the iteration or branch entered these states in this order, others between allowed. */
  public ScopeAssert hasVisitedStatesInOrder(String... states) {
    PathChecks.requireStates(states);
    return check(scope -> PathChecks.visitedInOrder(actual.context, subject(scope), scope, actual.origin.snapshot()::definition, states));
  }

  /** Verifies the iteration or branch entered none of these states. */
  public ScopeAssert hasNotVisited(String... states) {
    PathChecks.requireStates(states);
    return check(scope -> PathChecks.notVisited(actual.context, subject(scope), scope, actual.origin.snapshot()::definition, states));
  }

  /** Verifies the iteration's or branch's path is exactly these states, in order. */
  public ScopeAssert hasVisitedExactly(String... states) {
    PathChecks.requireStates(states);
    return check(scope -> PathChecks.visitedExactly(actual.context, subject(scope), scope, actual.origin.snapshot()::definition, states));
  }

  /** Navigates to a state of this iteration or branch: {@code mapIteration(0).state("Charge")}. */
  public StateAssert state(String name) {
    if (actual.scope == null) {
      StateVisits dead = new StateVisits(actual.origin, null, name, List.of(), actual.context, true);
      return actual.origin.navigation().open(StateAssert.class, StateVisits.class, dead, StateAssert::new);
    }
    return Navigator.state(actual.origin, actual.scope, name, this, actual.context, subject(actual.scope));
  }

  /** Navigates to a Task state's calls in this iteration or branch. */
  public TaskAssert task(String name) {
    if (actual.scope == null) {
      StateVisits dead = new StateVisits(actual.origin, null, name, List.of(), actual.context, true);
      return actual.origin.navigation().open(TaskAssert.class, StateVisits.class, dead, TaskAssert::new);
    }
    return Navigator.task(actual.origin, actual.scope, name, this, actual.context, subject(actual.scope));
  }

  /** Navigates to the events of this iteration or branch (its start and end events included). */
  public HistoryAssert history() {
    return Navigator.history(actual.origin, actual.scope == null ? List.of() : actual.scope.events(),
        "history of " + actual.context);
  }

  /** Navigates to an iteration of the only Map state inside this iteration or branch. */
  public ScopeAssert mapIteration(int index) {
    return nested(StateType.MAP, null, index);
  }

  /** Navigates to an iteration of the named Map state inside this iteration or branch. */
  public ScopeAssert mapIteration(String mapState, int index) {
    return nested(StateType.MAP, mapState, index);
  }

  /** Navigates to a branch of the only Parallel state inside this iteration or branch. */
  public ScopeAssert branch(int index) {
    return nested(StateType.PARALLEL, null, index);
  }

  /** Navigates to a branch of the named Parallel state inside this iteration or branch. */
  public ScopeAssert branch(String parallelState, int index) {
    return nested(StateType.PARALLEL, parallelState, index);
  }

  /** Navigates to the execution a {@code states:startExecution} task of this iteration or branch started. */
  public ExecutionAssert childExecution(String taskState) {
    if (actual.scope == null) {
      ExecutionAssert dead = actual.origin.navigation().open(ExecutionAssert.class,
          dev.sfntest.core.Execution.class, actual.origin.execution(), ExecutionAssert::new);
      dead.unreachable = true;
      return dead;
    }
    return Navigator.childExecution(actual.origin, actual.scope, taskState, this, actual.context,
        subject(actual.scope));
  }

  /** Goes back to the execution's assertions. */
  public AbstractExecutionAssert<?> returnToExecution() {
    return actual.origin.parent();
  }

  private ScopeAssert nested(StateType kind, String state, int index) {
    if (actual.scope == null) {
      return myself;
    }
    return Navigator.scope(actual.origin, actual.scope, kind, state, index, this, actual.context);
  }

  private static String subject(Scope scope) {
    return scope.kind() == Scope.Kind.ITERATION ? "iteration" : "branch";
  }

  /** How the iteration or branch stands, in the words of the messages. */
  private static String outcome(Scope scope) {
    return switch (scope.outcome()) {
      case SUCCEEDED -> "it succeeded";
      case FAILED -> "it failed";
      case ABORTED -> "it was aborted";
      case RUNNING -> "it is still running";
      default -> {
        List<Visit> visits = scope.visits();
        yield visits.isEmpty() ? "it stopped with the execution before entering a state"
            : "it stopped with the execution in state '" + visits.get(visits.size() - 1).name() + "'";
      }
    };
  }

  private ScopeAssert check(Function<Scope, ErrorMessageFactory> check) {
    isNotNull();
    if (actual.scope == null) {
      return myself;
    }
    ErrorMessageFactory failure = check.apply(actual.scope);
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }
}
