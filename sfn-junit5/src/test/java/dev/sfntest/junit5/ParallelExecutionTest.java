package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.VirtualClock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.sfn.SfnClient;

class ParallelExecutionTest {

  static final int TESTS = 4;

  @Fixture
  @SfnTest
  static class ConcurrentTests {
    /** Trips only when all the tests are running at once: proof that they ran in parallel. */
    static CyclicBarrier together;

    @BeforeAll
    static void setUp() {
      together = new CyclicBarrier(TESTS);
    }

    @RepeatedTest(TESTS)
    void each_sees_only_its_own_fake(SfnClient client, VirtualClock clock,
        @Deploy("workflows/hello.asl.json") StateMachine hello) throws Exception {
      together.await(30, TimeUnit.SECONDS);
      for (int i = 0; i < 20; i++) {
        Execution run = hello.start("n" + i, "{\"name\": \"n" + i + "\"}");
        assertThat(run.output().get("greeting").asText()).isEqualTo("Hello, n" + i + "!");
      }
      clock.advance(Duration.ofMinutes(1));
      assertThat(client.listStateMachines().stateMachines()).hasSize(1);
      assertThat(clock.now()).isEqualTo("2024-01-01T00:01:00Z");
    }
  }

  @Test
  void runs_tests_at_once_each_on_its_own_fake() {
    // WHEN
    EngineExecutionResults results = Fixtures.run(ConcurrentTests.class, Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(TESTS)));
    // THEN
    assertThat(Fixtures.failures(results)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(TESTS);
  }
}
