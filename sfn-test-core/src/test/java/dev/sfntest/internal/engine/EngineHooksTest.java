package dev.sfntest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.DefinitionParser;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.EventType;
import dev.sfntest.internal.history.RecordedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine's hooks for the API: a TaskInvoker refusing a task before it is scheduled,
 * ExecutionRun.redrive(), and the Express duration limit. Run on an engine of their own, without
 * the backend.
 */
class EngineHooksTest {

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

  private final Scheduler scheduler = new Scheduler(T0, true);

  /** An invoker that fails a task's first {@code failures} calls, then returns its input. */
  private static final class Flaky implements TaskInvoker {
    private int failures;
    private String refusal;

    Flaky(int failures) {
      this.failures = failures;
    }

    @Override
    public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
      if (failures-- > 0) {
        callbacks.failed("Busy", "try later");
      } else {
        callbacks.succeeded(request.parameters());
      }
      return TaskHandle.NOOP;
    }

    @Override
    public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
      return refusal;
    }
  }

  private ExecutionRun start(TaskInvoker tasks, String definition, String input, boolean express) {
    Engine engine = new Engine(scheduler, new Ids(0), tasks, Limits.AWS);
    String json = definition.replace('\'', '"');
    JsonNode inputNode = Json.parseUnchecked(input.replace('\'', '"'));
    ExecutionSpec spec = new ExecutionSpec("arn:aws:states:us-east-1:123456789012:execution:m:run", "run",
        "arn:aws:states:us-east-1:123456789012:stateMachine:m", "m", DefinitionParser.parse(json), inputNode,
        Json.write(inputNode), "arn:aws:iam::123456789012:role/r", express, false, null, null, null, null);
    return locked(() -> engine.start(spec, ended -> { }));
  }

  private <T> T locked(java.util.function.Supplier<T> work) {
    return scheduler.call(work);
  }

  private static String compact(ExecutionRun run) {
    return run.history().snapshot().stream()
        .map(e -> e.id() + ":" + e.previousEventId() + ":" + e.type())
        .collect(Collectors.joining(" "));
  }

  @Nested
  class Refused_tasks {
    @Test
    void fail_the_state_with_states_runtime_before_anything_is_scheduled() {
      // GIVEN
      Flaky tasks = new Flaky(0);
      tasks.refusal = "The activity X does not exist.";
      // WHEN: even a Catch of States.ALL does not see States.Runtime
      ExecutionRun run = start(tasks, "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + LAMBDA + "',"
          + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Caught'}],'End':true},"
          + "'Caught':{'Type':'Pass','End':true}}}", "{}", false);
      // THEN
      assertThat(compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:TaskStateEntered 3:2:ExecutionFailed");
      assertThat(run.error()).isEqualTo("States.Runtime");
      assertThat(run.cause()).isEqualTo("An error occurred while executing the state 'T' (entered at the event id "
          + "#2). The activity X does not exist.");
    }
  }

  @Nested
  class Redrive {
    private static final String PREP_THEN_TASK = "{'StartAt':'Prep','States':{"
        + "'Prep':{'Type':'Pass','Assign':{'kept':'yes'},'Result':{'x':1},'Next':'T'},"
        + "'T':{'Type':'Task','Resource':'" + LAMBDA + "','Parameters':{'x.$':'$.x','kept.$':'$kept',"
        + "'count.$':'$$.Execution.RedriveCount'},'End':true}}}";

    @Test
    void reruns_the_failed_state_with_its_input_and_the_variables_assigned_before() {
      // GIVEN
      ExecutionRun run = start(new Flaky(1), PREP_THEN_TASK, "{}", false);
      assertThat(run.status()).isEqualTo(RunStatus.FAILED);
      // WHEN
      locked(() -> {
        run.redrive();
        return null;
      });
      // THEN
      assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
      assertThat(run.redriveCount()).isEqualTo(1);
      assertThat(run.output()).isEqualTo(Json.parseUnchecked("{\"x\":1,\"kept\":\"yes\",\"count\":1}"));
      assertThat(compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:PassStateEntered 3:2:PassStateExited "
          + "4:3:TaskStateEntered 5:4:LambdaFunctionScheduled 6:5:LambdaFunctionStarted 7:6:LambdaFunctionFailed "
          + "8:7:ExecutionFailed 9:8:ExecutionRedriven 10:9:TaskStateEntered 11:10:LambdaFunctionScheduled "
          + "12:11:LambdaFunctionStarted 13:12:LambdaFunctionSucceeded 14:13:TaskStateExited 15:14:ExecutionSucceeded");
      RecordedEvent redriven = run.history().get(9);
      assertThat(redriven.type()).isEqualTo(EventType.ExecutionRedriven);
      assertThat(redriven.details().get("redriveCount")).isEqualTo(1);
    }

    @Test
    void starts_the_machine_timeout_over() {
      // GIVEN: TimeoutSeconds 10, a task that never answers
      TaskInvoker silent = (request, callbacks) -> TaskHandle.NOOP;
      ExecutionRun run = start(silent, "{'TimeoutSeconds':10,'StartAt':'T','States':{'T':{'Type':'Task',"
          + "'Resource':'" + LAMBDA + "','End':true}}}", "{}", false);
      assertThat(run.status()).isEqualTo(RunStatus.TIMED_OUT);
      Instant timedOut = run.stopDate();
      // WHEN
      locked(() -> {
        run.redrive();
        return null;
      });
      // THEN
      assertThat(run.status()).isEqualTo(RunStatus.TIMED_OUT);
      assertThat(run.stopDate()).isEqualTo(timedOut.plusSeconds(10));
    }

    @Test
    void refuses_a_running_or_succeeded_execution() {
      ExecutionRun run = start(new Flaky(0), PREP_THEN_TASK, "{}", false);
      assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
      assertThatThrownBy(run::redrive).isInstanceOf(IllegalStateException.class)
          .hasMessage("A SUCCEEDED execution cannot be redriven");
    }
  }

  @Nested
  class Express_limit {
    private static final String WAIT_HOUR = "{'StartAt':'W','States':{'W':{'Type':'Wait','Seconds':3600,'End':true}}}";

    @Test
    void an_express_execution_times_out_after_five_minutes() {
      ExecutionRun run = start(new Flaky(0), WAIT_HOUR, "{}", true);
      assertThat(run.status()).isEqualTo(RunStatus.TIMED_OUT);
      assertThat(Duration.between(run.startDate(), run.stopDate())).isEqualTo(Duration.ofMinutes(5));
      List<RecordedEvent> events = run.history().snapshot();
      assertThat(events.get(events.size() - 1).type()).isEqualTo(EventType.ExecutionTimedOut);
    }

    @Test
    void a_shorter_timeout_seconds_still_wins() {
      ExecutionRun run = start(new Flaky(0), "{'TimeoutSeconds':7," + WAIT_HOUR.substring(1), "{}", true);
      assertThat(Duration.between(run.startDate(), run.stopDate())).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void a_standard_execution_has_no_such_limit() {
      ExecutionRun run = start(new Flaky(0), WAIT_HOUR, "{}", false);
      assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    }
  }
}
