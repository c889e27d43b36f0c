package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Inline Map and Parallel: results, concurrency, failure and abort events, as AWS records them. */
class MapAndParallelTest {

  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  @Nested
  class Inline_map {
    @Test
    void one_at_a_time_links_each_iteration_to_the_last_event_of_the_previous_one() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':1,"
          + "'ItemProcessor':{'ProcessorConfig':{'Mode':'INLINE'},'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},"
          + "'End':true}}}", "[1,2]");
      assertThat(run.output()).isEqualTo(json("[1,2]"));
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:MapStateEntered 3:2:MapStateStarted"
          + " 4:3:MapIterationStarted 5:4:PassStateEntered 6:5:PassStateExited 7:6:MapIterationSucceeded"
          + " 8:6:MapIterationStarted 9:8:PassStateEntered 10:9:PassStateExited 11:10:MapIterationSucceeded"
          + " 12:11:MapStateSucceeded 13:11:MapStateExited 14:13:ExecutionSucceeded");
    }

    @Test
    void unlimited_concurrency_starts_every_iteration_first() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map',"
          + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}", "[1,2]");
      assertThat(Runs.compact(run)).startsWith("1:0:ExecutionStarted 2:0:MapStateEntered 3:2:MapStateStarted"
          + " 4:3:MapIterationStarted 5:3:MapIterationStarted 6:4:PassStateEntered");
    }

    @Test
    void items_path_and_item_selector_with_the_map_item() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','ItemsPath':'$.xs',"
          + "'ItemSelector':{'i.$':'$$.Map.Item.Index','v.$':'$$.Map.Item.Value','k.$':'$.k'},"
          + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'ResultPath':'$.out','End':true}}}",
          "{'xs':['a','b'],'k':9}");
      assertThat(run.output().get("out")).isEqualTo(json("[{'i':0,'v':'a','k':9},{'i':1,'v':'b','k':9}]"));
    }

    @Test
    void ten_thousand_inline_items_reach_the_history_quota_as_on_aws() {
      // GIVEN 10,000 items: 4 events each pass AWS's 25,000-event history quota (hence distributed Maps)
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':40,"
          + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}",
          Runs.numbers(10_000));
      // THEN
      assertThat(run.describe().error()).isEqualTo("States.Runtime");
      assertThat(run.describe().cause()).contains("maximum number of history events (25000)");
      assertThat(run.history()).hasSize(25_000);
    }

    @Test
    void five_thousand_inline_items_run_within_the_concurrency_limit() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':40,"
          + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}",
          Runs.numbers(5_000));
      assertThat(run.output()).hasSize(5_000);
      assertThat(run.output().get(4_999).asInt()).isEqualTo(4_999);
    }

    @Test
    void an_empty_array_succeeds_at_once() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map',"
          + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}", "[]");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:MapStateEntered 3:2:MapStateStarted"
          + " 4:3:MapStateSucceeded 5:3:MapStateExited 6:5:ExecutionSucceeded");
    }

    @Test
    void input_that_is_not_an_array_is_a_runtime_error() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map',"
          + "'ItemProcessor':{'StartAt':'I','States':{'I':{'Type':'Pass','End':true}}},'End':true}}}", "{'a':1}");
      assertThat(run.describe().cause()).endsWith("Map state input must be an array but was: {\"a\":1}");
    }

    @Test
    void a_failing_iteration_fails_the_map_and_retry_starts_it_again() {
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','MaxConcurrency':1,"
          + "'ItemProcessor':{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'E','Cause':'C'}}},"
          + "'Retry':[{'ErrorEquals':['E'],'MaxAttempts':1}],'End':true}}}", "[1]");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:MapStateEntered 3:2:MapStateStarted"
          + " 4:3:MapIterationStarted 5:4:FailStateEntered 6:5:MapIterationFailed 7:5:MapStateStarted"
          + " 8:7:MapIterationStarted 9:8:FailStateEntered 10:9:MapIterationFailed 11:9:MapStateFailed"
          + " 12:11:ExecutionFailed");
      assertThat(run.describe().error()).isEqualTo("E");
    }

    @Test
    void when_one_iteration_times_out_the_others_are_aborted() {
      runs.fake.mockTask("T").staysSilent();
      Execution run = runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','ItemProcessor':{'StartAt':'T','States':"
          + "{'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke',"
          + "'Parameters':{'FunctionName':'f'},'TimeoutSeconds':5,'End':true}}},"
          + "'End':true}}}", "[1,2]");
      assertThat(Runs.types(run)).containsSubsequence("TaskTimedOut", "MapIterationFailed", "TaskStateAborted",
          "MapIterationAborted", "TaskStateAborted", "MapStateFailed", "ExecutionFailed");
      assertThat(run.describe().error()).isEqualTo("States.Timeout");
    }
  }

  @Nested
  class Parallel {
    @Test
    void outputs_are_collected_in_branch_order() {
      Execution run = runs.run("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
          + "{'StartAt':'A','States':{'A':{'Type':'Wait','Seconds':10,'Next':'A2'},'A2':{'Type':'Pass','Result':'a','End':true}}},"
          + "{'StartAt':'B','States':{'B':{'Type':'Pass','Result':'b','End':true}}}],'End':true}}}", "{}");
      assertThat(run.output()).isEqualTo(json("['a','b']"));
      assertThat(Runs.compact(run)).startsWith("1:0:ExecutionStarted 2:0:ParallelStateEntered 3:2:ParallelStateStarted"
          + " 4:3:WaitStateEntered 5:3:PassStateEntered");
      assertThat(Runs.compact(run)).endsWith("10:9:ParallelStateSucceeded 11:9:ParallelStateExited 12:11:ExecutionSucceeded");
    }

    @Test
    void a_failing_branch_aborts_the_others_and_catch_takes_the_error() {
      Execution run = runs.run("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
          + "{'StartAt':'A','States':{'A':{'Type':'Wait','Seconds':10,'End':true}}},"
          + "{'StartAt':'B','States':{'B':{'Type':'Fail','Error':'E','Cause':'C'}}}],"
          + "'Catch':[{'ErrorEquals':['E'],'Next':'H'}],'End':true},'H':{'Type':'Pass','End':true}}}", "{}");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:ParallelStateEntered 3:2:ParallelStateStarted"
          + " 4:3:WaitStateEntered 5:3:FailStateEntered 6:5:WaitStateAborted 7:5:ParallelStateFailed"
          + " 8:7:ParallelStateExited 9:8:PassStateEntered 10:9:PassStateExited 11:10:ExecutionSucceeded");
      assertThat(run.output()).isEqualTo(json("{'Error':'E','Cause':'C'}"));
    }

    @Test
    void retry_records_parallel_state_started_again() {
      Execution run = runs.run("{'StartAt':'P','States':{'P':{'Type':'Parallel','Branches':["
          + "{'StartAt':'B','States':{'B':{'Type':'Fail','Error':'E','Cause':'C'}}}],"
          + "'Retry':[{'ErrorEquals':['E'],'MaxAttempts':2}],'End':true}}}", "{}");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:ParallelStateEntered 3:2:ParallelStateStarted"
          + " 4:3:FailStateEntered 5:4:ParallelStateStarted 6:5:FailStateEntered 7:6:ParallelStateStarted"
          + " 8:7:FailStateEntered 9:8:ParallelStateFailed 10:9:ExecutionFailed");
    }
  }
}
