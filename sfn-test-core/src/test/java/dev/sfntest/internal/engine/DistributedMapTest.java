package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.internal.expr.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Distributed Map: items from the input or an ItemReader, child executions, tolerance, results. */
class DistributedMapTest {

  private static final String PROCESSOR = "'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':"
      + "'STANDARD'},'StartAt':'Work','States':{'Work':{'Type':'Task','Resource':'arn:aws:lambda:us-east-1:123456789012:function:work',"
      + "'End':true}}}";
  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private Execution map(String fields, String input) {
    return runs.run("{'StartAt':'M','States':{'M':{'Type':'Map'," + fields + PROCESSOR + ",'End':true}}}", input);
  }

  @Nested
  class Items_from_the_input {
    @Test
    void each_item_runs_as_a_child_execution_and_the_outputs_come_back_in_order() {
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());
      Execution run = map("'ItemsPath':'$.xs',", "{'xs':[1,2,3]}");
      assertThat(run.output()).isEqualTo(json("[1,2,3]"));
      assertThat(Runs.compact(run)).isEqualTo("1:0:ExecutionStarted 2:0:MapStateEntered 3:2:MapStateStarted"
          + " 4:3:MapRunStarted 5:4:MapRunSucceeded 6:5:MapStateSucceeded 7:5:MapStateExited 8:7:ExecutionSucceeded");
      assertThat(run.history().get(3).mapRunStartedEventDetails().mapRunArn())
          .matches("arn:aws:states:us-east-1:123456789012:mapRun:machine1/[0-9a-f]{8}:[0-9a-f-]{36}");
    }

    @Test
    void ten_thousand_items_run_as_child_executions() {
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());
      Execution run = map("'MaxConcurrency':100,", Runs.numbers(10_000));
      assertThat(run.output()).hasSize(10_000);
      assertThat(run.output().get(9_999).asInt()).isEqualTo(9_999);
      assertThat(run.history()).hasSize(8);
    }

    @Test
    void the_label_names_the_map_run() {
      runs.fake.mockTask("Work").thenReturn("{}");
      Execution run = map("'Label':'Orders',", "[1]");
      assertThat(run.history().get(3).mapRunStartedEventDetails().mapRunArn()).contains(":mapRun:machine1/Orders:");
    }

    @Test
    void a_failing_child_fails_the_map_run_when_nothing_is_tolerated() {
      runs.fake.mockTask("Work").thenFail("Boom", "bad item");
      Execution run = map("", "[1]");
      assertThat(run.describe().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
      assertThat(Runs.types(run)).containsSubsequence("MapRunStarted", "MapRunFailed", "MapStateFailed",
          "ExecutionFailed");
    }

    @Test
    void tolerated_failures_are_returned_in_full() {
      runs.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().asInt() == 2) {
          throw new TaskFailure("Boom", "bad item");
        }
        return call.input();
      });
      Execution run = map("'ToleratedFailureCount':1,", "[1,2,3]");
      JsonNode output = run.output();
      assertThat(output.get(0)).isEqualTo(json("1"));
      assertThat(output.get(1).get("Status").asText()).isEqualTo("FAILED");
      assertThat(output.get(1).get("Error").asText()).isEqualTo("Boom");
    }

    @Test
    void a_negative_tolerated_count_is_a_runtime_error_after_map_state_started() {
      Execution run = map("'ToleratedFailureCountPath':'$.t','ItemsPath':'$.xs',", "{'t':-1,'xs':[1]}");
      assertThat(run.describe().cause()).endsWith("ToleratedFailureCount cannot be negative.");
      assertThat(Runs.compact(run)).endsWith("3:2:MapStateStarted 4:3:ExecutionFailed");
    }
  }

  @Nested
  class Entered_again {
    /** A distributed Map that the Choice after it sends back to once, by a counter in the input. */
    private String loop(String before) {
      String start = before.isEmpty() ? "M" : "B";
      String pass = before.isEmpty() ? "" : "'B':{'Type':'Pass','Next':'M'},";
      return "{'StartAt':'" + start + "','States':{" + pass
          + "'M':{'Type':'Map','ItemsPath':'$.xs','ResultPath':'$.out'," + PROCESSOR + ",'Next':'Again'},"
          + "'Again':{'Type':'Choice','Choices':[{'Variable':'$.again','BooleanEquals':true,'Next':'Flip'}],"
          + "'Default':'Done'},"
          + "'Flip':{'Type':'Pass','Result':false,'ResultPath':'$.again','Next':'M'},"
          + "'Done':{'Type':'Succeed'}}}";
    }

    private List<String> exitedLinks(Execution run) {
      List<HistoryEvent> history = run.history();
      return history.stream().filter(e -> e.typeAsString().equals("MapStateExited"))
          .map(e -> history.get((int) (e.previousEventId() - 1)).typeAsString()).toList();
    }

    @Test
    void a_start_at_map_links_each_exit_to_its_map_run_succeeded() {
      // GIVEN
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());

      // WHEN
      Execution run = runs.run(loop(""), "{'again':true,'xs':[1]}");

      // THEN
      assertThat(exitedLinks(run)).containsExactly("MapRunSucceeded", "MapRunSucceeded");
    }

    @Test
    void a_later_map_links_each_exit_to_its_map_run_started() {
      // GIVEN (recorded for a loop through a Map after a Pass)
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());

      // WHEN
      Execution run = runs.run(loop("B"), "{'again':true,'xs':[1]}");

      // THEN
      assertThat(exitedLinks(run)).containsExactly("MapRunStarted", "MapRunStarted");
      List<HistoryEvent> history = run.history();
      List<Long> runStarted = history.stream().filter(e -> e.typeAsString().equals("MapRunStarted"))
          .map(HistoryEvent::id).toList();
      assertThat(history.stream().filter(e -> e.typeAsString().equals("MapStateExited"))
          .map(HistoryEvent::previousEventId).toList()).isEqualTo(runStarted);
    }
  }

  @Nested
  class Item_reader {
    @Test
    void a_csv_object_crossing_the_tolerated_percentage_fails_the_map_run() {
      // GIVEN 4 rows, 2 of them bad: 50 % failures against 25 % tolerated
      runs.fake.s3().putObject("in", "rows.csv", "id,ok\n1,yes\n2,no\n3,yes\n4,no\n");
      runs.fake.mockTask("Work").thenAnswer(call -> {
        if (call.input().get("ok").asText().equals("no")) {
          throw new TaskFailure("Row.Bad", call.input().get("id").asText());
        }
        return call.input();
      });
      // WHEN
      Execution run = map("'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','Parameters':{'Bucket':'in',"
          + "'Key':'rows.csv'},'ReaderConfig':{'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW'}},"
          + "'ToleratedFailurePercentage':25,'MaxConcurrency':1,", "{}");
      // THEN
      assertThat(run.describe().error()).isEqualTo("States.ExceedToleratedFailureThreshold");
      assertThat(run.history().get(2).mapStateStartedEventDetails().length()).isZero();
    }

    @Test
    void csv_rows_become_objects_of_strings_with_missing_fields_empty() {
      runs.fake.s3().putObject("in", "rows.csv", "a,b\n1\n2,3,4\n");
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());
      Execution run = map("'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','Parameters':{'Bucket':'in',"
          + "'Key':'rows.csv'},'ReaderConfig':{'InputType':'CSV','CSVHeaderLocation':'FIRST_ROW'}},", "{}");
      assertThat(run.output()).isEqualTo(json("[{'a':'1','b':''},{'a':'2','b':'3'}]"));
    }

    @Test
    void a_json_object_that_is_not_an_array_fails_the_reader() {
      runs.fake.s3().putObject("in", "x.json", "{\"Hello\": \"world\"}");
      Execution run = map("'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','Parameters':{'Bucket':'in',"
          + "'Key':'x.json'},'ReaderConfig':{'InputType':'JSON'}},", "{}");
      assertThat(run.describe().error()).isEqualTo("States.ItemReaderFailed");
      assertThat(run.describe().cause()).isEqualTo("Attempting to map over non-iterable node.");
    }

    @Test
    void max_items_limits_the_items_read() {
      runs.fake.s3().putObject("in", "x.json", "[1,2,3,4]");
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());
      Execution run = map("'ItemReader':{'Resource':'arn:aws:states:::s3:getObject','Parameters':{'Bucket':'in',"
          + "'Key':'x.json'},'ReaderConfig':{'InputType':'JSON','MaxItems':2}},", "{}");
      assertThat(run.output()).isEqualTo(json("[1,2]"));
    }
  }

  @Nested
  class Batches_and_result_writer {
    @Test
    void the_item_batcher_groups_items_with_the_batch_input() {
      runs.fake.mockTask("Work").thenAnswer(call -> Json.NODES.numberNode(call.input().get("Items").size()));
      Execution run = map("'ItemBatcher':{'MaxItemsPerBatch':2,'BatchInput':{'tag':'t'}},", "[1,2,3,4,5]");
      assertThat(run.output()).isEqualTo(json("[2,2,1]"));
    }

    @Test
    void the_result_writer_stores_a_manifest_and_the_results() {
      runs.fake.mockTask("Work").thenAnswer(call -> call.input());
      Execution run = map("'ResultWriter':{'Resource':'arn:aws:states:::s3:putObject','Parameters':{'Bucket':'out',"
          + "'Prefix':'runs'}},", "[1,2]");
      JsonNode details = run.output().get("ResultWriterDetails");
      assertThat(details.get("Bucket").asText()).isEqualTo("out");
      String manifest = runs.fake.s3().getObject("out", details.get("Key").asText()).orElseThrow();
      JsonNode files = Json.parseUnchecked(manifest).get("ResultFiles");
      String succeededKey = files.get("SUCCEEDED").get(0).get("Key").asText();
      JsonNode succeeded = Json.parseUnchecked(runs.fake.s3().getObject("out", succeededKey).orElseThrow());
      assertThat(succeeded).hasSize(2);
      assertThat(succeeded.get(0).get("Output").asText()).isEqualTo("1");
    }
  }
}
