package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;

/**
 * Executions end (a worker's success or failure, a stop) while other threads describe and list
 * them, filtered by status: every answer must be of one moment. A RUNNING execution has no output
 * and no stop date, a SUCCEEDED one has both, a failed or stopped one its error; a listing
 * filtered by a status holds only executions of that status. Bounded in count (8,000 executions)
 * and in time (a minute at most; seconds on a quiet machine).
 */
class ConsistentAnswersStressTest {

  private static final String GATE = "arn:aws:states:us-east-1:123456789012:activity:gate";
  private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:gated";
  private static final int EXECUTIONS = 8_000;
  private static final List<String> FILTERS = List.of("RUNNING", "SUCCEEDED", "FAILED", "ABORTED");

  private final ConcurrentLinkedQueue<String> inconsistencies = new ConcurrentLinkedQueue<>();
  private final AtomicInteger answersChecked = new AtomicInteger();

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void describe_and_list_answer_from_one_moment_while_executions_end() throws Exception {
    try (FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(50)).build()) {
      // GIVEN
      SfnClient client = fake.client();
      client.createActivity(b -> b.name("gate"));
      client.createStateMachine(b -> b.name("gated").roleArn(FakeSfn.ROLE_ARN).definition(
          "{\"StartAt\":\"Gate\",\"States\":{\"Gate\":{\"Type\":\"Task\",\"Resource\":\"" + GATE + "\","
              + "\"ResultPath\":\"$.answer\",\"End\":true}}}"));
      List<String> started = new CopyOnWriteArrayList<>();
      BlockingQueue<String> toStop = new LinkedBlockingQueue<>();
      AtomicBoolean done = new AtomicBoolean();
      Semaphore endings = new Semaphore(0);
      ExecutorService threads = Executors.newFixedThreadPool(7);
      List<Future<?>> running = new ArrayList<>();

      for (int i = 0; i < EXECUTIONS; i++) {
        String arn = client.startExecution(b -> b.stateMachineArn(MACHINE).input("{}")).executionArn();
        started.add(arn);
        if (i % 3 == 2) {
          toStop.add(arn);
        }
      }

      // WHEN two workers answer and one thread stops, while two read: a page of a thousand running
      // executions takes a while to build, and the enders do not wait for it
      for (int w = 0; w < 2; w++) {
        int worker = w;
        running.add(threads.submit(() -> {
          int answered = 0;
          while (!done.get()) {
            GetActivityTaskResponse task = client.getActivityTask(b -> b.activityArn(GATE).workerName("w" + worker));
            if (task.taskToken() == null) {
              continue;
            }
            try {
              if (answered++ % 2 == 0) {
                client.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"ok\":true}"));
              } else {
                client.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Gate.Closed").cause("no"));
              }
              endings.release();
            } catch (software.amazon.awssdk.services.sfn.model.TaskTimedOutException stoppedMeanwhile) {
              // the stopper was quicker: the task is gone, as on AWS
            }
          }
          return null;
        }));
      }
      running.add(threads.submit(() -> {
        while (!done.get()) {
          String arn = toStop.poll(20, TimeUnit.MILLISECONDS);
          if (arn != null) {
            client.stopExecution(b -> b.executionArn(arn).error("Gate.Stopped"));
            endings.release();
          }
        }
        return null;
      }));
      for (int r = 0; r < 4; r++) {
        Random random = new Random(r);
        running.add(threads.submit(() -> {
          while (!done.get()) {
            if (!started.isEmpty()) {
              String arn = started.get(random.nextInt(started.size()));
              check(client.describeExecution(b -> b.executionArn(arn)));
            }
            String filter = FILTERS.get(random.nextInt(FILTERS.size()));
            ListExecutionsResponse page = client.listExecutions(b -> b.stateMachineArn(MACHINE)
                .statusFilter(filter).maxResults(1000));
            page.executions().forEach(item -> check(item, filter));
          }
          return null;
        }));
      }
      try {
        // until none runs: each look waits for the next ending (or 100 ms), never a fixed sleep
        while (!client.listExecutions(b -> b.stateMachineArn(MACHINE).statusFilter("RUNNING").maxResults(1))
            .executions().isEmpty()) {
          endings.tryAcquire(100, TimeUnit.MILLISECONDS);
        }
      } finally {
        done.set(true);
        for (Future<?> thread : running) {
          thread.get(10, TimeUnit.SECONDS);
        }
        threads.shutdownNow();
      }

      // THEN
      assertThat(answersChecked.get()).isPositive();
      assertThat(inconsistencies).isEmpty();
      for (String filter : FILTERS.subList(1, FILTERS.size())) {
        client.listExecutionsPaginator(b -> b.stateMachineArn(MACHINE).statusFilter(filter))
            .executions().forEach(item -> check(item, filter));
      }
      assertThat(inconsistencies).isEmpty();
    }
  }

  private void check(DescribeExecutionResponse execution) {
    answersChecked.incrementAndGet();
    String arn = execution.executionArn();
    ExecutionStatus status = execution.status();
    boolean ended = status != ExecutionStatus.RUNNING;
    if (ended != (execution.stopDate() != null)) {
      inconsistencies.add(arn + " is " + status + " with stop date " + execution.stopDate());
    }
    if ((status == ExecutionStatus.SUCCEEDED) != (execution.output() != null)) {
      inconsistencies.add(arn + " is " + status + " with output " + execution.output());
    }
    if ((status == ExecutionStatus.FAILED || status == ExecutionStatus.ABORTED) != (execution.error() != null)) {
      inconsistencies.add(arn + " is " + status + " with error " + execution.error());
    }
  }

  private void check(ExecutionListItem item, String filter) {
    answersChecked.incrementAndGet();
    if (!item.statusAsString().equals(filter)) {
      inconsistencies.add(item.executionArn() + " listed under " + filter + " as " + item.statusAsString());
    }
    if ((item.status() != ExecutionStatus.RUNNING) != (item.stopDate() != null)) {
      inconsistencies.add(item.executionArn() + " listed as " + item.status() + " with stop date " + item.stopDate());
    }
  }
}
