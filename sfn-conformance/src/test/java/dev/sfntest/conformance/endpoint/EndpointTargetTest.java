package dev.sfntest.conformance.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.CaseResult;
import dev.sfntest.conformance.ConformanceRunner;
import dev.sfntest.conformance.Outcome;
import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Tier;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.local.LocalSettings;
import dev.sfntest.local.LocalSfn;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EndpointTargetTest {

  private static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": {\"r\": 1}, \"End\": true}}}";
  private static final String WAIT_THEN_PASS = "{\"StartAt\": \"W\", \"States\": {"
      + "\"W\": {\"Type\": \"Wait\", \"Seconds\": 60, \"Next\": \"P\"},"
      + " \"P\": {\"Type\": \"Pass\", \"Result\": {\"r\": 1}, \"End\": true}}}";

  private LocalSfn virtualTime;

  @BeforeEach
  void serve() {
    virtualTime = LocalSfn.start(LocalSettings.defaults().withPort(0).withVirtualTime(true));
  }

  @AfterEach
  void stop() {
    virtualTime.close();
  }

  /** A tier B case: AWS's status and output only. */
  private static ConformanceCase outputCase(String id, String definition, String type, String startApi,
      String expected, String actions) {
    return CaseParser.parse(Jsons.parse("{\"id\": \"" + id + "\", \"definition\": " + definition + ","
        + " \"input_string\": \"{}\", \"state_machine_type\": \"" + type + "\", \"start_api\": \"" + startApi + "\","
        + " \"expected\": " + expected + ", \"test_context\": {\"sfn_actions_on_execution\": " + actions + "}}"),
        id + ".json");
  }

  private static ConformanceCase standard(String id, String definition) {
    return outputCase(id, definition, "STANDARD", "StartExecution",
        "{\"status\": \"SUCCEEDED\", \"output\": {\"r\": 1}, \"outputOnly\": true}", "[]");
  }

  @Nested
  class run {

    @Test
    void passes_a_case_through_the_real_sdk_over_http() {
      // GIVEN
      ConformanceCase c = standard("pass", WAIT_THEN_PASS);
      // WHEN
      CaseResult result;
      try (EndpointTarget target = EndpointTarget.builder(virtualTime.endpoint()).build()) {
        result = new ConformanceRunner(target).run(c, 1);
      }
      // THEN
      assertThat(result).isEqualTo(new CaseResult("pass", Tier.B, Outcome.PASS, null));
    }

    @Test
    void runs_a_case_again_on_an_endpoint_that_kept_the_first_run() {
      // GIVEN a run that left its execution on the endpoint
      ConformanceCase c = standard("again", PASS);
      try (EndpointTarget first = EndpointTarget.builder(virtualTime.endpoint()).build()) {
        assertThat(new ConformanceRunner(first).run(c, 1).outcome()).isEqualTo(Outcome.PASS);
      }
      // WHEN the same case, with the same serial, runs again
      CaseResult again;
      try (EndpointTarget second = EndpointTarget.builder(virtualTime.endpoint()).build()) {
        again = new ConformanceRunner(second).run(c, 1);
      }
      // THEN its names differ from the first run's
      assertThat(again.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void waits_for_an_execution_the_endpoint_runs_on_its_own_time() {
      // GIVEN an endpoint on the wall clock, where the 60-second Wait takes 60 ms
      ConformanceCase c = standard("waits", WAIT_THEN_PASS);
      try (LocalSfn wallClock = LocalSfn.start(LocalSettings.defaults().withPort(0).withWaitTimeScale(0.001));
           EndpointTarget patient = EndpointTarget.builder(wallClock.endpoint()).build();
           EndpointTarget hasty = EndpointTarget.builder(wallClock.endpoint()).executionEndWait(Duration.ZERO).build()) {
        // WHEN
        CaseResult waited = new ConformanceRunner(patient).run(c, 1);
        CaseResult readAtOnce = new ConformanceRunner(hasty).run(c, 2);
        // THEN
        assertThat(waited.outcome()).isEqualTo(Outcome.PASS);
        assertThat(readAtOnce.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(readAtOnce.difference()).contains("RUNNING");
      }
    }

    @Test
    void stops_an_execution_on_the_stop_endpoint() {
      // GIVEN a test that stopped its execution in the Wait, and a stop endpoint on the wall clock
      ConformanceCase c = outputCase("stop", WAIT_THEN_PASS, "STANDARD", "StartExecution",
          "{\"status\": \"ABORTED\", \"output\": null, \"outputOnly\": true}", "[\"stop_execution\"]");
      try (LocalSfn wallClock = LocalSfn.start(LocalSettings.defaults().withPort(0));
           EndpointTarget target = EndpointTarget.builder(virtualTime.endpoint())
               .stopEndpoint(wallClock.endpoint()).build()) {
        // WHEN
        CaseResult result = new ConformanceRunner(target).run(c, 1);
        // THEN the Wait was still waiting when the stop came
        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
      }
    }

    @Test
    void runs_a_synchronous_express_execution_on_a_local_endpoint() {
      // GIVEN StartSyncExecution, whose host prefix would name the host sync-127.0.0.1
      ConformanceCase c = outputCase("sync", PASS, "EXPRESS", "StartSyncExecution",
          "{\"status\": \"SUCCEEDED\", \"output\": {\"r\": 1}, \"outputOnly\": true}", "[]");
      // WHEN
      CaseResult result;
      try (EndpointTarget target = EndpointTarget.builder(virtualTime.endpoint()).build()) {
        result = new ConformanceRunner(target).run(c, 1);
      }
      // THEN
      assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Nested
  class cannotRun {

    @Test
    void skips_an_express_execution_started_asynchronously() {
      // GIVEN
      ConformanceCase c = outputCase("express", PASS, "EXPRESS", "StartExecution",
          "{\"status\": \"SUCCEEDED\", \"output\": {\"r\": 1}, \"outputOnly\": true}", "[]");
      // WHEN
      CaseResult result;
      try (EndpointTarget target = EndpointTarget.builder(virtualTime.endpoint()).build()) {
        result = new ConformanceRunner(target).run(c, 1);
      }
      // THEN
      assertThat(result).isEqualTo(new CaseResult("express", Tier.B, Outcome.SKIPPED,
          "an Express execution started with StartExecution: AWS keeps no history of it and an endpoint shows its "
              + "log only in CloudWatch Logs, which the runner does not read"));
    }

    @Test
    void skips_a_tier_c_case() {
      // GIVEN a case whose task results were recorded
      ConformanceCase c = CaseParser.parse(Jsons.parse("{\"id\": \"task\", \"definition\": " + PASS + ","
          + " \"input_string\": \"{}\", \"needs\": [\"lambda\"], \"task_results_recorded\": true,"
          + " \"expected\": {\"status\": \"SUCCEEDED\", \"history\": []}}"), "task.json");
      // WHEN
      String reason;
      try (EndpointTarget target = EndpointTarget.builder(virtualTime.endpoint()).build()) {
        reason = target.cannotRun(c);
      }
      // THEN
      assertThat(Tier.of(c)).isEqualTo(Tier.C);
      assertThat(reason).isEqualTo(
          "tier C: its Task states answer what AWS recorded through the fake's task mocks, which an endpoint does not have");
    }
  }

  @Nested
  class isAws {

    @Test
    void only_for_amazonaws_hosts() {
      assertThat(EndpointTarget.isAws(URI.create("https://states.us-east-1.amazonaws.com"))).isTrue();
      assertThat(EndpointTarget.isAws(URI.create("https://states.cn-north-1.amazonaws.com.cn"))).isTrue();
      assertThat(EndpointTarget.isAws(URI.create("http://127.0.0.1:8083"))).isFalse();
      assertThat(EndpointTarget.isAws(URI.create("http://localhost:8083"))).isFalse();
      assertThat(EndpointTarget.isAws(URI.create("http://sfn-local:8083"))).isFalse();
    }
  }
}
