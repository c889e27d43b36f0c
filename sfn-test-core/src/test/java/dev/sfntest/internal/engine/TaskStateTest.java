package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Task states: events per resource kind, Retry, Catch, timeouts and heartbeats on the virtual clock. */
class TaskStateTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:charge";
  private static final String INVOKE = "arn:aws:states:::lambda:invoke";
  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private Execution task(String resource, String fields, String input) {
    String handled = fields.contains("Catch") ? ",'Handled':{'Type':'Pass','End':true}" : "";
    return runs.run("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + resource + "'," + fields
        + "'End':true}" + handled + "}}", input);
  }

  @Nested
  class Events_per_resource {
    @Test
    void a_lambda_function_arn_records_lambda_function_events() {
      runs.fake.mockTask("T").thenReturn("{'ok':true}".replace('\'', '"'));
      Execution run = task(LAMBDA, "", "{}");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:TaskStateEntered 3:2:LambdaFunctionScheduled"
          + " 4:3:LambdaFunctionStarted 5:4:LambdaFunctionSucceeded 6:5:TaskStateExited 7:6:ExecutionSucceeded");
      assertThat(run.output()).isEqualTo(json("{'ok':true}"));
    }

    @Test
    void an_optimised_integration_records_task_events_with_resource_type_and_region() {
      runs.fake.mockTask("T").thenReturn("{}");
      Execution run = task(INVOKE, "'Parameters':{'FunctionName':'f','Payload.$':'$'},", "{'a':1}");
      HistoryEvent scheduled = run.history().get(2);
      assertThat(scheduled.typeAsString()).isEqualTo("TaskScheduled");
      assertThat(scheduled.taskScheduledEventDetails().resourceType()).isEqualTo("lambda");
      assertThat(scheduled.taskScheduledEventDetails().resource()).isEqualTo("invoke");
      assertThat(scheduled.taskScheduledEventDetails().region()).isEqualTo("us-east-1");
      assertThat(json(scheduled.taskScheduledEventDetails().parameters()))
          .isEqualTo(json("{'FunctionName':'f','Payload':{'a':1}}"));
    }

    @Test
    void a_mocked_activity_worker_names_itself_in_activity_started() {
      runs.fake.mockTask("T").thenReturn("{}").byWorker("reviewer-1");
      Execution run = task("arn:aws:states:us-east-1:123456789012:activity:review", "", "{}");
      HistoryEvent started = run.history().get(3);
      assertThat(started.typeAsString()).isEqualTo("ActivityStarted");
      assertThat(started.activityStartedEventDetails().workerName()).isEqualTo("reviewer-1");
    }

    @Test
    void an_unmocked_task_fails_saying_how_to_mock_it() {
      Execution run = task(LAMBDA, "", "{}");
      assertThat(run.describe().error()).isEqualTo("States.Runtime");
      assertThat(run.describe().cause()).contains("sfn.mockTask(\"T\")");
    }
  }

  @Nested
  class Retry {
    @Test
    void retries_wait_interval_times_backoff_on_the_clock() {
      // GIVEN: IntervalSeconds 2, BackoffRate 2: waits of 2 s and 4 s
      runs.fake.mockTask("T").thenFail("Busy", "try later").times(2).thenReturn("{}");
      // WHEN
      Execution run = task(LAMBDA, "'Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':2,'BackoffRate':2}],", "{}");
      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
      List<HistoryEvent> history = run.history();
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:TaskStateEntered"
          + " 3:2:LambdaFunctionScheduled 4:3:LambdaFunctionStarted 5:4:LambdaFunctionFailed"
          + " 6:5:LambdaFunctionScheduled 7:6:LambdaFunctionStarted 8:7:LambdaFunctionFailed"
          + " 9:8:LambdaFunctionScheduled 10:9:LambdaFunctionStarted 11:10:LambdaFunctionSucceeded"
          + " 12:11:TaskStateExited 13:12:ExecutionSucceeded");
      assertThat(Runs.secondsAt(run, 6)).isEqualTo(2);
      assertThat(Runs.secondsAt(run, 9)).isEqualTo(6);
      assertThat(Duration.between(history.get(0).timestamp(), history.get(12).timestamp())).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void max_delay_caps_the_interval() {
      runs.fake.mockTask("T").thenFail("Busy", "x").times(3).thenReturn("{}");
      Execution run = task(LAMBDA,
          "'Retry':[{'ErrorEquals':['States.ALL'],'IntervalSeconds':10,'BackoffRate':3,'MaxDelaySeconds':20}],", "{}");
      // waits 10, 20 (not 30), 20 (not 90)
      assertThat(Duration.between(run.describe().startDate(), run.describe().stopDate())).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void max_attempts_zero_never_retries() {
      runs.fake.mockTask("T").thenFail("Busy", "x");
      Execution run = task(LAMBDA, "'Retry':[{'ErrorEquals':['Busy'],'MaxAttempts':0}],", "{}");
      assertThat(run.describe().error()).isEqualTo("Busy");
      assertThat(Runs.types(run)).containsOnlyOnce("LambdaFunctionScheduled");
    }

    @Test
    void only_the_first_matching_retrier_applies() {
      runs.fake.mockTask("T").thenFail("Busy", "x");
      Execution run = task(LAMBDA, "'Retry':[{'ErrorEquals':['Busy'],'MaxAttempts':1},"
          + "{'ErrorEquals':['States.ALL'],'MaxAttempts':5}],", "{}");
      assertThat(Runs.types(run).stream().filter("LambdaFunctionScheduled"::equals)).hasSize(2);
    }

    @Test
    void the_retry_count_is_in_the_context_object() {
      runs.fake.mockTask("T").thenFail("Busy", "x").times(2).thenReturn("{}");
      Execution run = task(LAMBDA, "'Retry':[{'ErrorEquals':['Busy']}],"
          + "'ResultSelector':{'retries.$':'$$.State.RetryCount'},", "{}");
      assertThat(run.output()).isEqualTo(json("{'retries':2}"));
    }

    @Test
    void full_jitter_waits_less_than_the_interval_and_is_repeatable() {
      long first;
      try (Runs again = new Runs()) {
        again.fake.mockTask("T").thenFail("Busy", "x").thenReturn("{}");
        first = Runs.secondsAt(again.run("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + LAMBDA + "',"
            + "'Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':100,'JitterStrategy':'FULL'}],'End':true}}}", "{}"), 6);
      }
      runs.fake.mockTask("T").thenFail("Busy", "x").thenReturn("{}");
      Execution run = task(LAMBDA, "'Retry':[{'ErrorEquals':['Busy'],'IntervalSeconds':100,'JitterStrategy':'FULL'}],", "{}");
      assertThat(Runs.secondsAt(run, 6)).isLessThan(100).isEqualTo(first);
    }
  }

  @Nested
  class Catch {
    @Test
    void catch_puts_the_error_output_at_result_path_and_goes_on() {
      runs.fake.mockTask("T").thenFail("Payment.Declined", "card expired");
      Execution run = task(LAMBDA, "'Catch':[{'ErrorEquals':['Payment.Declined'],'ResultPath':'$.error',"
          + "'Next':'Handled'}],", "{'order':1}");
      assertThat(run.output()).isEqualTo(json("{'order':1,'error':{'Error':'Payment.Declined','Cause':'card expired'}}"));
      assertThat(Runs.types(run)).containsSubsequence("LambdaFunctionFailed", "TaskStateExited", "PassStateEntered");
    }

    @Test
    void states_all_does_not_catch_states_runtime() {
      runs.fake.mockTask("T").thenReturn("{}");
      Execution run = task(LAMBDA, "'OutputPath':'$.missing.deep',"
          + "'Catch':[{'ErrorEquals':['States.ALL'],'Next':'Handled'}],", "{}");
      assertThat(run.describe().error()).isEqualTo("States.Runtime");
    }

    @Test
    void a_catchers_own_result_path_failure_fails_the_execution_and_no_later_catcher_takes_it() {
      // GIVEN an array input: the Task's ResultPath fails, and so does the first catcher's
      runs.fake.mockTask("T").thenReturn("{}");
      Instant started = runs.fake.clock().now();

      // WHEN
      Execution run = task(LAMBDA, "'ResultPath':'$.res','Catch':["
          + "{'ErrorEquals':['States.ResultPathMatchFailure'],'ResultPath':'$.err','Next':'Handled'},"
          + "{'ErrorEquals':['States.ALL'],'Next':'Handled'}],", "[]");

      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("FAILED");
      assertThat(run.describe().error()).isEqualTo("States.ResultPathMatchFailure");
      assertThat(run.describe().cause()).isEqualTo("An error occurred while executing the state 'T' (entered at the event id #2). "
          + "Unable to apply ResultPath '$.err' to input '[]'");
      assertThat(Runs.types(run)).doesNotContain("PassStateEntered").endsWith("ExecutionFailed");
      assertThat(runs.fake.clock().now()).as("no timeout a year on moved the clock").isEqualTo(started);
    }

    @Test
    void a_parallel_sees_its_branchs_failed_catcher_as_the_branchs_failure() {
      // GIVEN the looping Task inside a branch, a Parallel that catches what its branch fails with
      runs.fake.mockTask("T").thenReturn("{}");
      String branch = "{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + LAMBDA + "','ResultPath':'$.res',"
          + "'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.err','Next':'B'}],'End':true},"
          + "'B':{'Type':'Pass','End':true}}}";

      // WHEN
      Execution caught = runs.run("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':[" + branch + "],"
          + "'Catch':[{'ErrorEquals':['States.ResultPathMatchFailure'],'ResultPath':null,'Next':'H'}],'End':true},"
          + "'H':{'Type':'Pass','End':true}}}", "[]");
      Execution failed = runs.run("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':[" + branch + "],"
          + "'Catch':[{'ErrorEquals':['States.ALL'],'ResultPath':'$.e','Next':'H'}],'End':true},"
          + "'H':{'Type':'Pass','End':true}}}", "[]");

      // THEN
      assertThat(caught.describe().statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(caught.output()).isEqualTo(json("[]"));
      assertThat(failed.describe().error()).isEqualTo("States.ResultPathMatchFailure");
      assertThat(failed.describe().cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the event id #2). "
          + "Unable to apply ResultPath '$.e' to input '[]'");
    }

    @Test
    void a_jsonata_catchers_failing_output_fails_the_state_once() {
      // GIVEN
      runs.fake.mockTask("T").thenFail("Boom", "bad");

      // WHEN
      Execution run = runs.run("{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task',"
          + "'Resource':'" + LAMBDA + "','Catch':[{'ErrorEquals':['States.ALL'],"
          + "'Output':'{% $error(\\'in the catcher\\') %}','Next':'H'}],'End':true},'H':{'Type':'Pass','End':true}}}",
          "{}");

      // THEN
      assertThat(run.describe().error()).isEqualTo("States.QueryEvaluationError");
      assertThat(Runs.types(run)).containsOnlyOnce("EvaluationFailed").endsWith("ExecutionFailed");
    }

    @Test
    void states_task_failed_matches_task_errors_but_not_timeouts() {
      runs.fake.mockTask("T").staysSilent();
      Execution run = task(LAMBDA, "'TimeoutSeconds':5,'Catch':[{'ErrorEquals':['States.TaskFailed'],'Next':'Handled'}],",
          "{}");
      assertThat(run.describe().error()).isEqualTo("States.Timeout");
    }
  }

  @Nested
  class Timeouts {
    @Test
    void a_silent_task_times_out_in_virtual_time() {
      runs.fake.mockTask("T").staysSilent();
      Execution run = task(LAMBDA, "'TimeoutSeconds':300,", "{}");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:TaskStateEntered 3:2:LambdaFunctionScheduled"
          + " 4:3:LambdaFunctionStarted 5:4:LambdaFunctionTimedOut 6:5:ExecutionFailed");
      assertThat(run.describe().error()).isEqualTo("States.Timeout");
      assertThat(Runs.secondsAt(run, 5)).isEqualTo(300);
      assertThat(run.history().get(2).lambdaFunctionScheduledEventDetails().timeoutInSeconds()).isEqualTo(300);
    }

    @Test
    void a_task_slower_than_its_timeout_times_out() {
      runs.fake.mockTask("T").thenReturn("{}").takes(Duration.ofMinutes(10));
      Execution run = task(INVOKE, "'Parameters':{'FunctionName':'f'},'TimeoutSeconds':60,", "{}");
      assertThat(Runs.types(run)).contains("TaskTimedOut");
      assertThat(Runs.secondsAt(run, 5)).isEqualTo(60);
    }

    @Test
    void heartbeats_keep_a_long_task_alive() {
      runs.fake.mockTask("T").thenReturn("{}").takes(Duration.ofMinutes(10)).heartbeatsEvery(Duration.ofSeconds(30));
      Execution run = task(INVOKE, "'Parameters':{'FunctionName':'f'},'HeartbeatSeconds':60,", "{}");
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_missed_heartbeat_times_the_task_out() {
      runs.fake.mockTask("T").thenReturn("{}").takes(Duration.ofMinutes(10));
      Execution run = task(INVOKE, "'Parameters':{'FunctionName':'f'},'HeartbeatSeconds':60,", "{}");
      assertThat(Runs.types(run)).contains("TaskTimedOut");
      assertThat(Runs.secondsAt(run, 5)).isEqualTo(60);
    }

    @Test
    void timeout_seconds_path_reads_the_input() {
      runs.fake.mockTask("T").staysSilent();
      Execution run = task(INVOKE, "'Parameters':{'FunctionName':'f'},'TimeoutSecondsPath':'$.t',", "{'t':42}");
      assertThat(Runs.secondsAt(run, 5)).isEqualTo(42);
    }
  }
}
