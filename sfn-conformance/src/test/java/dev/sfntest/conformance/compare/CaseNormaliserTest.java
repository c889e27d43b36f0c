package dev.sfntest.conformance.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.internal.shared.compare.Normaliser;
import dev.sfntest.internal.shared.compare.TextRewriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseNormaliserTest {

  private static ConformanceCase caseWith(String transformers, String normalisation) {
    return CaseParser.parse(Jsons.parse("{\"id\": \"t\", \"definition\": {}, \"input_string\": \"{}\","
        + " \"expected\": {\"status\": \"SUCCEEDED\"}, \"snapshot_transformers\": " + transformers + ","
        + " \"normalisation\": " + normalisation + ", \"provenance\": {\"snapshot_rules\": [\"basic\", \"stepfunctions_api\"]}}"), "t.json");
  }

  private static TextRewriter names() {
    Map<String, String> back = new LinkedHashMap<>();
    back.put("arn:aws:iam::123456789012:role/sfntest-role", "snf_role_arn");
    back.put("sfntest-machine-1", "<ArnPart_0idx>");
    back.put("123456789012", "111111111111");
    back.put("us-east-1", "<region>");
    back.put("arn:aws:", "arn:<partition>:");
    return TextRewriter.literals(back);
  }

  @Nested
  class normalise {

    @Test
    void maps_names_back_then_parses_json_text_then_applies_the_generic_rules() {
      // GIVEN a history as the fake returns it
      ObjectNode history = (ObjectNode) Jsons.parse("{\"events\": [{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\","
          + " \"executionStartedEventDetails\": {\"roleArn\": \"arn:aws:iam::123456789012:role/sfntest-role\","
          + " \"input\": \"{\\\"arn\\\":\\\"arn:aws:states:us-east-1:123456789012:stateMachine:sfntest-machine-1\\\","
          + "\\\"at\\\":\\\"2024-01-01T00:00:00Z\\\",\\\"TimestampValue\\\":\\\"x\\\"}\"}}]}");
      Normaliser normaliser = CaseNormaliser.forCase(caseWith("[]", "[]"), names());
      // WHEN
      ObjectNode normalised = normaliser.normalise(history);
      // THEN
      assertThat(normalised.get("events").get(0).get("executionStartedEventDetails")).isEqualTo(Jsons.parse(
          "{\"roleArn\": \"snf_role_arn\", \"input\": {\"arn\": \"arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>\","
              + " \"at\": \"date\", \"TimestampValue\": \"timestamp\"}}"));
    }

    @Test
    void applies_the_cases_pattern_and_path_rules() {
      // GIVEN
      String rules = "[{\"kind\": \"text\", \"regex\": \"Request ID: [\\\\w\\\\-]+\", \"replacement\": \"Request ID: <request_id>\"},"
          + " {\"kind\": \"jsonpath\", \"path\": \"$..FunctionResult\", \"replacement\": \"RandomNumberGenerated\"}]";
      ObjectNode result = (ObjectNode) Jsons.parse(
          "{\"cause\": \"failed (Request ID: 12-ab)\", \"output\": \"{\\\"FunctionResult\\\": 0.5}\"}");
      // WHEN
      ObjectNode normalised = CaseNormaliser.forCase(caseWith(rules, "[]"), names()).normalise(result);
      // THEN
      assertThat(normalised).isEqualTo(Jsons.parse(
          "{\"cause\": \"failed (Request ID: <request_id>)\", \"output\": {\"FunctionResult\": \"RandomNumberGenerated\"}}"));
    }

    @Test
    void rewrites_json_input_in_causes_with_the_step_functions_rules() {
      // GIVEN
      ObjectNode result = Jsons.object();
      result.put("cause", "could not be found in the input '{\"a\":1}'");
      // WHEN
      ObjectNode normalised = CaseNormaliser.forCase(caseWith("[]", "[]"), names()).normalise(result);
      // THEN
      assertThat(normalised.get("cause").asText()).isEqualTo("could not be found in the input '<json-input:1>'");
    }

    @Test
    void sorts_parallel_branches_only_when_the_recording_was_sorted() {
      // GIVEN
      String events = "{\"events\": [{\"id\": 1, \"type\": \"ParallelStateStarted\"}, {\"id\": 2, \"type\": \"PassStateEntered\"},"
          + " {\"id\": 3, \"type\": \"ParallelStateExited\"}]}";
      // WHEN
      ObjectNode sorted = CaseNormaliser.forCase(caseWith("[]", "[\"parallel_branch_events_sorted\"]"), names())
          .normalise((ObjectNode) Jsons.parse(events));
      ObjectNode unsorted = CaseNormaliser.forCase(caseWith("[]", "[]"), names()).normalise((ObjectNode) Jsons.parse(events));
      // THEN
      assertThat(sorted.get("events").get(1).get("id").isArray()).isTrue();
      assertThat(unsorted.get("events").get(1).get("id").asInt()).isEqualTo(2);
    }
  }
}
