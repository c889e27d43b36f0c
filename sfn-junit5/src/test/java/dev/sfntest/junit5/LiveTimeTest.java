package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.local.SfnServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.sfn.SfnClient;

/** The live time limit (liveTimeout) and what live mode does with a Wait it cannot wait out. */
class LiveTimeTest {

  static final String WAIT_A_DAY = "{\"StartAt\":\"WaitADay\",\"States\":{\"WaitADay\":{\"Type\":\"Wait\","
      + "\"Seconds\":86400,\"End\":true}}}";
  static final String PACK = "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\",\"Resource\":\"ACTIVITY\","
      + "\"End\":true}}}";

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class DeploysADayLongWait {
    @Deploy("workflows/wait-a-day.asl.json")
    StateMachine waits;

    @Test
    void ends(TestReporter reporter) {
      reporter.publishEntry("status", waits.start("{}").await().status().toString());
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class DeploysADayLongWaitAndLeaves {
    @Deploy("workflows/wait-a-day.asl.json")
    StateMachine waits;

    @Test
    void starts() {
      waits.start("{}");
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE, liveTimeout = "20s")
  static class WaitsOnAWaitItCannotWaitOut {
    @Test
    void waits(SfnClient client, UniqueNames names, TestReporter reporter) {
      StateMachine machine = StateMachine.of(client, client.createStateMachine(b -> b.name(names.name("day"))
          .definition(WAIT_A_DAY).roleArn(FakeSfn.ROLE_ARN)).stateMachineArn());
      Execution run = machine.start("{}");
      reporter.publishEntry("timeout", run.timeout().toString());
      Instant start = Instant.now();
      try {
        run.await();
      } finally {
        reporter.publishEntry("waited", Duration.between(start, Instant.now()).toString());
      }
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE, liveTimeout = "1s")
  static class WaitsOnAWorkerThatNeverComes {
    @Test
    void waits(SfnClient client, UniqueNames names) {
      String activity = client.createActivity(b -> b.name(names.name("pack"))).activityArn();
      StateMachine machine = StateMachine.of(client, client.createStateMachine(b -> b.name(names.name("pack"))
          .definition(PACK.replace("ACTIVITY", activity)).roleArn(FakeSfn.ROLE_ARN)).stateMachineArn());
      machine.start("run-1", "{}").await();
    }
  }

  static Map<String, String> endpoint(SfnServer server) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("sfntest.endpoint", server.endpoint().toString());
    parameters.put("sfntest.credentials", "dummy");
    return parameters;
  }

  @Nested
  class a_test_that_deploys_a_wait_longer_than_the_limit {
    @Test
    void is_skipped_on_a_wall_clock_endpoint() {
      try (FakeSfn account = FakeSfn.builder().timeSkipping(false).build();
           SfnServer server = SfnServer.builder(account.client()).port(0).clock(false, 1.0).start()) {
        // WHEN
        EngineExecutionResults results = Fixtures.run(DeploysADayLongWait.class, endpoint(server));
        // THEN
        assertThat(Fixtures.skips(results)).containsOnly(Map.entry("ends", "Needs virtual time: the Wait state "
            + "'WaitADay' of workflows/wait-a-day.asl.json waits 86400 s, longer than the live time limit of 60 s "
            + "(liveTimeout), and the endpoint runs on the wall clock. Run it against an endpoint on virtual time "
            + "(sfn-local serve --virtual-time), or raise liveTimeout."));
        assertThat(account.client().listStateMachines().stateMachines()).isEmpty();
      }
    }

    @Test
    void is_skipped_when_the_endpoint_says_nothing_of_its_clock() {
      try (FakeSfn account = FakeSfn.builder().timeSkipping(false).build();
           SfnServer server = SfnServer.builder(account.client()).port(0).start()) {
        // WHEN
        EngineExecutionResults results = Fixtures.run(DeploysADayLongWait.class, endpoint(server));
        // THEN
        assertThat(Fixtures.skips(results).get("ends")).startsWith("Needs virtual time");
      }
    }

    @Test
    void runs_when_the_endpoint_says_it_runs_on_virtual_time() {
      try (FakeSfn account = FakeSfn.create();
           SfnServer server = SfnServer.builder(account.client()).port(0).clock(true, 0).start()) {
        // WHEN
        EngineExecutionResults results = Fixtures.run(DeploysADayLongWait.class, endpoint(server));
        // THEN
        assertThat(Fixtures.failures(results)).isEmpty();
        assertThat(Fixtures.reported(results, "status").get("ends")).isEqualTo("SUCCEEDED");
      }
    }

    @Test
    void runs_when_the_limit_allows_the_wait_on_a_scaled_clock() {
      try (FakeSfn account = FakeSfn.builder().timeSkipping(false).build();
           SfnServer server = SfnServer.builder(account.client()).port(0).clock(false, 0.0001).start()) {
        // WHEN: 86400 s scaled by 0.0001 is under 9 s of real time
        EngineExecutionResults results = Fixtures.run(DeploysADayLongWaitAndLeaves.class, endpoint(server));
        // THEN
        assertThat(Fixtures.skips(results)).isEmpty();
        assertThat(Fixtures.passed(results)).containsExactly("starts");
      }
    }
  }

  @Nested
  class a_wait_for_an_execution {
    @Test
    void fails_at_once_naming_the_wait_state_it_cannot_wait_out() {
      try (FakeSfn account = FakeSfn.builder().timeSkipping(false).build();
           SfnServer server = SfnServer.builder(account.client()).port(0).clock(false, 1.0).start()) {
        // WHEN
        EngineExecutionResults results = Fixtures.run(WaitsOnAWaitItCannotWaitOut.class, endpoint(server));
        // THEN: it did not poll for the 20 s of its limit
        assertThat(Fixtures.reported(results, "timeout").get("waits")).isEqualTo("PT20S");
        assertThat(Duration.parse(Fixtures.reported(results, "waited").get("waits"))).isLessThan(Duration.ofSeconds(20));
        assertThat(Fixtures.failures(results).get("waits")).isInstanceOf(IllegalStateException.class)
            .message().matches("Execution '[^']+' waits in the Wait state 'WaitADay' until \\S+Z, 86400 s of real "
                + "time on an endpoint that runs on the wall clock: longer than the 20 s this handle waits "
                + "\\(liveTimeout in live mode\\), so it cannot end in time\\. Run it against an endpoint on "
                + "virtual time \\(sfn-local serve --virtual-time\\), or wait longer: withTimeout\\(\\.\\.\\.\\), "
                + "or @SfnTest\\(liveTimeout = \\.\\.\\.\\)\\.");
        assertThat(account.client().listStateMachines().stateMachines()).isEmpty();
      }
    }

    @Test
    void that_times_out_names_the_state_the_execution_is_in() {
      try (FakeSfn account = FakeSfn.builder().timeSkipping(false).build();
           SfnServer server = SfnServer.builder(account.client()).port(0).start()) {
        // WHEN
        EngineExecutionResults results = Fixtures.run(WaitsOnAWorkerThatNeverComes.class, endpoint(server));
        // THEN
        assertThat(Fixtures.failures(results).get("waits")).hasMessage("Execution 'run-1' is still RUNNING after "
            + "1 s, in state 'Pack' (its last event: ActivityScheduled).");
        assertThat(account.client().listStateMachines().stateMachines()).isEmpty();
        assertThat(account.client().listActivities().activities()).isEmpty();
      }
    }
  }
}
