package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.core.TaskInvocation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * RedriveExecution of a Parallel or inline Map state: "reschedules and redrives only the iterations
 * and branches that failed or aborted" (RedriveExecution API reference). Successful ones keep their
 * results and record nothing; the others continue from the state they ended in.
 */
class RedriveBranchesTest {

  private static final String LAMBDA = "'Resource': 'arn:aws:lambda:us-east-1:123456789012:function:f'";

  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private void redrive(Execution execution) {
    runs.fake.client().redriveExecution(b -> b.executionArn(execution.arn()));
  }

  /** The types of the events recorded after ExecutionRedriven. */
  private static List<String> afterRedrive(Execution execution) {
    List<String> types = Runs.types(execution);
    return types.subList(types.indexOf("ExecutionRedriven") + 1, types.size());
  }

  private static List<String> enteredAfterRedrive(Execution execution) {
    List<HistoryEvent> history = execution.history();
    int from = Runs.types(execution).indexOf("ExecutionRedriven");
    return history.subList(from, history.size()).stream()
        .filter(e -> e.stateEnteredEventDetails() != null)
        .map(e -> e.stateEnteredEventDetails().name())
        .collect(Collectors.toList());
  }

  @Test
  void a_parallel_reruns_only_the_branch_that_failed_from_the_state_it_failed_in() {
    // GIVEN branch A succeeds; branch B passes B1 and fails once in B2
    runs.fake.mockTask("A").thenReturn("{'a': 1}".replace('\'', '"'));
    runs.fake.mockTask("B2").thenFail("Busy", "try later").times(1).thenReturn("{\"b\": 2}");
    Execution execution = runs.run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': ["
        + "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', " + LAMBDA + ", 'End': true}}},"
        + "{'StartAt': 'B1', 'States': {'B1': {'Type': 'Pass', 'Next': 'B2'},"
        + " 'B2': {'Type': 'Task', " + LAMBDA + ", 'End': true}}}]}}}", "{'x': 1}");
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

    // WHEN
    redrive(execution);

    // THEN A ran once in all, B1 is not entered again, and the output keeps branch order
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.output()).isEqualTo(json("[{'a': 1}, {'b': 2}]"));
    assertThat(runs.fake.mockTask("A").invocations()).hasSize(1);
    assertThat(runs.fake.mockTask("B2").invocations()).hasSize(2);
    assertThat(enteredAfterRedrive(execution)).containsExactly("P", "B2");
    assertThat(afterRedrive(execution)).containsExactly("ParallelStateEntered", "ParallelStateStarted",
        "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
        "TaskStateExited", "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");
  }

  @Test
  void a_redriven_branch_keeps_the_variables_it_had_assigned() {
    // GIVEN the branch assigns n in Set, then fails once in Use, which reads it
    runs.fake.mockTask("Use").thenFail("Busy", "try later").times(1).thenAnswer(TaskInvocation::input);
    Execution execution = runs.run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': ["
        + "{'StartAt': 'Set', 'States': {'Set': {'Type': 'Pass', 'Assign': {'n': 5}, 'Next': 'Use'},"
        + " 'Use': {'Type': 'Task', " + LAMBDA + ", 'Parameters': {'n.$': '$n'}, 'End': true}}}]}}}", "{}");
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);

    // WHEN
    redrive(execution);

    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.output()).isEqualTo(json("[{'n': 5}]"));
  }

  @Test
  void a_retry_of_a_redriven_parallel_runs_every_branch_again() {
    // GIVEN B fails three times; the Parallel retries once (its retries start over in a redrive)
    runs.fake.mockTask("A").thenReturn("1");
    runs.fake.mockTask("B").thenFail("Busy", "try later").times(3).thenReturn("2");
    String retry = "'Retry': [{'ErrorEquals': ['Busy'], 'MaxAttempts': 1, 'IntervalSeconds': 1}]";
    Execution execution = runs.run("{'StartAt': 'P', 'States': {'P': {'Type': 'Parallel', 'End': true, 'Branches': ["
        + "{'StartAt': 'A', 'States': {'A': {'Type': 'Task', " + LAMBDA + ", 'End': true}}},"
        + "{'StartAt': 'B', 'States': {'B': {'Type': 'Task', " + LAMBDA + ", 'End': true}}}], " + retry + "}}}", "{}");
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(runs.fake.mockTask("A").invocations()).hasSize(2);

    // WHEN the redrive's first attempt reruns B only, fails, and the retry reruns both
    redrive(execution);

    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.output()).isEqualTo(json("[1, 2]"));
    assertThat(runs.fake.mockTask("A").invocations()).hasSize(3);
    assertThat(runs.fake.mockTask("B").invocations()).hasSize(4);
  }

  @Test
  void an_inline_map_reruns_the_failed_iteration_and_starts_those_never_started() {
    // GIVEN one item at a time; item 2 fails the first time
    List<Integer> calls = new ArrayList<>();
    runs.fake.mockTask("Work").thenAnswer(call -> {
      int item = call.input().get("item").asInt();
      calls.add(item);
      if (item == 2 && calls.indexOf(2) == calls.size() - 1) {
        throw new TaskFailure("Busy", "try later");
      }
      return json("{'done': " + item + "}");
    });
    Execution execution = runs.run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'MaxConcurrency': 1,"
        + " 'ItemSelector': {'item.$': '$$.Map.Item.Value'}, 'End': true, 'ItemProcessor': {'StartAt': 'Work',"
        + " 'States': {'Work': {'Type': 'Task', " + LAMBDA + ", 'End': true}}}}}}", "[0, 1, 2, 3]");
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(calls).containsExactly(0, 1, 2);

    // WHEN
    redrive(execution);

    // THEN items 0 and 1 are not run again; the output has every item in order
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(calls).containsExactly(0, 1, 2, 2, 3);
    assertThat(execution.output()).isEqualTo(json("[{'done': 0}, {'done': 1}, {'done': 2}, {'done': 3}]"));
    List<HistoryEvent> history = execution.history();
    int from = Runs.types(execution).indexOf("ExecutionRedriven");
    assertThat(history.subList(from, history.size()).stream()
        .filter(e -> e.mapIterationStartedEventDetails() != null)
        .map(e -> e.mapIterationStartedEventDetails().index()))
        .containsExactly(2, 3);
    JsonNode started = json("{'length': 4}");
    assertThat(history.subList(from, history.size()).stream()
        .filter(e -> e.mapStateStartedEventDetails() != null)
        .map(e -> json("{'length': " + e.mapStateStartedEventDetails().length() + "}")))
        .containsExactly(started);
  }

  @Test
  void an_aborted_iteration_continues_in_the_state_it_was_stopped_in() {
    // GIVEN two iterations waiting; the execution is stopped while they wait
    runs.fake.clock().setTimeSkipping(false);
    Execution execution = runs.run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'End': true, 'ItemProcessor':"
        + " {'StartAt': 'First', 'States': {'First': {'Type': 'Pass', 'Next': 'Hold'},"
        + " 'Hold': {'Type': 'Wait', 'Seconds': 10, 'End': true}}}}}}", "[1, 2]");
    runs.fake.client().stopExecution(b -> b.executionArn(execution.arn()));
    assertThat(execution.status()).isEqualTo(ExecutionStatus.ABORTED);

    // WHEN
    redrive(execution);
    runs.fake.clock().advance(java.time.Duration.ofSeconds(10));

    // THEN both iterations re-enter Hold, not First
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(enteredAfterRedrive(execution)).containsExactly("M", "Hold", "Hold");
    assertThat(execution.output()).isEqualTo(json("[1, 2]"));
  }

  @Test
  void a_redrive_records_the_same_history_every_time() {
    // GIVEN / WHEN the same failing Map (two iterations at a time) redriven on two fresh fakes
    String first = redrivenHistory();
    String second = redrivenHistory();

    // THEN
    assertThat(first).contains("ExecutionRedriven").isEqualTo(second);
  }

  private static String redrivenHistory() {
    try (Runs fresh = new Runs()) {
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      fresh.fake.mockTask("Work").thenAnswer(call -> {
        if (seen.add(call.input().asInt()) && call.input().asInt() % 3 == 0) {
          throw new TaskFailure("Busy", "try later");
        }
        return call.input();
      });
      Execution execution = fresh.run("{'StartAt': 'M', 'States': {'M': {'Type': 'Map', 'MaxConcurrency': 2,"
          + " 'End': true, 'ItemProcessor': {'StartAt': 'Work', 'States': {'Work': {'Type': 'Task', " + LAMBDA
          + ", 'End': true}}}}}}", "[1, 2, 3, 4, 5, 6]");
      // Items 3 and 6 each fail the first time they run: two redrives.
      fresh.fake.client().redriveExecution(b -> b.executionArn(execution.arn()));
      fresh.fake.client().redriveExecution(b -> b.executionArn(execution.arn()));
      assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
      return execution.history().toString();
    }
  }
}
