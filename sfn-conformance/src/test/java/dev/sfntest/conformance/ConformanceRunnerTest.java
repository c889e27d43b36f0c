package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import dev.sfntest.conformance.endpoint.FakeTarget;
import dev.sfntest.conformance.endpoint.Target;
import dev.sfntest.conformance.endpoint.TaskAnswers;
import dev.sfntest.internal.shared.compare.Jsons;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConformanceRunnerTest {

  private static final String PASS_DEFINITION =
      "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": {\"r\": 1}, \"ResultPath\": \"$.x\", \"End\": true}}}";

  /** What AWS recorded for PASS_DEFINITION started with {"a": 1}. */
  private static final String PASS_HISTORY = "["
      + "{\"executionStartedEventDetails\": {\"input\": {\"a\": 1}, \"inputDetails\": {\"truncated\": false}, \"roleArn\": \"snf_role_arn\"},"
      + " \"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\"},"
      + "{\"id\": 2, \"previousEventId\": 0, \"stateEnteredEventDetails\": {\"input\": {\"a\": 1}, \"inputDetails\": {\"truncated\": false},"
      + " \"name\": \"P\"}, \"type\": \"PassStateEntered\"},"
      + "{\"id\": 3, \"previousEventId\": 2, \"stateExitedEventDetails\": {\"name\": \"P\", \"output\": {\"a\": 1, \"x\": {\"r\": 1}},"
      + " \"outputDetails\": {\"truncated\": false}}, \"type\": \"PassStateExited\"},"
      + "{\"executionSucceededEventDetails\": {\"output\": {\"a\": 1, \"x\": {\"r\": 1}}, \"outputDetails\": {\"truncated\": false}},"
      + " \"id\": 4, \"previousEventId\": 3, \"type\": \"ExecutionSucceeded\"}]";

  private static ConformanceCase passCase(String history, String needs) {
    return CaseParser.parse(Jsons.parse("{\"id\": \"pass\", \"definition\": " + PASS_DEFINITION + ","
        + " \"input_string\": \"{\\\"a\\\": 1}\", \"needs\": " + needs + ", \"task_results_recorded\": null,"
        + " \"expected\": {\"status\": \"SUCCEEDED\", \"output\": {\"a\": 1, \"x\": {\"r\": 1}}, \"history\": " + history + "}}"),
        "pass.json");
  }

  @Nested
  class run {

    @Test
    void passes_a_case_the_fake_answers_as_aws_did() {
      // GIVEN
      ConformanceCase c = passCase(PASS_HISTORY, "[]");
      // WHEN
      CaseResult result = new ConformanceRunner(new FakeTarget()).run(c, 1);
      // THEN
      assertThat(result).isEqualTo(new CaseResult("pass", Tier.A, Outcome.PASS, null));
    }

    @Test
    void fails_a_case_with_its_first_difference() {
      // GIVEN a recording that says the state was called Q
      ConformanceCase c = passCase(PASS_HISTORY.replace("\"name\": \"P\"", "\"name\": \"Q\""), "[]");
      // WHEN
      CaseResult result = new ConformanceRunner(new FakeTarget()).run(c, 1);
      // THEN
      assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(result.difference()).isEqualTo(
          "event 2 (id 2, PassStateEntered) stateEnteredEventDetails.name: expected \"Q\", actual \"P\"");
    }

    @Test
    void skips_a_tier_d_case() {
      // GIVEN a case that calls a service with no recorded results
      ConformanceCase c = passCase(PASS_HISTORY, "[\"lambda\"]");
      // WHEN
      CaseResult result = new ConformanceRunner(new FakeTarget()).run(c, 1);
      // THEN
      assertThat(result).isEqualTo(new CaseResult("pass", Tier.D, Outcome.SKIPPED,
          "tier D: calls services whose results were not recorded (lambda)"));
    }

    @Test
    void reports_a_refused_definition_as_rejected() {
      // GIVEN
      ConformanceCase c = CaseParser.parse(Jsons.parse("{\"id\": \"bad\", \"definition\": {\"StartAt\": \"Nowhere\", \"States\": {}},"
          + " \"input_string\": \"{}\", \"expected\": {\"status\": \"SUCCEEDED\"}}"), "bad.json");
      // WHEN
      CaseResult result = new ConformanceRunner(new FakeTarget()).run(c, 1);
      // THEN
      assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(result.difference()).startsWith("CreateStateMachine refused: InvalidDefinition: ");
    }

    @Test
    void reports_what_the_target_threw_as_error() {
      // GIVEN a target that cannot open a session
      Target broken = new Target() {
        @Override
        public String region() {
          return "us-east-1";
        }

        @Override
        public String account() {
          return "123456789012";
        }

        @Override
        public Session open(TaskAnswers answers) {
          throw new IllegalStateException("no endpoint");
        }
      };
      // WHEN
      CaseResult result = new ConformanceRunner(broken).run(passCase(PASS_HISTORY, "[]"), 1);
      // THEN
      assertThat(result.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(result.difference()).startsWith("java.lang.IllegalStateException: no endpoint");
    }
  }
}
