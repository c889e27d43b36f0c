package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateGraph;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.expr.ErrorNames;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one state on its own, as Step Functions' {@code TestState} does: the state's own visit
 * runner processes the input, then the run stops where the execution would move on, and reports
 * how the state ended and what each data-flow step produced.
 *
 * <pre>{@code
 * StateTest.Outcome outcome = StateTest.run(fakeEngine, new StateTest.Setup(graph, "Charge", input,
 *     Map.of(), null, roleArn, new StateTest.Mock(result, null, null), null, null, null, names));
 * outcome.status();      // SUCCEEDED, FAILED, RETRIABLE or CAUGHT_ERROR
 * outcome.nextState();   // the state's Next, the Choice's pick, or the catcher's Next
 * }</pre>
 *
 * <p>The run is an EXPRESS execution of its own, on its own scheduler whose clock starts at the
 * fake's: timers it sets (task timeouts, a mock that takes time) never move the fake's clock, and
 * AWS's five-minute TestState limit is the Express duration limit. What differs from an execution
 * is asked of the run's {@link StateProbe}: a Wait state does not wait, a matching retrier ends the
 * run as RETRIABLE instead of retrying, a Map's or Parallel's children are not run (the mock is
 * their result), and the state's transition is recorded instead of taken.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/test-state-isolation.html">Testing states with TestState</a>
 */
public final class StateTest {

  private StateTest() {}

  /** How the tested state ended, in TestState's words. */
  public enum Status {
    SUCCEEDED,
    FAILED,
    RETRIABLE,
    CAUGHT_ERROR
  }

  /** A data-flow step whose value TestState reports at inspection level DEBUG and TRACE. */
  public enum Step {
    AFTER_INPUT_PATH,
    AFTER_PARAMETERS,
    AFTER_ARGUMENTS,
    RESULT,
    AFTER_RESULT_SELECTOR,
    AFTER_RESULT_PATH,
    AFTER_ITEMS_PATH,
    AFTER_ITEM_SELECTOR,
    AFTER_ITEM_BATCHER,
    MAX_CONCURRENCY,
    TOLERATED_FAILURE_COUNT,
    TOLERATED_FAILURE_PERCENTAGE
  }

  /**
   * TestState's {@code mock}: what the task (or a Map's or Parallel's children) returns, or the
   * error it fails with. Exactly one of {@code result} and an error is set.
   *
   * @param result the mocked result, or {@code null} for an error
   * @param error the mocked error name (may be {@code null} for an error without a name)
   * @param cause the mocked cause, or {@code null}
   */
  public record Mock(JsonNode result, String error, String cause) {
    /** Whether the mock is an error rather than a result. */
    public boolean isError() {
      return result == null;
    }
  }

  /**
   * The generated names of the run: AWS's TestState runs the state in an Express execution of a
   * state machine that exists only for the test.
   *
   * @param executionArn the execution's ARN ({@code $$.Execution.Id})
   * @param executionName its name
   * @param stateMachineArn the machine's ARN ({@code $$.StateMachine.Id})
   * @param stateMachineName the machine's name
   */
  public record Names(String executionArn, String executionName, String stateMachineArn, String stateMachineName) {}

  /**
   * Everything one test needs.
   *
   * @param graph the states the tested state belongs to (its transitions are recorded, not taken)
   * @param stateName the tested state's name in {@code graph}
   * @param input the state's raw input
   * @param variables the workflow variables the state sees
   * @param context the context object to use instead of the generated one, or {@code null}
   * @param roleArn the execution role, or {@code null}
   * @param mock the mock, or {@code null} for the fake's own task answers
   * @param retrierRetryCount retries already spent on the retrier that matches an error, or {@code null}
   * @param mapIterationFailureCount how many iterations of the tested Map failed, or {@code null}
   * @param itemSource where a distributed Map's ItemReader reads, or {@code null} for the fake's source
   * @param names the run's generated names
   */
  public record Setup(
      StateGraph graph,
      String stateName,
      JsonNode input,
      Map<String, JsonNode> variables,
      JsonNode context,
      String roleArn,
      Mock mock,
      Integer retrierRetryCount,
      Integer mapIterationFailureCount,
      ItemSource itemSource,
      Names names) {

    public Setup {
      Objects.requireNonNull(graph.state(stateName), "no state " + stateName);
    }
  }

  /**
   * How the state ended and what it produced.
   *
   * @param status how it ended
   * @param output its output (SUCCEEDED and CAUGHT_ERROR), or {@code null}
   * @param nextState where the execution would go, or {@code null} (an end state, or a failure)
   * @param error the error (FAILED, RETRIABLE, CAUGHT_ERROR), or {@code null}
   * @param cause the cause, or {@code null}
   * @param steps the data-flow steps the state went through, with their values
   * @param retryIndex the retrier that matched the error, or {@code null}
   * @param retryBackoffIntervalSeconds the wait before the retry (RETRIABLE only), or {@code null}
   * @param catchIndex the catcher that caught the error (CAUGHT_ERROR only), or {@code null}
   * @param variables the workflow variables after the state, in assignment order
   */
  public record Outcome(
      Status status,
      JsonNode output,
      String nextState,
      String error,
      String cause,
      Map<Step, JsonNode> steps,
      Integer retryIndex,
      Integer retryBackoffIntervalSeconds,
      Integer catchIndex,
      Map<String, JsonNode> variables) {}

  /**
   * Runs the tested state. Call it holding the fake's lock: the fake's task answers (mocks,
   * nested executions) run under it.
   *
   * @param fake the fake's engine: its task invoker answers Task states that have no mock, its item
   *     source feeds ItemReaders, its clock gives the start time
   */
  public static Outcome run(Engine fake, Setup setup) {
    Instant start = fake.scheduler().now();
    Scheduler scheduler = new Scheduler(start, true);
    // TestState's own generator: testing a state leaves the fake's sequence of generated ids alone.
    Engine engine = new Engine(scheduler, new Ids(0), new MockedTasks(setup.mock(), fake.tasks()), fake.limits(),
        setup.itemSource() != null ? setup.itemSource() : fake.itemSource(), fake.resultSink(), EngineObserver.NONE);
    StateGraph graph = new StateGraph(setup.stateName(), setup.graph().states(), null);
    StateMachineDefinition definition = new StateMachineDefinition(null, null, null,
        graph.state(setup.stateName()).queryLanguage(), null, graph);
    Names names = setup.names();
    // Synchronous Express: AWS's TestState context has no Execution.RedriveCount (recorded).
    ExecutionSpec spec = new ExecutionSpec(names.executionArn(), names.executionName(), names.stateMachineArn(),
        names.stateMachineName(), definition, setup.input(), dev.sfntest.internal.expr.Json.write(setup.input()),
        setup.roleArn(), true, true, null, null, null, null);
    ExecutionRun run = new ExecutionRun(engine, spec, null, 0);
    StateProbe probe = new StateProbe(setup);
    run.setProbe(probe);
    setup.variables().forEach(run.variables()::set);
    int retries = setup.retrierRetryCount() == null ? 0 : setup.retrierRetryCount();
    // The attempt under test is call number retries + 1 of the state: mock sequences answer it so.
    // Set at once: retrierRetryCount may be as large as an int, and counting up to it took minutes.
    run.skipTaskCalls(setup.stateName(), retries);
    return scheduler.call(() -> {
      run.start();
      scheduler.runUntilQuiet();
      if (run.isRunning()) {
        // Something waits on the test (it cannot answer here): the five-minute limit ends the run.
        scheduler.setTime(start.plus(ExecutionRun.EXPRESS_MAX_DURATION));
      }
      return outcome(run, probe);
    });
  }

  private static Outcome outcome(ExecutionRun run, StateProbe probe) {
    Map<String, JsonNode> variables = new LinkedHashMap<>(run.variables().own());
    Map<Step, JsonNode> steps = new EnumMap<>(Step.class);
    steps.putAll(probe.steps());
    if (probe.retriable() != null) {
      Failure failure = probe.retriable();
      return new Outcome(Status.RETRIABLE, null, null, failure.error(), failure.cause(), steps, probe.retryIndex(),
          probe.retryBackoffIntervalSeconds(), null, variables);
    }
    return switch (run.status()) {
      case SUCCEEDED -> probe.caught() != null
          ? new Outcome(Status.CAUGHT_ERROR, run.output(), probe.next(), probe.caught().error(),
              probe.caught().cause(), steps, probe.retryIndex(), null, probe.catchIndex(), variables)
          : new Outcome(Status.SUCCEEDED, run.output(), probe.next(), null, null, steps, null, null, null, variables);
      // AWS: a state that runs past five minutes fails with States.Timeout.
      case TIMED_OUT -> new Outcome(Status.FAILED, null, null, ErrorNames.TIMEOUT, null, steps, probe.retryIndex(),
          null, null, variables);
      default -> new Outcome(Status.FAILED, null, null, run.error(), run.cause(), steps, probe.retryIndex(), null,
          null, variables);
    };
  }
}
