package dev.sfntest.conformance.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.internal.shared.compare.Jsons;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseParserTest {

  @Nested
  class parse {

    @Test
    void reads_the_fields_of_a_case_file() {
      // GIVEN
      String json = "{\"id\": \"v2/x\", \"definition\": {\"StartAt\": \"P\"}, \"input_string\": \"{\\\"a\\\": 1}\","
          + " \"state_machine_type\": \"EXPRESS\", \"start_api\": \"StartSyncExecution\","
          + " \"expected\": {\"status\": \"FAILED\", \"error\": \"E\", \"cause\": {\"c\": 1}, \"history\": null},"
          + " \"needs\": [\"lambda\"], \"task_results_recorded\": true, \"features\": [\"state:Task\"],"
          + " \"placeholders\": {\"<region>\": \"AWS region\"}, \"normalisation\": [\"parallel_branch_events_sorted\"],"
          + " \"snapshot_transformers\": [{\"kind\": \"jsonpath\", \"path\": \"$..a\", \"replacement\": \"r\", \"by_reference\": true, \"priority\": -1}],"
          + " \"task_result_events\": [{\"eventId\": 5, \"type\": \"TaskSucceeded\", \"detailsKey\": \"taskSucceededEventDetails\","
          + " \"resource\": \"arn\", \"scheduledEventId\": 3, \"state\": \"T\"}],"
          + " \"test_context\": {\"sfn_actions_on_execution\": [\"stop_execution\"]},"
          + " \"provenance\": {\"snapshot_rules\": [\"basic\", \"stepfunctions_api\"]}}";
      // WHEN
      ConformanceCase c = CaseParser.parse(Jsons.parse(json), "x.json");
      // THEN
      assertThat(c.id()).isEqualTo("v2/x");
      assertThat(c.inputString()).isEqualTo("{\"a\": 1}");
      assertThat(c.isExpress()).isTrue();
      assertThat(c.isSyncStart()).isTrue();
      assertThat(c.expected().cause()).isEqualTo(Jsons.parse("{\"c\": 1}"));
      assertThat(c.expected().history()).isNull();
      assertThat(c.taskResultsRecorded()).isTrue();
      assertThat(c.placeholders()).containsEntry("<region>", "AWS region");
      assertThat(c.parallelBranchEventsSorted()).isTrue();
      assertThat(c.transformers().get(0)).isEqualTo(
          new SnapshotTransformer("jsonpath", "r", null, null, "$..a", true, -1, null));
      assertThat(c.taskResultEvents().get(0)).isEqualTo(new TaskResultEvent(5, "TaskSucceeded", "taskSucceededEventDetails", "arn", 3L, "T"));
      assertThat(c.actionsOnExecution()).containsExactly("stop_execution");
      assertThat(c.usesStepFunctionsApiRules()).isTrue();
    }

    @Test
    void takes_a_missing_input_as_no_input() {
      // GIVEN
      String json = "{\"id\": \"x\", \"definition\": {}, \"input_string\": null, \"expected\": {}}";
      // WHEN / THEN
      assertThat(CaseParser.parse(Jsons.parse(json), "x.json").inputString()).isNull();
    }

    @Test
    void refuses_a_file_without_definition() {
      // WHEN / THEN
      assertThatThrownBy(() -> CaseParser.parse(Jsons.parse("{\"id\": \"x\", \"expected\": {}}"), "x.json"))
          .hasMessage("case file has no 'definition'");
    }
  }
}
