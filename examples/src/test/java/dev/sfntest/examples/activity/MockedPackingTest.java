package dev.sfntest.examples.activity;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The same activity without a worker thread: a mock plays the worker. It takes virtual time, sends
 * heartbeats while it works, or says nothing at all, which is all a test of the workflow's timeouts
 * needs. {@link PackingWorkerTest} tests the worker itself.
 */
@SfnTest
class MockedPackingTest {

  @Deploy("workflows/fulfilment.asl.json")
  StateMachine fulfilment;

  @BeforeEach
  void create_the_activity(SfnClient client) {
    client.createActivity(b -> b.name("pack-order"));
  }

  // tag::mock-takes-time[]
  @Test
  void a_mocked_worker_takes_five_minutes_and_beats_every_thirty_seconds(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Pack").thenReturn("{\"parcelId\": \"p-42\"}")
        .takes(Duration.ofMinutes(5))
        .heartbeatsEvery(Duration.ofSeconds(30))   // inside HeartbeatSeconds: 60
        .byWorker("robot-7");                      // the workerName ActivityStarted records
    // WHEN
    Execution run = fulfilment.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStates("Ship").tookVirtualTime(Duration.ofMinutes(5));
  }

  @Test
  void a_silent_worker_misses_its_heartbeat(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("Pack").staysSilent();
    // WHEN: nothing waits on the test, so the clock skips to the heartbeat timeout
    Execution run = fulfilment.start("{\"orderId\": \"42\", \"items\": [\"book\"]}");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStates("Requeue").tookVirtualTime(Duration.ofSeconds(60));
    assertThat(run).state("Pack").hadHeartbeatTimeout();
  }
  // end::mock-takes-time[]
}
