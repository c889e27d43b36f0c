package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveEnteredState.shouldHaveEnteredState;
import static dev.sfntest.assertj.error.ShouldHaveScope.shouldHaveScope;
import static dev.sfntest.assertj.error.ShouldHaveStartedChildExecution.shouldHaveStartedChildExecution;

import dev.sfntest.assertj.internal.Describe;
import dev.sfntest.core.Execution;
import dev.sfntest.trace.Scope;
import dev.sfntest.trace.StateType;
import dev.sfntest.trace.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.internal.Failures;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The navigations an execution and its iterations and branches share: to a state, a task, the
 * history, a Map iteration, a Parallel branch, a child execution. A navigation that finds nothing
 * fails (soft: records the failure once and answers an assertion that checks nothing more).
 */
final class Navigator {

  private Navigator() {}

  static StateAssert state(Origin origin, Scope scope, String name, AbstractAssert<?, ?> from, String fromContext,
      String subject) {
    StateVisits visits = visits(origin, scope, name, from, fromContext, subject);
    return origin.navigation().open(StateAssert.class, StateVisits.class, visits, StateAssert::new);
  }

  static TaskAssert task(Origin origin, Scope scope, String name, AbstractAssert<?, ?> from, String fromContext,
      String subject) {
    StateVisits visits = visits(origin, scope, name, from, fromContext, subject);
    return origin.navigation().open(TaskAssert.class, StateVisits.class, visits, TaskAssert::new);
  }

  private static StateVisits visits(Origin origin, Scope scope, String name, AbstractAssert<?, ?> from,
      String fromContext, String subject) {
    List<Visit> visits = scope.visitsOf(name);
    boolean missing = visits.isEmpty();
    if (missing) {
      fail(origin, from, shouldHaveEnteredState(fromContext, subject, name, scope.path(), unknown(origin, name)));
    }
    return new StateVisits(origin, scope, name, visits, Describe.state(name, scope, origin.execution()), missing);
  }

  static HistoryAssert history(Origin origin, List<HistoryEvent> events, String context) {
    HistoryAssert history = origin.navigation().open(HistoryAssert.class, List.class, events,
        list -> new HistoryAssert(events));
    history.origin = origin;
    history.context = context;
    return history;
  }

  /** Iteration {@code index} of the Map state {@code mapState} ({@code null}: the only one) in the scope. */
  static ScopeAssert scope(Origin origin, Scope scope, StateType kind, String state, int index,
      AbstractAssert<?, ?> from, String fromContext) {
    List<String> names = new ArrayList<>();
    Visit owner = null;
    for (Visit visit : scope.allVisits()) {
      if (visit.type() != kind) {
        continue;
      }
      if (!names.contains(visit.name())) {
        names.add(visit.name());
      }
      if (state == null || visit.name().equals(state)) {
        owner = visit;
      }
    }
    Scope found = null;
    TreeSet<Integer> indexes = new TreeSet<>();
    if (owner != null && (state != null || names.size() == 1)) {
      for (Scope child : owner.children()) {
        indexes.add(child.index());
        if (child.index() == index) {
          // a retry runs its iterations and branches again: the last run is the one that counted
          found = child;
        }
      }
    }
    if (found == null) {
      fail(origin, from, shouldHaveScope(fromContext, kind.awsName(), state, index, names, new ArrayList<>(indexes)));
      return origin.navigation().open(ScopeAssert.class, ExecutionScope.class,
          new ExecutionScope(origin, null, fromContext), ScopeAssert::new);
    }
    return origin.navigation().open(ScopeAssert.class, ExecutionScope.class,
        new ExecutionScope(origin, found, Describe.scope(found, origin.execution())), ScopeAssert::new);
  }

  /** The execution the last visit of {@code state} started (a {@code states:startExecution} task). */
  static ExecutionAssert childExecution(Origin origin, Scope scope, String state, AbstractAssert<?, ?> from,
      String fromContext, String subject) {
    List<Visit> visits = scope.visitsOf(state);
    Execution parent = origin.execution();
    String arn = null;
    if (visits.isEmpty()) {
      fail(origin, from, shouldHaveEnteredState(fromContext, subject, state, scope.path(), unknown(origin, state)));
    } else {
      Visit visit = visits.get(visits.size() - 1);
      arn = visit.childExecutionArn();
      if (arn == null) {
        fail(origin, from, shouldHaveStartedChildExecution(Describe.state(state, scope, parent), visit.events()));
      }
    }
    if (arn == null) {
      ExecutionAssert dead = origin.navigation().open(ExecutionAssert.class, Execution.class, parent,
          ExecutionAssert::new);
      dead.unreachable = true;
      return dead;
    }
    Execution child = Execution.of(parent.client(), arn).withTimeout(parent.timeout());
    ExecutionAssert childAssert = origin.navigation().open(ExecutionAssert.class, Execution.class, child,
        ExecutionAssert::new);
    childAssert.navigation = origin.navigation();
    childAssert.context = Describe.execution(child) + " started by " + Describe.state(state, scope, parent);
    return childAssert;
  }

  /** The name, with its nearest states, when it is no state of the machine (an empty map otherwise, or unknown). */
  private static java.util.Map<String, List<String>> unknown(Origin origin, String state) {
    return origin.snapshot() == null ? java.util.Map.of() : PathChecks.unknown(origin.snapshot()::definition, List.of(state));
  }

  /** Fails a navigation: throws when hard, records once when soft. */
  static void fail(Origin origin, AbstractAssert<?, ?> from, ErrorMessageFactory failure) {
    origin.navigation().failed(Failures.instance().failure(from.info, failure));
  }
}
