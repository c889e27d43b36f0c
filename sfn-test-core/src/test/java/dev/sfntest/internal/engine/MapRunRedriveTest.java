package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.TaskFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Redriving an execution whose distributed Map failed redrives its map run ("The parent workflow
 * redrives all the unsuccessful states, including a failed Map Run"): the same map run, its
 * unsuccessful children only; STANDARD children are redriven, EXPRESS ones started again.
 */
class MapRunRedriveTest {

  private final Runs runs = new Runs();
  private final SfnClient client = runs.fake.client();
  /** The items the Work task saw, in call order. */
  private final List<Integer> calls = new ArrayList<>();

  @AfterEach
  void close() {
    runs.close();
  }

  /** Item 2 fails the first time it is worked on. */
  private void item_two_fails_once() {
    runs.fake.mockTask("Work").thenAnswer(call -> {
      int item = call.input().asInt();
      calls.add(item);
      if (item == 2 && calls.indexOf(2) == calls.size() - 1) {
        throw new TaskFailure("Busy", "try later");
      }
      return json("{'done': " + item + "}");
    });
  }

  private Execution map(String executionType, String input) {
    return runs.run("{'StartAt':'M','States':{'M':{'Type':'Map','Label':'Items','MaxConcurrency':1,"
        + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'" + executionType + "'},"
        + "'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:123456789012:function:work',"
        + "'End':true}}},'End':true}}}", input);
  }

  private String mapRunArn(Execution execution) {
    return client.listMapRuns(b -> b.executionArn(execution.arn())).mapRuns().get(0).mapRunArn();
  }

  @Test
  void the_same_map_run_reruns_its_failed_standard_child_and_starts_the_rest() {
    // GIVEN one child at a time: items 0 and 1 succeed, 2 fails the run, 3 never starts
    item_two_fails_once();
    Execution execution = map("STANDARD", "[0, 1, 2, 3]");
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    String mapRunArn = mapRunArn(execution);
    String failedChild = client.listExecutions(b -> b.mapRunArn(mapRunArn).statusFilter("FAILED")).executions()
        .get(0).executionArn();

    // WHEN
    client.redriveExecution(b -> b.executionArn(execution.arn()));

    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.output()).isEqualTo(json("[{'done': 0}, {'done': 1}, {'done': 2}, {'done': 3}]"));
    assertThat(calls).containsExactly(0, 1, 2, 2, 3);
    assertThat(client.listMapRuns(b -> b.executionArn(execution.arn())).mapRuns()).hasSize(1);
    List<String> types = Runs.types(execution);
    assertThat(types.subList(types.indexOf("ExecutionRedriven"), types.size())).containsExactly("ExecutionRedriven",
        "MapStateEntered", "MapStateStarted", "MapRunRedriven", "MapRunSucceeded", "MapStateSucceeded",
        "MapStateExited", "ExecutionSucceeded");
    HistoryEvent redriven = execution.history().get(types.indexOf("MapRunRedriven"));
    assertThat(redriven.mapRunRedrivenEventDetails().mapRunArn()).isEqualTo(mapRunArn);
    assertThat(redriven.mapRunRedrivenEventDetails().redriveCount()).isEqualTo(1);

    DescribeMapRunResponse mapRun = client.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(mapRun.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(mapRun.redriveCount()).isEqualTo(1);
    assertThat(mapRun.redriveDate()).isNotNull();
    assertThat(mapRun.itemCounts().succeeded()).isEqualTo(4);
    assertThat(mapRun.itemCounts().failed()).isZero();
    assertThat(mapRun.executionCounts().total()).isEqualTo(4);
    assertThat(mapRun.executionCounts().succeeded()).isEqualTo(4);

    // the failed child was redriven, not replaced: same ARN, one redrive, ExecutionRedriven in its history
    DescribeExecutionResponse child = client.describeExecution(b -> b.executionArn(failedChild));
    assertThat(child.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(child.redriveCount()).isEqualTo(1);
    assertThat(child.redriveDate()).isNotNull();
    assertThat(client.getExecutionHistory(b -> b.executionArn(failedChild)).events())
        .extracting(HistoryEvent::typeAsString).contains("ExecutionRedriven");
  }

  @Test
  void a_failed_express_child_is_started_again_as_a_new_execution() {
    // GIVEN
    item_two_fails_once();
    Execution execution = map("EXPRESS", "[0, 1, 2]");
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    String mapRunArn = mapRunArn(execution);

    // WHEN
    client.redriveExecution(b -> b.executionArn(execution.arn()));

    // THEN the old child stays failed; a new one took its item
    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(calls).containsExactly(0, 1, 2, 2);
    DescribeMapRunResponse mapRun = client.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(mapRun.itemCounts().succeeded()).isEqualTo(3);
    assertThat(mapRun.itemCounts().failed()).isZero();
    assertThat(mapRun.executionCounts().total()).isEqualTo(4);
    assertThat(mapRun.executionCounts().succeeded()).isEqualTo(3);
    assertThat(mapRun.executionCounts().failed()).isEqualTo(1);
    assertThat(client.listExecutions(b -> b.mapRunArn(mapRunArn)).executions())
        .extracting(ExecutionListItem::statusAsString).containsExactlyInAnyOrder("SUCCEEDED", "SUCCEEDED",
            "SUCCEEDED", "FAILED");
  }

  @Test
  void a_map_run_that_fails_again_fails_its_parent_again() {
    // GIVEN item 1 always fails
    runs.fake.mockTask("Work").thenFail("Broken", "always");
    Execution execution = map("STANDARD", "[1]");
    String mapRunArn = mapRunArn(execution);

    // WHEN
    client.redriveExecution(b -> b.executionArn(execution.arn()));

    // THEN
    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.describe().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    DescribeMapRunResponse mapRun = client.describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(mapRun.statusAsString()).isEqualTo("FAILED");
    assertThat(mapRun.redriveCount()).isEqualTo(1);
    assertThat(mapRun.executionCounts().failed()).isEqualTo(1);
    assertThat(mapRun.executionCounts().running()).isZero();
  }
}
