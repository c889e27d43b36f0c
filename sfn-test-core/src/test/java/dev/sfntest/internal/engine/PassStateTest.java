package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pass states and the JSONPath data flow, from the ASL spec and the AWS developer guide. */
class PassStateTest {

  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private Execution pass(String fields, String input) {
    return runs.run("{'StartAt':'P','States':{'P':{'Type':'Pass'," + fields + "'End':true}}}", input);
  }

  @Nested
  class Result_and_result_path {
    @Test
    void result_replaces_the_input_by_default() {
      assertThat(pass("'Result':{'a':1},", "{'x':0}").output()).isEqualTo(json("{'a':1}"));
    }

    @Test
    void result_path_places_the_result_and_creates_missing_objects() {
      Execution run = pass("'Result':7,'ResultPath':'$.a.b',", "{'x':0}");
      assertThat(run.output()).isEqualTo(json("{'x':0,'a':{'b':7}}"));
    }

    @Test
    void result_path_null_discards_the_result() {
      assertThat(pass("'Result':7,'ResultPath':null,", "{'x':0}").output()).isEqualTo(json("{'x':0}"));
    }

    @Test
    void falsy_results_are_results() {
      assertThat(pass("'Result':false,", "{'x':0}").output()).isEqualTo(json("false"));
      assertThat(pass("'Result':0,", "{'x':0}").output()).isEqualTo(json("0"));
    }

    @Test
    void result_path_into_a_string_input_is_a_result_path_match_failure() {
      Execution run = pass("'Result':1,'ResultPath':'$.a',", "'text'");
      assertThat(run.describe().error()).isEqualTo("States.ResultPathMatchFailure");
    }
  }

  @Nested
  class Input_and_output_paths {
    @Test
    void input_path_selects_what_the_state_sees() {
      assertThat(pass("'InputPath':'$.a',", "{'a':{'b':1}}").output()).isEqualTo(json("{'b':1}"));
    }

    @Test
    void input_path_null_gives_an_empty_object() {
      assertThat(pass("'InputPath':null,", "{'a':1}").output()).isEqualTo(json("{}"));
    }

    @Test
    void output_path_selects_the_output() {
      assertThat(pass("'OutputPath':'$.a[1]',", "{'a':[1,2]}").output()).isEqualTo(json("2"));
    }

    @Test
    void a_missing_input_path_fails_with_the_library_message() {
      Execution run = pass("'InputPath':'$.nope',", "{}");
      assertThat(run.describe().error()).isEqualTo("States.Runtime");
      assertThat(run.describe().cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the"
          + " event id #2). Invalid path '$.nope' : No results for path: $['nope']");
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:PassStateEntered 3:2:ExecutionFailed");
    }
  }

  @Nested
  class Parameters {
    @Test
    void dollar_fields_read_paths_and_the_context_object() {
      Execution run = pass("'Parameters':{'v.$':'$.a','name.$':'$$.State.Name','lit':'$.a'},", "{'a':5}");
      assertThat(run.output()).isEqualTo(json("{'v':5,'name':'P','lit':'$.a'}"));
    }

    @Test
    void a_missing_definite_path_fails_with_aws_message() {
      Execution run = pass("'Parameters':{'v.$':'$.missing'},", "{'a':5}");
      assertThat(run.describe().cause()).endsWith("The JSONPath '$.missing' specified for the field 'v.$' could not be"
          + " found in the input '{\"a\":5}'");
    }

    @Test
    void an_indefinite_path_over_nothing_reads_an_empty_array() {
      assertThat(pass("'Parameters':{'v.$':'$.items[*].id'},", "{}").output()).isEqualTo(json("{'v':[]}"));
    }
  }

  @Nested
  class History {
    @Test
    void pass_records_entered_and_exited_linked_by_previous_event_id() {
      Execution run = pass("", "{}");
      assertThat(Runs.compact(run))
          .isEqualTo("1:0:ExecutionStarted 2:0:PassStateEntered 3:2:PassStateExited 4:3:ExecutionSucceeded");
    }

    @Test
    void execution_input_is_echoed_as_sent() {
      Execution run = pass("", "{'a':   1}");
      assertThat(run.history().get(0).executionStartedEventDetails().input()).isEqualTo("{\"a\":   1}");
    }
  }

  @Nested
  class Payload_quota {
    private final String text40k = "x".repeat(40_000);
    private final String input200k = "{'big':'" + "y".repeat(200_000) + "'}";

    private Execution chain(String secondResultPath) {
      return runs.run("{'StartAt':'A','States':{"
          + "'A':{'Type':'Pass','Result':'" + text40k + "','ResultPath':'$.a','Next':'B'},"
          + "'B':{'Type':'Pass','Result':'" + text40k + "','ResultPath':'" + secondResultPath + "','End':true}}}",
          input200k);
    }

    @Test
    void an_output_that_grows_past_256_kib_fails_with_data_limit_exceeded() {
      // GIVEN 200 KB of input, then 40 KB added twice: the second output is about 280 KB
      Execution run = chain("$.b");
      // THEN
      assertThat(run.describe().error()).isEqualTo("States.DataLimitExceeded");
      assertThat(Runs.types(run)).doesNotContain("ExecutionSucceeded");
    }

    @Test
    void an_output_that_replaces_a_member_stays_within_the_quota() {
      // GIVEN the second state replaces what the first added: about 240 KB throughout
      Execution run = chain("$.a");
      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
    }
  }
}
