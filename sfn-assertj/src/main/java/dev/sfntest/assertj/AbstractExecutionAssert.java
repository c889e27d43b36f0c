package dev.sfntest.assertj;

import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.ReferencePaths;
import static dev.sfntest.assertj.error.ShouldBeRunning.shouldBeRunning;
import static dev.sfntest.assertj.error.ShouldBeWaitingAt.shouldBeWaitingAt;
import static dev.sfntest.assertj.error.ShouldHaveAssignedVariable.shouldHaveAssignedVariable;
import static dev.sfntest.assertj.error.ShouldHaveBeenAborted.shouldHaveBeenAborted;
import static dev.sfntest.assertj.error.ShouldHaveFailed.shouldHaveFailed;
import static dev.sfntest.assertj.error.ShouldHaveFailedWith.shouldHaveFailedWith;
import static dev.sfntest.assertj.error.ShouldHaveOutput.shouldHaveAnOutput;
import static dev.sfntest.assertj.error.ShouldHaveOutput.shouldHaveOutput;
import static dev.sfntest.assertj.error.ShouldHaveOutputAt.shouldHaveOutputAt;
import static dev.sfntest.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static dev.sfntest.assertj.error.ShouldHaveTakenAtMost.shouldHaveTakenAtMost;
import static dev.sfntest.assertj.error.ShouldHaveTakenVirtualTime.shouldHaveStopped;
import static dev.sfntest.assertj.error.ShouldHaveTakenVirtualTime.shouldHaveTakenVirtualTime;
import static dev.sfntest.assertj.error.ShouldHaveTimedOut.shouldHaveTimedOut;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.assertj.internal.Describe;
import dev.sfntest.core.Execution;
import dev.sfntest.trace.StateType;
import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.error.ErrorMessageFactory;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Assertions about an execution, read through the public {@code SfnClient} API only, so that the
 * same assertion runs on the fake and on a live client. On the fake each assertion checks once
 * (the execution has run as far as it can); on a live client the assertions about how it ended
 * first wait for it to end, up to the handle's timeout ({@link Execution#withTimeout}).
 * {@link #isRunning()} and {@link #isWaitingAt(String)} check the execution as it is now.
 *
 * <pre>{@code
 * assertThat(run).hasSucceeded()
 *     .hasVisitedStatesInOrder("Validate", "ChargeCard", "Ship")
 *     .hasOutputAt("$.status").isText("SHIPPED");
 * assertThat(run).state("ChargeCard").wasRetried(2);
 * }</pre>
 *
 * <p>Failure messages start with what they are about ({@code [execution 'order-42' of state
 * machine 'OrderFlow']}), then say what was expected, what happened and what explains it: the
 * last events, the path taken.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractExecutionAssert<SELF extends AbstractExecutionAssert<SELF>>
    extends AbstractObjectAssert<SELF, Execution> {

  /** How navigations open their assertions: set by the soft-assertion provider. */
  Navigation navigation = Navigation.HARD;
  /** The first line of failure messages, when not the execution's own (a child execution's). */
  String context;
  /** A soft navigation to this execution failed: its assertions check nothing more. */
  boolean unreachable;
  /** The last reading of the ended execution, reused by the next assertion while it still holds. */
  private Snapshot lastEnded;

  /**
   * For subclasses: an assertion on {@code actual} that returns {@code selfType} from its chained
   * methods, as AssertJ's own abstract asserts do.
   *
   * <pre>{@code
   * public class OrderExecutionAssert extends AbstractExecutionAssert<OrderExecutionAssert> {
   *   public OrderExecutionAssert(Execution actual) { super(actual, OrderExecutionAssert.class); }
   *   public OrderExecutionAssert hasShipped() { return hasSucceeded().hasVisitedStates("Ship"); }
   * }
   * }</pre>
   *
   * @param actual the execution under test
   * @param selfType the concrete assertion class
   */
  protected AbstractExecutionAssert(Execution actual, Class<?> selfType) {
    super(actual, selfType);
  }

  // ---------------------------------------------------------------- status

  /**
   * Verifies the execution ended in SUCCEEDED.
   *
   * <pre>{@code assertThat(run).hasSucceeded();}</pre>
   *
   * @throws AssertionError if it did not (or, live, did not end in time)
   */
  public SELF hasSucceeded() {
    return checkEnded(s -> s.status() == ExecutionStatus.SUCCEEDED ? null
        : shouldHaveSucceeded(context(), s.described, s.history(), s.waitingOn()));
  }

  /**
   * Verifies the execution ended in FAILED, with any error.
   *
   * <pre>{@code assertThat(run).hasFailed();}</pre>
   *
   * @throws AssertionError if it did not
   */
  public SELF hasFailed() {
    return checkEnded(s -> s.status() == ExecutionStatus.FAILED ? null
        : shouldHaveFailed(context(), s.described, s.history(), s.waitingOn()));
  }

  /**
   * Verifies the execution FAILED with the given error name (as {@code DescribeExecution} reports it).
   *
   * <pre>{@code assertThat(run).hasFailedWith("Payment.Declined");}</pre>
   *
   * @throws AssertionError if it did not
   */
  public SELF hasFailedWith(String error) {
    return hasFailedWith(error, null);
  }

  /**
   * Verifies the execution FAILED with the given error and cause.
   *
   * <pre>{@code assertThat(run).hasFailedWith("Payment.Declined", "card expired");}</pre>
   *
   * @param cause the exact cause, or {@code null} for any
   * @throws AssertionError if it did not
   */
  public SELF hasFailedWith(String error, String cause) {
    Objects.requireNonNull(error, "error");
    return checkEnded(s -> s.status() == ExecutionStatus.FAILED && error.equals(s.described.error())
        && (cause == null || cause.equals(s.described.cause())) ? null
        : shouldHaveFailedWith(context(), s.described, s.history(), error, cause, s.waitingOn()));
  }

  /**
   * Verifies the execution ended in TIMED_OUT: its {@code TimeoutSeconds} passed (on the fake, in
   * virtual time).
   *
   * <pre>{@code assertThat(run).hasTimedOut();}</pre>
   *
   * @throws AssertionError if it did not
   */
  public SELF hasTimedOut() {
    return checkEnded(s -> s.status() == ExecutionStatus.TIMED_OUT ? null
        : shouldHaveTimedOut(context(), s.described, s.history(), s.waitingOn()));
  }

  /**
   * Verifies the execution was stopped ({@code StopExecution}): it ended in ABORTED.
   *
   * <pre>{@code client.stopExecution(b -> b.executionArn(run.arn())); assertThat(run).wasAborted();}</pre>
   *
   * @throws AssertionError if it did not
   */
  public SELF wasAborted() {
    return checkEnded(s -> s.status() == ExecutionStatus.ABORTED ? null
        : shouldHaveBeenAborted(context(), s.described, s.history(), s.waitingOn()));
  }

  /**
   * Verifies the execution is RUNNING now. It never waits, live or fake.
   *
   * <pre>{@code assertThat(run).isRunning();}</pre>
   *
   * @throws AssertionError if it has ended
   */
  public SELF isRunning() {
    return checkNow(s -> s.status() == ExecutionStatus.RUNNING ? null
        : shouldBeRunning(context(), s.described, s.history()));
  }

  /**
   * Verifies the execution is RUNNING and in the given state now: a Task waiting for its answer (a
   * task token, an activity worker, a retry's interval), a Wait waiting for the clock. Inside
   * Parallel and Map it may be in several states at once; any of them will do. It never waits.
   *
   * <pre>{@code
   * assertThat(run).isWaitingAt("WaitForShipment");
   * sfn.clock().advance(Duration.ofDays(2));
   * }</pre>
   *
   * @throws AssertionError if it has ended or is in other states
   */
  public SELF isWaitingAt(String state) {
    return checkNow(s -> {
      List<String> current = new ArrayList<>();
      for (Visit visit : s.trace().running()) {
        current.add(visit.name());
      }
      return s.status() == ExecutionStatus.RUNNING && current.contains(state) ? null
          : shouldBeWaitingAt(context(), s.described, s.history(), state, current);
    });
  }

  // ---------------------------------------------------------------- output

  /**
   * Verifies the execution SUCCEEDED with this output, compared as JSON values: member order and
   * number spelling ({@code 1} and {@code 1.0}) do not matter.
   *
   * <pre>{@code assertThat(run).hasOutput("{\"status\": \"SHIPPED\"}");}</pre>
   *
   * @throws IllegalArgumentException if {@code json} is no JSON
   * @throws AssertionError if it has no or another output
   */
  public SELF hasOutput(String json) {
    JsonNode expected = JsonArguments.parse(json);
    return checkEnded(s -> {
      if (s.status() != ExecutionStatus.SUCCEEDED) {
        return shouldHaveOutput(context(), s.described, s.history(), expected, null, s.waitingOn());
      }
      JsonNode actualOutput = JsonArguments.read(s.described.output());
      return JsonValues.sameValue(expected, actualOutput) ? null
          : shouldHaveOutput(context(), s.described, s.history(), expected, actualOutput, null);
    });
  }

  /**
   * Navigates to the value at a JSONPath in the output (the ASL reference-path syntax:
   * {@code $.order.items[0].sku}), failing if the execution has no output or the path finds
   * nothing.
   *
   * <pre>{@code assertThat(run).hasOutputAt("$.status").isText("SHIPPED");}</pre>
   *
   * @throws IllegalArgumentException if {@code jsonPath} is no valid path
   */
  public JsonValueAssert hasOutputAt(String jsonPath) {
    ReferencePaths path = JsonArguments.path(jsonPath);
    String at = "output at '" + jsonPath + "' of " + actual;
    if (unreachable) {
      return JsonValueAssert.open(origin(null), null, at, true);
    }
    isNotNull();
    Snapshot s = ended();
    Origin origin = origin(s);
    ErrorMessageFactory failure = null;
    JsonNode value = null;
    if (s.status() != ExecutionStatus.SUCCEEDED) {
      failure = shouldHaveOutputAt(context(), jsonPath, null, outcome(s) + ", so it has no output");
    } else {
      JsonNode output = JsonArguments.read(s.described.output());
      try {
        value = path.read(output);
      } catch (java.util.NoSuchElementException e) {
        failure = shouldHaveOutputAt(context(), jsonPath, output, e.getMessage());
      }
    }
    if (failure != null) {
      Navigator.fail(origin, this, failure);
    }
    return JsonValueAssert.open(origin, value, at, failure != null);
  }

  /**
   * Verifies the execution SUCCEEDED and hands its output to {@code requirements} (which asserts).
   *
   * <pre>{@code assertThat(run).hasOutputSatisfying(out -> assertThat(out.get("total").asInt()).isEqualTo(42));}</pre>
   *
   * @throws AssertionError if it has no output, or as {@code requirements} throws
   */
  public SELF hasOutputSatisfying(Consumer<JsonNode> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    return checkEnded(s -> {
      if (s.status() != ExecutionStatus.SUCCEEDED) {
        return shouldHaveAnOutput(context(), s.described, s.history(), s.waitingOn());
      }
      requirements.accept(JsonArguments.read(s.described.output()));
      return null;
    });
  }

  // ---------------------------------------------------------------- path

  /**
   * Verifies the execution entered each of the given states at least once, in any order (states
   * in Map iterations and Parallel branches count).
   *
   * <pre>{@code assertThat(run).hasVisitedStates("Validate", "Ship");}</pre>
   *
   * @throws AssertionError naming the states never entered, with the path taken
   */
  public SELF hasVisitedStates(String... states) {
    PathChecks.requireStates(states);
    return checkEnded(s -> PathChecks.visited(context(), "execution", s.trace().root(), s::definition, states));
  }

  /**
   * Verifies the execution entered the given states in this order; other states may come between.
   *
   * <pre>{@code assertThat(run).hasVisitedStatesInOrder("Validate", "ChargeCard", "Ship");}</pre>
   *
   * @throws AssertionError naming the first state not entered after the ones before it
   */
  public SELF hasVisitedStatesInOrder(String... states) {
    PathChecks.requireStates(states);
    return checkEnded(s -> PathChecks.visitedInOrder(context(), "execution", s.trace().root(), s::definition, states));
  }

  /**
   * Verifies the execution never entered any of the given states.
   *
   * <pre>{@code assertThat(run).hasNotVisited("Refund");}</pre>
   *
   * @throws AssertionError naming the states entered
   */
  public SELF hasNotVisited(String... states) {
    PathChecks.requireStates(states);
    return checkEnded(s -> PathChecks.notVisited(context(), "execution", s.trace().root(), s::definition, states));
  }

  /**
   * Verifies the execution's path is exactly these states, in this order, each visit listed (states
   * in Map iterations and Parallel branches in history order).
   *
   * <pre>{@code assertThat(run).hasVisitedExactly("Validate", "Route", "Ship");}</pre>
   *
   * @throws AssertionError showing where the path parts from the expected one
   */
  public SELF hasVisitedExactly(String... states) {
    PathChecks.requireStates(states);
    return checkEnded(s -> PathChecks.visitedExactly(context(), "execution", s.trace().root(), s::definition, states));
  }

  /**
   * Starts a check of how many times the execution entered a state.
   *
   * <pre>{@code assertThat(run).enteredState("Poll").times(3);}</pre>
   */
  public EnteredState<SELF> enteredState(String state) {
    Objects.requireNonNull(state, "state");
    return new EnteredState<>(myself, state);
  }

  // ---------------------------------------------------------------- time

  /**
   * Verifies the execution took exactly this long from start to stop ({@code DescribeExecution}'s
   * dates). On the fake that is virtual time: Waits, retry intervals and mocked task durations,
   * never real time.
   *
   * <pre>{@code assertThat(run).tookVirtualTime(Duration.ofSeconds(6));}</pre>
   *
   * @throws AssertionError if it took another time or has not stopped
   */
  public SELF tookVirtualTime(Duration expected) {
    Objects.requireNonNull(expected, "expected");
    return checkEnded(s -> {
      if (s.described.stopDate() == null) {
        return shouldHaveStopped(context(), expected, s.execution.stillRunning(), s.history());
      }
      return Duration.between(s.described.startDate(), s.described.stopDate()).equals(expected) ? null
          : shouldHaveTakenVirtualTime(context(), expected, s.described.startDate(), s.described.stopDate(),
              s.history());
    });
  }

  /**
   * Verifies the execution took at most this long from start to stop.
   *
   * <pre>{@code assertThat(run).tookAtMost(Duration.ofMinutes(5));}</pre>
   *
   * @throws AssertionError if it took longer or has not stopped
   */
  public SELF tookAtMost(Duration limit) {
    Objects.requireNonNull(limit, "limit");
    return checkEnded(s -> {
      if (s.described.stopDate() == null) {
        return shouldHaveStopped(context(), limit, s.execution.stillRunning(), s.history());
      }
      return Duration.between(s.described.startDate(), s.described.stopDate()).compareTo(limit) <= 0 ? null
          : shouldHaveTakenAtMost(context(), limit, s.described.startDate(), s.described.stopDate(), s.history());
    });
  }

  // ---------------------------------------------------------------- variables

  /**
   * Verifies some state assigned the variable with {@code Assign} (read from the {@code
   * assignedVariables} of its Exited event).
   *
   * <pre>{@code assertThat(run).hasAssignedVariable("orderId");}</pre>
   *
   * @throws AssertionError if no state assigned it
   */
  public SELF hasAssignedVariable(String name) {
    Objects.requireNonNull(name, "name");
    return checkEnded(s -> {
      Map<String, JsonNode> assigned = s.trace().assignedVariables();
      return assigned.containsKey(name) ? null : shouldHaveAssignedVariable(context(), name, null, assigned);
    });
  }

  /**
   * Verifies the variable's last assigned value is this JSON value (the last assignment in the
   * history wins).
   *
   * <pre>{@code assertThat(run).hasAssignedVariable("attempts", "3");}</pre>
   *
   * @throws IllegalArgumentException if {@code json} is no JSON
   * @throws AssertionError if it was never assigned or last had another value
   */
  public SELF hasAssignedVariable(String name, String json) {
    Objects.requireNonNull(name, "name");
    JsonNode expected = JsonArguments.parse(json);
    return checkEnded(s -> {
      Map<String, JsonNode> assigned = s.trace().assignedVariables();
      return JsonValues.sameValue(expected, assigned.get(name)) ? null
          : shouldHaveAssignedVariable(context(), name, expected, assigned);
    });
  }

  // ---------------------------------------------------------------- navigation

  /**
   * Navigates to the visits of a state (anywhere in the execution, Map iterations and Parallel
   * branches included), failing if it was never entered. Live: waits for the end first.
   *
   * <pre>{@code assertThat(run).state("ChargeCard").wasRetried(2).returnToExecution().hasSucceeded();}</pre>
   */
  public StateAssert state(String name) {
    Objects.requireNonNull(name, "name");
    Snapshot s = navigationSnapshot();
    if (s == null) {
      return deadState(name);
    }
    return Navigator.state(origin(s), s.trace().root(), name, this, context(), "execution");
  }

  /**
   * Navigates to a Task state's calls: what it was sent, what it returned, how often it was
   * called. Fails if the state was never entered.
   *
   * <pre>{@code assertThat(run).task("ChargeCard").wasInvokedTimes(3).hasResult("{\"charged\": true}");}</pre>
   */
  public TaskAssert task(String name) {
    Objects.requireNonNull(name, "name");
    Snapshot s = navigationSnapshot();
    if (s == null) {
      StateVisits dead = new StateVisits(origin(null), null, name, List.of(), "state '" + name + "'", true);
      return navigation.open(TaskAssert.class, StateVisits.class, dead, TaskAssert::new);
    }
    return Navigator.task(origin(s), s.trace().root(), name, this, context(), "execution");
  }

  /**
   * Navigates to the history: an AssertJ list assertion over every event, in id order.
   *
   * <pre>{@code assertThat(run).history().containsEventTypesInOrder("TaskFailed", "TaskSucceeded");}</pre>
   */
  public HistoryAssert history() {
    Snapshot s = navigationSnapshot();
    if (s == null) {
      return Navigator.history(origin(null), List.of(), "history of " + actual);
    }
    return Navigator.history(origin(s), s.history(), "history of " + actual);
  }

  /**
   * Navigates to one iteration of the execution's only Map state (the last run of it, after
   * retries): the states it ran, its events.
   *
   * <pre>{@code assertThat(run).mapIteration(2).hasVisitedStates("Charge").state("Charge").hasOutput("{}");}</pre>
   */
  public ScopeAssert mapIteration(int index) {
    return scope(StateType.MAP, null, index);
  }

  /** Navigates to one iteration of the named Map state; see {@link #mapIteration(int)}. */
  public ScopeAssert mapIteration(String mapState, int index) {
    return scope(StateType.MAP, Objects.requireNonNull(mapState, "mapState"), index);
  }

  /**
   * Navigates to one branch (from 0, in definition order) of the execution's only Parallel state.
   *
   * <pre>{@code assertThat(run).branch(1).hasVisitedExactly("NotifyCustomer");}</pre>
   */
  public ScopeAssert branch(int index) {
    return scope(StateType.PARALLEL, null, index);
  }

  /** Navigates to one branch of the named Parallel state; see {@link #branch(int)}. */
  public ScopeAssert branch(String parallelState, int index) {
    return scope(StateType.PARALLEL, Objects.requireNonNull(parallelState, "parallelState"), index);
  }

  /**
   * Navigates to the execution that a {@code states:startExecution} Task state started (its last
   * visit), as an execution assertion with the same timeout: live, its assertions wait for it.
   *
   * <pre>{@code assertThat(run).childExecution("RunPayment").hasSucceeded().hasOutput("{\"paid\": true}");}</pre>
   */
  public ExecutionAssert childExecution(String taskState) {
    Objects.requireNonNull(taskState, "taskState");
    Snapshot s = navigationSnapshot();
    if (s == null) {
      ExecutionAssert dead = navigation.open(ExecutionAssert.class, Execution.class, actual, ExecutionAssert::new);
      dead.unreachable = true;
      return dead;
    }
    return Navigator.childExecution(origin(s), s.trace().root(), taskState, this, context(), "execution");
  }

  // ---------------------------------------------------------------- plumbing

  /** The first line of this assertion's failure messages. */
  String context() {
    return context != null ? context : Describe.execution(actual);
  }

  private Origin origin(Snapshot s) {
    return new Origin(actual, s, navigation, this);
  }

  private ScopeAssert scope(StateType kind, String state, int index) {
    Snapshot s = navigationSnapshot();
    if (s == null) {
      return navigation.open(ScopeAssert.class, ExecutionScope.class, new ExecutionScope(origin(null), null, ""),
          ScopeAssert::new);
    }
    return Navigator.scope(origin(s), s.trace().root(), kind, state, index, this, context());
  }

  private StateAssert deadState(String name) {
    StateVisits dead = new StateVisits(origin(null), null, name, List.of(), "state '" + name + "'", true);
    return navigation.open(StateAssert.class, StateVisits.class, dead, StateAssert::new);
  }

  /** The ended execution to navigate in, or {@code null} when this assertion checks nothing more. */
  private Snapshot navigationSnapshot() {
    if (unreachable) {
      return null;
    }
    isNotNull();
    return ended();
  }

  /** The ended execution, read once per chain while it stays as it was ({@link Snapshot#ended(Execution, Snapshot)}). */
  private Snapshot ended() {
    lastEnded = Snapshot.ended(actual, lastEnded);
    return lastEnded;
  }

  private static String outcome(Snapshot s) {
    return s.status() == ExecutionStatus.RUNNING ? "it is still RUNNING" : "it " + s.status();
  }

  /** Reads the ended execution (live: after waiting) and fails with what {@code check} answers. */
  private SELF checkEnded(java.util.function.Function<Snapshot, ErrorMessageFactory> check) {
    if (unreachable) {
      return myself;
    }
    isNotNull();
    Snapshot s = ended();
    ErrorMessageFactory failure = check.apply(s);
    if (failure != null) {
      throw HandlerExceptions.failure(this, failure, actual,
          s.status() == ExecutionStatus.FAILED ? java.util.Collections.singleton(s.described.error()) : List.of());
    }
    return myself;
  }

  /** Reads the execution as it is now and fails with what {@code check} answers. */
  private SELF checkNow(java.util.function.Function<Snapshot, ErrorMessageFactory> check) {
    if (unreachable) {
      return myself;
    }
    isNotNull();
    ErrorMessageFactory failure = check.apply(Snapshot.now(actual));
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }

  /** Counts entries of a state: {@code assertThat(run).enteredState("Poll").times(3)}. */
  SELF checkEntered(String state, java.util.function.IntPredicate expected, String expectation) {
    // Called from EnteredState, outside the soft proxy's reach: soft failures are recorded here.
    try {
      return checkEntered0(state, expected, expectation);
    } catch (AssertionError error) {
      navigation.failed(error);
      return myself;
    }
  }

  private SELF checkEntered0(String state, java.util.function.IntPredicate expected, String expectation) {
    return checkEnded(s -> {
      int count = s.trace().root().visitsOf(state).size();
      java.util.Map<String, List<String>> unknown = count > 0 ? java.util.Map.of()
          : PathChecks.unknown(s::definition, List.of(state));
      if (!unknown.isEmpty()) {
        return dev.sfntest.assertj.error.ShouldNameStatesOfTheMachine.shouldNameStatesOfTheMachine(context(),
            "to have entered state '" + state + "' " + expectation, List.of(state), unknown);
      }
      return expected.test(count) ? null
          : dev.sfntest.assertj.error.ShouldHaveEnteredStateTimes.shouldHaveEnteredStateTimes(context(), "execution",
              state, expectation, count, s.trace().root().path());
    });
  }
}
