package dev.sfntest.conformance.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.execute.Observation;
import dev.sfntest.internal.shared.compare.Difference;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.internal.shared.compare.TextRewriter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseComparatorTest {

  private static final String HISTORY = "[{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\"},"
      + " {\"id\": 2, \"previousEventId\": 1, \"type\": \"ExecutionSucceeded\","
      + " \"executionSucceededEventDetails\": {\"output\": {\"a\": 1}, \"outputDetails\": {\"truncated\": false}}}]";

  private static ConformanceCase caseExpecting(String expected) {
    return CaseParser.parse(Jsons.parse("{\"id\": \"t\", \"definition\": {}, \"input_string\": \"{}\", \"expected\": "
        + expected + "}"), "t.json");
  }

  private static Observation observed(String status, String output, String history) {
    ObjectNode result = Jsons.object();
    result.put("status", status);
    result.put("output", output);
    result.putNull("error");
    result.putNull("cause");
    ObjectNode events = history == null ? null : Jsons.object();
    if (events != null) {
      events.set("events", Jsons.parse(history));
    }
    return new Observation("arn:aws:states:us-east-1:123456789012:execution:m:e", result, events, null);
  }

  private static Difference compare(ConformanceCase c, Observation observation) {
    return CaseComparator.compare(c, observation, CaseNormaliser.forCase(c, TextRewriter.identity()));
  }

  @Nested
  class compare {

    @Test
    void passes_a_matching_history_and_result() {
      // GIVEN
      ConformanceCase c = caseExpecting("{\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1}, \"history\": " + HISTORY + "}");
      String actualHistory = HISTORY.replace("{\"a\": 1}", "\"{\\\"a\\\":1}\"");
      // WHEN / THEN
      assertThat(compare(c, observed("SUCCEEDED", "{\"a\":1}", actualHistory))).isNull();
    }

    @Test
    void a_value_the_test_masked_by_its_own_text_matches_any_value_bound_consistently() {
      // GIVEN: the recorded test replaced the UUID it read by "generated-uuid"
      ConformanceCase c = CaseParser.parse(Jsons.parse("{\"id\": \"t\", \"definition\": {}, \"input_string\": \"{}\","
          + " \"snapshot_transformers\": [{\"kind\": \"text\", \"replacement\": \"generated-uuid\","
          + " \"stands_for\": \"value returned by a test fixture or AWS call\", \"priority\": 0}],"
          + " \"expected\": {\"status\": \"SUCCEEDED\", \"output\": {\"a\": \"generated-uuid\", \"b\": \"generated-uuid\"}}}"),
          "t.json");
      // WHEN / THEN
      assertThat(compare(c, observed("SUCCEEDED", "{\"a\":\"1f0c\",\"b\":\"1f0c\"}", null))).isNull();
      assertThat(compare(c, observed("SUCCEEDED", "{\"a\":\"1f0c\",\"b\":\"9a9a\"}", null))).isNotNull();
    }

    @Test
    void compares_the_history_before_the_result() {
      // GIVEN
      ConformanceCase c = caseExpecting("{\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1}, \"history\": " + HISTORY + "}");
      String actualHistory = HISTORY.replace("{\"a\": 1}", "\"{\\\"a\\\":2}\"");
      // WHEN
      Difference difference = compare(c, observed("FAILED", null, actualHistory));
      // THEN
      assertThat(difference.describe())
          .isEqualTo("event 2 (id 2, ExecutionSucceeded) executionSucceededEventDetails.output.a: expected 1, actual 2");
    }

    @Test
    void compares_status_output_error_and_cause_of_an_outcome_only_case() {
      // GIVEN
      ConformanceCase c = caseExpecting("{\"status\": \"SUCCEEDED\", \"output\": \"[1, 2]\", \"outputOnly\": true}");
      // WHEN / THEN
      assertThat(compare(c, observed("SUCCEEDED", "[1,2]", null))).isNull();
      assertThat(compare(c, observed("SUCCEEDED", "[2,1]", null)).describe())
          .isEqualTo("DescribeExecution output[0]: expected 1, actual 2");
      assertThat(compare(c, observed("FAILED", null, null)).describe())
          .isEqualTo("DescribeExecution status: expected \"SUCCEEDED\", actual \"FAILED\"");
    }

    @Test
    void reports_a_missing_history() {
      // GIVEN
      ConformanceCase c = caseExpecting("{\"status\": \"SUCCEEDED\", \"history\": " + HISTORY + "}");
      // WHEN
      Difference difference = compare(c, observed("SUCCEEDED", "{}", null));
      // THEN
      assertThat(difference.describe()).isEqualTo("GetExecutionHistory: the target returned no history; AWS recorded 2 events");
    }

    @Test
    void compares_the_express_log_end_event_with_the_last_event() {
      // GIVEN
      ConformanceCase c = caseExpecting("{\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1}, \"outputOnly\": true,"
          + " \"expressLogEndEvent\": {\"details\": {\"output\": {\"a\": 1}, \"outputDetails\": {\"truncated\": false}},"
          + " \"event_timestamp\": \"timestamp\", \"execution_arn\": \"arn:aws:states:us-east-1:123456789012:execution:m:e\","
          + " \"id\": \"3\", \"previous_event_id\": \"1\", \"redrive_count\": \"0\", \"type\": \"ExecutionSucceeded\"}}");
      String actualHistory = HISTORY.replace("{\"a\": 1}", "\"{\\\"a\\\":1}\"");
      // WHEN
      Difference difference = compare(c, observed("SUCCEEDED", "{\"a\":1}", actualHistory));
      // THEN
      assertThat(difference.describe()).isEqualTo("express log end event id: expected \"3\", actual \"2\"");
    }
  }
}
