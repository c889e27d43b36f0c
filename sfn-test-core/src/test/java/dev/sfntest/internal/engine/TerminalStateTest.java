package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Succeed and Fail states: outputs, errors and causes, literal or from paths. */
class TerminalStateTest {

  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  @Test
  void succeed_ends_with_its_filtered_input() {
    Execution run = runs.run("{'StartAt':'S','States':{'S':{'Type':'Succeed','OutputPath':'$.a'}}}", "{'a':{'b':1}}");
    assertThat(run.output()).isEqualTo(json("{'b':1}"));
    assertThat(Runs.types(run)).containsExactly("ExecutionStarted", "SucceedStateEntered", "SucceedStateExited",
        "ExecutionSucceeded");
  }

  @Test
  void fail_records_its_error_and_cause_and_no_exit() {
    Execution run = runs.run("{'StartAt':'F','States':{'F':{'Type':'Fail','Error':'Order.Invalid','Cause':'no items'}}}",
        "{}");
    assertThat(run.describe().statusAsString()).isEqualTo("FAILED");
    assertThat(run.describe().error()).isEqualTo("Order.Invalid");
    assertThat(run.describe().cause()).isEqualTo("no items");
    assertThat(Runs.types(run)).containsExactly("ExecutionStarted", "FailStateEntered", "ExecutionFailed");
  }

  @Test
  void error_path_and_cause_path_read_the_input() {
    Execution run = runs.run("{'StartAt':'F','States':{'F':{'Type':'Fail','ErrorPath':'$.e','CausePath':'$.c'}}}",
        "{'e':'Custom','c':'because'}");
    HistoryEvent failed = run.history().get(2);
    assertThat(failed.executionFailedEventDetails().error()).isEqualTo("Custom");
    assertThat(failed.executionFailedEventDetails().cause()).isEqualTo("because");
  }

  @Test
  void a_fail_state_without_error_fails_with_neither() {
    Execution run = runs.run("{'StartAt':'F','States':{'F':{'Type':'Fail'}}}", "{}");
    assertThat(run.describe().statusAsString()).isEqualTo("FAILED");
    assertThat(run.describe().error()).isNull();
    assertThat(run.describe().cause()).isNull();
  }
}
