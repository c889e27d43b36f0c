package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.TaskFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.ListMapRunsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunExecutionCounts;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * DescribeMapRun, ListMapRuns, UpdateMapRun and ListExecutions of a map run, over the map runs
 * that distributed Maps start, and the map run's child executions as the execution operations see
 * them. Argument checks: {@link ValidationAndMapRunApiTest}.
 */
@ParameterizedClass
@EnumSource(ClientKind.class)
class MapRunApiTest {

  private static final Instant START = FakeSfn.DEFAULT_INITIAL_TIME;
  private static final String WORK = "arn:aws:lambda:us-east-1:123456789012:function:work";

  private final Api api;

  MapRunApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  /**
   * A machine "orders" whose distributed Map "Fan" (label "Orders") runs the Task "Work" for each
   * item of {@code $.items}; {@code fields} are added to the Map (single quotes stand for double).
   */
  private String orders(String fields) {
    return orders(fields, "STANDARD");
  }

  private String orders(String fields, String executionType) {
    String definition = "{'StartAt':'Fan','States':{'Fan':{'Type':'Map','ItemsPath':'$.items','Label':'Orders',"
        + fields + "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'" + executionType
        + "'},'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'" + WORK + "','End':true}}},'End':true}}}";
    return api.machine("orders", definition.replace('\'', '"'));
  }

  private String start(String machine, String items) {
    return api.start(machine, "run-1", "{\"items\":" + items + "}");
  }

  /** The one map run of an execution. */
  private String mapRunOf(String executionArn) {
    List<MapRunListItem> runs = api.client.listMapRuns(b -> b.executionArn(executionArn)).mapRuns();
    assertThat(runs).hasSize(1);
    return runs.get(0).mapRunArn();
  }

  private DescribeMapRunResponse describe(String mapRunArn) {
    return api.client.describeMapRun(b -> b.mapRunArn(mapRunArn));
  }

  private List<ExecutionListItem> children(String mapRunArn) {
    return api.client.listExecutionsPaginator(b -> b.mapRunArn(mapRunArn)).executions().stream()
        .collect(Collectors.toList());
  }

  /** Item and execution counts in one line: pending/running/succeeded/failed/timedOut/aborted/total/written. */
  private static String counts(MapRunItemCounts c) {
    return c.pending() + "/" + c.running() + "/" + c.succeeded() + "/" + c.failed() + "/" + c.timedOut() + "/"
        + c.aborted() + "/" + c.total() + "/" + c.resultsWritten();
  }

  private static String counts(MapRunExecutionCounts c) {
    return c.pending() + "/" + c.running() + "/" + c.succeeded() + "/" + c.failed() + "/" + c.timedOut() + "/"
        + c.aborted() + "/" + c.total() + "/" + c.resultsWritten();
  }

  /** Every child takes ten seconds of virtual time, which passes only when the test moves the clock. */
  private void childrenTakeTenSecondsOnTheTestsClock() {
    api.fake.clock().setTimeSkipping(false);
    api.fake.mockTask("Work").thenReturn("{}").takes(Duration.ofSeconds(10));
  }

  @Nested
  class DescribeMapRun {
    @Test
    void a_finished_map_run_reports_its_settings_and_counts() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String run = start(orders("'MaxConcurrency':2,"), "[1,2,3]");
      // WHEN
      DescribeMapRunResponse mapRun = describe(mapRunOf(run));
      // THEN
      assertThat(mapRun.mapRunArn()).matches(PREFIX.replace(".", "\\.") + "mapRun:orders/Orders:[0-9a-f-]{36}");
      assertThat(mapRun.executionArn()).isEqualTo(run);
      assertThat(mapRun.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(mapRun.startDate()).isEqualTo(START);
      assertThat(mapRun.stopDate()).isEqualTo(START);
      assertThat(mapRun.maxConcurrency()).isEqualTo(2);
      assertThat(mapRun.toleratedFailurePercentage()).isEqualTo(0f);
      assertThat(mapRun.toleratedFailureCount()).isEqualTo(0L);
      assertThat(counts(mapRun.itemCounts())).isEqualTo("0/0/3/0/0/0/3/0");
      assertThat(counts(mapRun.executionCounts())).isEqualTo("0/0/3/0/0/0/3/0");
      assertThat(mapRun.itemCounts().failuresNotRedrivable()).isZero();
      assertThat(mapRun.itemCounts().pendingRedrive()).isZero();
      assertThat(mapRun.executionCounts().failuresNotRedrivable()).isZero();
      assertThat(mapRun.executionCounts().pendingRedrive()).isZero();
      assertThat(mapRun.redriveCount()).isZero();
      assertThat(mapRun.redriveDate()).isNull();
    }

    @Test
    void a_running_map_run_has_no_stop_date_and_counts_the_items_not_yet_started_as_pending() {
      // GIVEN
      childrenTakeTenSecondsOnTheTestsClock();
      String run = start(orders("'MaxConcurrency':1,"), "[1,2,3]");
      String mapRunArn = mapRunOf(run);
      // WHEN
      DescribeMapRunResponse running = describe(mapRunArn);
      api.fake.clock().advance(Duration.ofSeconds(30));
      DescribeMapRunResponse done = describe(mapRunArn);
      // THEN
      assertThat(running.statusAsString()).isEqualTo("RUNNING");
      assertThat(running.stopDate()).isNull();
      assertThat(counts(running.itemCounts())).isEqualTo("2/1/0/0/0/0/3/0");
      assertThat(counts(running.executionCounts())).isEqualTo("0/1/0/0/0/0/1/0");
      assertThat(done.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(done.stopDate()).isEqualTo(START.plusSeconds(30));
      assertThat(counts(done.itemCounts())).isEqualTo("0/0/3/0/0/0/3/0");
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
    }

    @Test
    void batches_count_items_and_executions_apart() {
      // GIVEN: five items in batches of two
      api.fake.mockTask("Work").thenReturn("{}");
      String run = start(orders("'ItemBatcher':{'MaxItemsPerBatch':2},"), "[1,2,3,4,5]");
      // WHEN
      DescribeMapRunResponse mapRun = describe(mapRunOf(run));
      // THEN
      assertThat(counts(mapRun.itemCounts())).isEqualTo("0/0/5/0/0/0/5/0");
      assertThat(counts(mapRun.executionCounts())).isEqualTo("0/0/3/0/0/0/3/0");
    }

    @Test
    void stopping_the_parent_aborts_the_map_run_and_its_running_children() {
      // GIVEN
      childrenTakeTenSecondsOnTheTestsClock();
      String run = start(orders("'MaxConcurrency':2,"), "[1,2,3]");
      String mapRunArn = mapRunOf(run);
      api.fake.clock().advance(Duration.ofSeconds(4));
      // WHEN
      api.client.stopExecution(b -> b.executionArn(run));
      // THEN
      DescribeMapRunResponse mapRun = describe(mapRunArn);
      assertThat(mapRun.statusAsString()).isEqualTo("ABORTED");
      assertThat(mapRun.stopDate()).isEqualTo(START.plusSeconds(4));
      assertThat(counts(mapRun.itemCounts())).isEqualTo("1/0/0/0/0/2/3/0");
      assertThat(counts(mapRun.executionCounts())).isEqualTo("0/0/0/0/0/2/2/0");
    }
  }

  @Nested
  class ListMapRuns {
    private static final String TWO_MAPS = "{'StartAt':'First','States':{"
        + "'First':{'Type':'Map','Label':'First','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
        + "'ExecutionType':'STANDARD'},'StartAt':'P1','States':{'P1':{'Type':'Pass','End':true}}},'Next':'Second'},"
        + "'Second':{'Type':'Map','Label':'Second','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
        + "'ExecutionType':'STANDARD'},'StartAt':'P2','States':{'P2':{'Type':'Pass','End':true}}},'End':true}}}";

    @Test
    void lists_the_map_runs_of_an_execution_in_the_order_they_started() {
      // GIVEN
      String run = api.start(api.machine("orders", TWO_MAPS.replace('\'', '"')), "run-1", "[1]");
      // WHEN
      ListMapRunsResponse response = api.client.listMapRuns(b -> b.executionArn(run));
      // THEN
      assertThat(response.mapRuns()).extracting(MapRunListItem::stateMachineArn)
          .containsExactly(PREFIX + "stateMachine:orders/First", PREFIX + "stateMachine:orders/Second");
      MapRunListItem first = response.mapRuns().get(0);
      assertThat(first.executionArn()).isEqualTo(run);
      assertThat(first.mapRunArn()).startsWith(PREFIX + "mapRun:orders/First:");
      assertThat(first.startDate()).isEqualTo(START);
      assertThat(first.stopDate()).isEqualTo(START);
      assertThat(response.nextToken()).isNull();
    }

    @Test
    void pages_through_the_map_runs() {
      // GIVEN
      String run = api.start(api.machine("orders", TWO_MAPS.replace('\'', '"')), "run-1", "[1]");
      // WHEN
      ListMapRunsResponse page1 = api.client.listMapRuns(b -> b.executionArn(run).maxResults(1));
      ListMapRunsResponse page2 = api.client.listMapRuns(b -> b.executionArn(run).maxResults(1)
          .nextToken(page1.nextToken()));
      // THEN
      assertThat(page1.mapRuns()).extracting(MapRunListItem::mapRunArn).singleElement().asString()
          .contains("/First:");
      assertThat(page2.mapRuns()).extracting(MapRunListItem::mapRunArn).singleElement().asString()
          .contains("/Second:");
      assertThat(page2.nextToken()).isNull();
    }

    @Test
    void a_child_lists_the_map_runs_of_its_own_distributed_map() {
      // GIVEN: a distributed Map inside a distributed Map
      String definition = "{'StartAt':'Outer','States':{'Outer':{'Type':'Map','Label':'Outer','ItemProcessor':{"
          + "'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'Inner','States':{"
          + "'Inner':{'Type':'Map','Label':'Inner','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
          + "'ExecutionType':'STANDARD'},'StartAt':'Leaf','States':{'Leaf':{'Type':'Pass','End':true}}},"
          + "'End':true}}},'End':true}}}";
      String run = api.start(api.machine("orders", definition.replace('\'', '"')), "run-1", "[[1,2]]");
      String outerChild = children(mapRunOf(run)).get(0).executionArn();
      // WHEN
      List<MapRunListItem> inner = api.client.listMapRuns(b -> b.executionArn(outerChild)).mapRuns();
      // THEN
      assertThat(inner).singleElement().satisfies(item -> {
        assertThat(item.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:orders/Outer/Inner");
        assertThat(item.mapRunArn()).startsWith(PREFIX + "mapRun:orders/Outer/Inner:");
      });
      List<ExecutionListItem> leaves = children(inner.get(0).mapRunArn());
      assertThat(leaves).hasSize(2);
      DescribeStateMachineForExecutionResponse leafMachine = api.client.describeStateMachineForExecution(b -> b
          .executionArn(leaves.get(0).executionArn()));
      assertThat(leafMachine.name()).isEqualTo("orders/Outer/Inner");
      assertThat(leafMachine.label()).isEqualTo("Inner");
      assertThat(leafMachine.definition()).contains("\"StartAt\":\"Leaf\"").doesNotContain("Inner");
    }

    @Test
    void a_running_map_run_has_no_stop_date() {
      childrenTakeTenSecondsOnTheTestsClock();
      String run = start(orders(""), "[1]");
      assertThat(api.client.listMapRuns(b -> b.executionArn(run)).mapRuns().get(0).stopDate()).isNull();
    }
  }

  @Nested
  class ListExecutions_of_a_map_run {
    @Test
    void lists_the_children_with_their_map_run_and_item_count() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String run = start(orders(""), "[1,2]");
      String mapRunArn = mapRunOf(run);
      // WHEN
      List<ExecutionListItem> children = children(mapRunArn);
      // THEN
      assertThat(children).hasSize(2).allSatisfy(child -> {
        assertThat(child.executionArn()).startsWith(PREFIX + "execution:orders/Orders:");
        assertThat(child.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:orders/Orders");
        assertThat(child.statusAsString()).isEqualTo("SUCCEEDED");
        assertThat(child.mapRunArn()).isEqualTo(mapRunArn);
        assertThat(child.itemCount()).isEqualTo(1);
        assertThat(child.startDate()).isEqualTo(START);
      });
    }

    @Test
    void a_batch_child_counts_its_items() {
      api.fake.mockTask("Work").thenReturn("{}");
      String run = start(orders("'ItemBatcher':{'MaxItemsPerBatch':2},"), "[1,2,3]");
      assertThat(children(mapRunOf(run))).extracting(ExecutionListItem::itemCount).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void filters_by_status_and_pages() {
      // GIVEN: four children, two of them fail (tolerated)
      api.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() % 2 == 0) {
          throw new TaskFailure("Boom", "even item");
        }
        return call.input();
      });
      String mapRunArn = mapRunOf(start(orders("'ToleratedFailureCount':2,"), "[1,2,3,4]"));
      // WHEN
      ListExecutionsResponse failed1 = api.client.listExecutions(b -> b.mapRunArn(mapRunArn).statusFilter("FAILED")
          .maxResults(1));
      ListExecutionsResponse failed2 = api.client.listExecutions(b -> b.mapRunArn(mapRunArn).statusFilter("FAILED")
          .maxResults(1).nextToken(failed1.nextToken()));
      // THEN
      assertThat(failed1.executions()).extracting(ExecutionListItem::statusAsString).containsExactly("FAILED");
      assertThat(failed2.executions()).extracting(ExecutionListItem::statusAsString).containsExactly("FAILED");
      assertThat(failed1.executions().get(0).executionArn()).isNotEqualTo(failed2.executions().get(0).executionArn());
      assertThat(failed2.nextToken()).isNull();
      assertThat(api.client.listExecutions(b -> b.mapRunArn(mapRunArn).statusFilter("SUCCEEDED")).executions())
          .hasSize(2);
    }

    @Test
    void the_machine_lists_only_the_parent() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String machine = orders("");
      String run = start(machine, "[1,2]");
      // WHEN
      List<ExecutionListItem> executions = api.client.listExecutions(b -> b.stateMachineArn(machine)).executions();
      // THEN
      assertThat(executions).extracting(ExecutionListItem::executionArn).containsExactly(run);
      assertThat(executions.get(0).mapRunArn()).isNull();
      assertThat(executions.get(0).itemCount()).isNull();
    }
  }

  @Nested
  class Child_executions {
    @Test
    void a_standard_child_is_describable_with_its_own_history() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{\"done\":true}");
      String mapRunArn = mapRunOf(start(orders(""), "[7]"));
      String child = children(mapRunArn).get(0).executionArn();
      // WHEN
      DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(child));
      List<HistoryEvent> history = api.history(child);
      // THEN
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:orders/Orders");
      assertThat(described.mapRunArn()).isEqualTo(mapRunArn);
      assertThat(described.input()).isEqualTo("7");
      assertThat(described.output()).isEqualTo("{\"done\":true}");
      assertThat(history).extracting(HistoryEvent::typeAsString).containsExactly("ExecutionStarted",
          "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded",
          "TaskStateExited", "ExecutionSucceeded");
    }

    @Test
    void a_child_ran_the_item_processor_as_the_map_runs_state_machine() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String mapRunArn = mapRunOf(start(orders(""), "[1]"));
      String child = children(mapRunArn).get(0).executionArn();
      // WHEN
      DescribeStateMachineForExecutionResponse machine = api.client.describeStateMachineForExecution(b -> b
          .executionArn(child));
      // THEN
      assertThat(machine.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:orders/Orders");
      assertThat(machine.name()).isEqualTo("orders/Orders");
      assertThat(machine.mapRunArn()).isEqualTo(mapRunArn);
      assertThat(machine.label()).isEqualTo("Orders");
      assertThat(machine.roleArn()).isEqualTo(Api.ROLE);
      assertThat(machine.definition()).startsWith("{\"ProcessorConfig\":").contains("\"StartAt\":\"Work\"");
    }

    @Test
    void the_parent_is_no_map_run_child() {
      api.fake.mockTask("Work").thenReturn("{}");
      String run = start(orders(""), "[1]");
      assertThat(api.client.describeExecution(b -> b.executionArn(run)).mapRunArn()).isNull();
      DescribeStateMachineForExecutionResponse machine = api.client.describeStateMachineForExecution(b -> b
          .executionArn(run));
      assertThat(machine.mapRunArn()).isNull();
      assertThat(machine.label()).isNull();
    }

    @Test
    void an_express_child_is_describable_but_keeps_no_history() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String mapRunArn = mapRunOf(start(orders("", "EXPRESS"), "[1]"));
      String child = children(mapRunArn).get(0).executionArn();
      // WHEN
      DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(child));
      // THEN: AWS documents DescribeExecution for EXPRESS executions a map run started; no history
      assertThat(child).startsWith(PREFIX + "express:orders/Orders:");
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.mapRunArn()).isEqualTo(mapRunArn);
      assertAwsError(() -> api.client.getExecutionHistory(b -> b.executionArn(child)), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: express'");
    }

    @Test
    void a_failed_child_is_redriven_only_through_its_parent() {
      // GIVEN
      api.fake.mockTask("Work").thenFail("Boom", "bad item");
      String run = start(orders("'ToleratedFailureCount':1,"), "[1]");
      String mapRunArn = mapRunOf(run);
      String child = children(mapRunArn).get(0).executionArn();
      // WHEN / THEN
      assertAwsError(() -> api.client.redriveExecution(b -> b.executionArn(child)),
          ExecutionNotRedrivableException.class, "ExecutionNotRedrivable",
          "Execution was started by the Map Run " + mapRunArn + "; redrive its parent execution " + run);
      assertThat(api.status(child)).isEqualTo("FAILED");
    }
  }

  @Nested
  class UpdateMapRun {
    @Test
    void more_concurrency_starts_waiting_items_at_once() {
      // GIVEN: one child at a time, four items of ten seconds each
      childrenTakeTenSecondsOnTheTestsClock();
      String run = start(orders("'MaxConcurrency':1,"), "[1,2,3,4]");
      String mapRunArn = mapRunOf(run);
      // WHEN
      api.client.updateMapRun(b -> b.mapRunArn(mapRunArn).maxConcurrency(3));
      // THEN: three run now; the fourth starts when one of them ends
      DescribeMapRunResponse updated = describe(mapRunArn);
      assertThat(updated.maxConcurrency()).isEqualTo(3);
      assertThat(counts(updated.itemCounts())).isEqualTo("1/3/0/0/0/0/4/0");
      api.fake.clock().advance(Duration.ofSeconds(10));
      assertThat(counts(describe(mapRunArn).itemCounts())).isEqualTo("0/1/3/0/0/0/4/0");
      api.fake.clock().advance(Duration.ofSeconds(10));
      assertThat(describe(mapRunArn).stopDate()).isEqualTo(START.plusSeconds(20));
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
    }

    @Test
    void less_concurrency_lets_the_running_children_finish() {
      // GIVEN
      childrenTakeTenSecondsOnTheTestsClock();
      String run = start(orders("'MaxConcurrency':3,"), "[1,2,3,4,5]");
      String mapRunArn = mapRunOf(run);
      // WHEN
      api.client.updateMapRun(b -> b.mapRunArn(mapRunArn).maxConcurrency(1));
      // THEN: the three running go on; after them, one at a time
      assertThat(counts(describe(mapRunArn).itemCounts())).isEqualTo("2/3/0/0/0/0/5/0");
      api.fake.clock().advance(Duration.ofSeconds(10));
      assertThat(counts(describe(mapRunArn).itemCounts())).isEqualTo("1/1/3/0/0/0/5/0");
      api.fake.clock().advance(Duration.ofSeconds(20));
      assertThat(describe(mapRunArn).stopDate()).isEqualTo(START.plusSeconds(30));
    }

    @Test
    void a_tolerance_set_mid_run_lets_the_map_run_succeed_over_a_failure() {
      // GIVEN: no tolerance declared; the second item will fail
      api.fake.clock().setTimeSkipping(false);
      api.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() == 2) {
          throw new TaskFailure("Boom", "bad item");
        }
        return call.input();
      }).takes(Duration.ofSeconds(10));
      String run = start(orders("'MaxConcurrency':1,"), "[1,2,3]");
      String mapRunArn = mapRunOf(run);
      // WHEN
      api.client.updateMapRun(b -> b.mapRunArn(mapRunArn).toleratedFailureCount(1L));
      api.fake.clock().advance(Duration.ofSeconds(30));
      // THEN
      DescribeMapRunResponse mapRun = describe(mapRunArn);
      assertThat(mapRun.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(mapRun.toleratedFailureCount()).isEqualTo(1L);
      assertThat(counts(mapRun.itemCounts())).isEqualTo("0/0/2/1/0/0/3/0");
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_percentage_keeps_the_decimal_the_caller_sent() {
      childrenTakeTenSecondsOnTheTestsClock();
      String mapRunArn = mapRunOf(start(orders(""), "[1]"));
      api.client.updateMapRun(b -> b.mapRunArn(mapRunArn).toleratedFailurePercentage(12.5f));
      assertThat(describe(mapRunArn).toleratedFailurePercentage()).isEqualTo(12.5f);
    }

    @Test
    void a_tolerance_lowered_below_the_failures_so_far_fails_the_map_run_at_once() {
      // GIVEN: two failures tolerated, one so far, two children still to run
      api.fake.clock().setTimeSkipping(false);
      api.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() == 1) {
          throw new TaskFailure("Boom", "bad item");
        }
        return call.input();
      }).takes(Duration.ofSeconds(10));
      String run = start(orders("'MaxConcurrency':1,'ToleratedFailureCount':2,"), "[1,2,3]");
      String mapRunArn = mapRunOf(run);
      api.fake.clock().advance(Duration.ofSeconds(10));
      // WHEN
      api.client.updateMapRun(b -> b.mapRunArn(mapRunArn).toleratedFailureCount(0L));
      // THEN: the running child is aborted, the last item never starts
      DescribeMapRunResponse mapRun = describe(mapRunArn);
      assertThat(mapRun.statusAsString()).isEqualTo("FAILED");
      assertThat(counts(mapRun.itemCounts())).isEqualTo("1/0/0/1/0/1/3/0");
      assertThat(api.client.describeExecution(b -> b.executionArn(run)).error())
          .isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void an_ended_map_run_is_not_updated() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String mapRunArn = mapRunOf(start(orders("'MaxConcurrency':2,"), "[1]"));
      // WHEN / THEN
      assertAwsError(() -> api.client.updateMapRun(b -> b.mapRunArn(mapRunArn).maxConcurrency(5)),
          ValidationException.class, "ValidationException",
          "Map Run is not RUNNING but SUCCEEDED: '" + mapRunArn + "'");
      assertThat(describe(mapRunArn).maxConcurrency()).isEqualTo(2);
    }
  }

  @Nested
  class Tolerated_failures {
    @Test
    void failures_within_the_tolerated_percentage_succeed() {
      // GIVEN
      api.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() % 2 == 0) {
          throw new TaskFailure("Boom", "even item");
        }
        return call.input();
      });
      // WHEN
      String run = start(orders("'ToleratedFailurePercentage':50,"), "[1,2,3,4]");
      // THEN
      DescribeMapRunResponse mapRun = describe(mapRunOf(run));
      assertThat(mapRun.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(mapRun.toleratedFailurePercentage()).isEqualTo(50f);
      assertThat(counts(mapRun.itemCounts())).isEqualTo("0/0/2/2/0/0/4/0");
      assertThat(counts(mapRun.executionCounts())).isEqualTo("0/0/2/2/0/0/4/0");
    }

    @Test
    void a_failure_beyond_the_tolerance_fails_the_map_run_and_aborts_the_running_children() {
      // GIVEN: three children at once; the first fails, the others still run
      api.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() == 1) {
          throw new TaskFailure("Boom", "bad item");
        }
        return call.input();
      }).takes(Duration.ofSeconds(10));
      // WHEN
      String run = start(orders(""), "[1,2,3]");
      // THEN
      String mapRunArn = mapRunOf(run);
      DescribeMapRunResponse mapRun = describe(mapRunArn);
      assertThat(mapRun.statusAsString()).isEqualTo("FAILED");
      assertThat(counts(mapRun.itemCounts())).isEqualTo("0/0/0/1/0/2/3/0");
      assertThat(counts(mapRun.executionCounts())).isEqualTo("0/0/0/1/0/2/3/0");
      assertThat(api.client.listExecutions(b -> b.mapRunArn(mapRunArn).statusFilter("ABORTED")).executions())
          .hasSize(2);
      assertThat(api.eventTypes(run)).containsOnlyOnce("MapRunFailed");
    }

    @Test
    void results_written_count_items_and_executions() {
      // GIVEN
      api.fake.mockTask("Work").thenReturn("{}");
      String definition = "{'StartAt':'Fan','States':{'Fan':{'Type':'Map','ItemsPath':'$.items','Label':'Orders',"
          + "'ItemBatcher':{'MaxItemsPerBatch':2},'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject',"
          + "'Parameters':{'Bucket':'results','Prefix':'out'}},'ItemProcessor':{'ProcessorConfig':{'Mode':"
          + "'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'Work','States':{'Work':{'Type':'Task',"
          + "'Resource':'" + WORK + "','End':true}}},'End':true}}}";
      // WHEN
      String run = start(api.machine("orders", definition.replace('\'', '"')), "[1,2,3]");
      // THEN
      DescribeMapRunResponse mapRun = describe(mapRunOf(run));
      assertThat(mapRun.itemCounts().resultsWritten()).isEqualTo(3L);
      assertThat(mapRun.executionCounts().resultsWritten()).isEqualTo(2L);
    }
  }
}
