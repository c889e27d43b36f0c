package dev.sfntest.examples.activity;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.examples.activity.PackingWorker.Outcome;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * An activity worked by a real worker thread that polls GetActivityTask and sends heartbeats. Time
 * is virtual: "packing an item takes 50 seconds" is the worker moving the fake's clock, so a
 * minute-long heartbeat timeout is tested in milliseconds. The test waits for the worker with a
 * timeout, never by sleeping.
 */
@SfnTest
class PackingWorkerTest {

  @Deploy("workflows/fulfilment.asl.json")
  StateMachine fulfilment;

  String activityArn;
  final ExecutorService workerThread = Executors.newSingleThreadExecutor();

  @BeforeEach
  void create_the_activity(SfnClient client) {
    activityArn = client.createActivity(b -> b.name("pack-order")).activityArn();
  }

  @AfterEach
  void stop_the_worker() {
    workerThread.shutdownNow();
  }

  // tag::activity-heartbeats[]
  @Test
  void heartbeats_keep_a_slow_worker_alive(SfnClient client, SfnTestContext sfn) throws Exception {
    // GIVEN: a worker that takes 50 s per item and beats after each, against HeartbeatSeconds 60
    PackingWorker worker = new PackingWorker(client, activityArn,
        item -> sfn.clock().advance(Duration.ofSeconds(50)));
    Future<Outcome> outcome = workerThread.submit(worker::runOnce);   // polls until a task comes
    // WHEN
    Execution run = fulfilment.start("{\"orderId\": \"42\", \"items\": [\"book\", \"lamp\", \"mug\"]}");
    // THEN
    assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.PACKED);
    assertThat(run).hasSucceeded()
        .hasOutput("{\"orderId\": \"42\", \"parcelId\": \"p-42\", \"status\": \"SHIPPED\"}")
        .tookVirtualTime(Duration.ofSeconds(150));
    assertThat(run).history().containsEventTypesInOrder("ActivityScheduled", "ActivityStarted", "ActivitySucceeded");
  }
  // end::activity-heartbeats[]

  @Test
  void a_worker_stuck_on_an_item_loses_the_task(SfnClient client, SfnTestContext sfn) throws Exception {
    // GIVEN: the second item takes 61 seconds, and no heartbeat comes in that time
    PackingWorker worker = new PackingWorker(client, activityArn,
        item -> sfn.clock().advance(Duration.ofSeconds(item.equals("lamp") ? 61 : 10)));
    Future<Outcome> outcome = workerThread.submit(worker::runOnce);
    // WHEN
    Execution run = fulfilment.start("{\"orderId\": \"42\", \"items\": [\"book\", \"lamp\", \"mug\"]}");
    // THEN: Step Functions gave up on the worker, which hears so at its next heartbeat
    assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.TASK_LOST);
    assertThat(run).hasSucceeded().hasVisitedStates("Requeue").hasNotVisited("Ship")
        .hasOutputAt("$.reason").isText("States.HeartbeatTimeout");
    assertThat(run).state("Pack").hadHeartbeatTimeout();
    // 10 s for the book, then 60 s after that heartbeat the task timed out
    assertThat(run).tookVirtualTime(Duration.ofSeconds(70));
  }

  // tag::activity-silent[]
  @Test
  void a_silent_worker_times_out_and_the_order_is_requeued(SfnClient client, SfnTestContext sfn) throws Exception {
    // GIVEN: a worker that takes the task and then says nothing
    CountDownLatch taken = new CountDownLatch(1);
    workerThread.submit(() -> {
      client.getActivityTask(b -> b.activityArn(activityArn).workerName("packer-2"));
      taken.countDown();
    });
    Execution run = fulfilment.start("{\"orderId\": \"43\", \"items\": [\"book\"]}");
    assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(run).isWaitingAt("Pack");   // the clock stands still while the task is out
    // WHEN: a minute passes without a heartbeat
    sfn.clock().advance(Duration.ofSeconds(61));
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStates("Pack", "Requeue");
    assertThat(run).state("Pack").hadHeartbeatTimeout();
  }
  // end::activity-silent[]
}
