package dev.sfntest.reliability;

import static dev.sfntest.reliability.StressScenario.WORK_ACTIVITY;
import static dev.sfntest.reliability.StressScenario.machineArn;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.reliability.StressScenario.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/**
 * Eight threads on one fake: three start executions (one through the async client), one stops the
 * executions that wait on nobody, one describes, lists and reads histories while all this goes on,
 * two workers poll the activity and answer its tasks, and one moves the clock. Nothing sleeps:
 * threads wait on queues, latches and the fake's own long polls, each with a timeout.
 */
final class StressRun {

  static final int THREADS = 8;
  static final int STARTERS = 3;

  private final FakeSfn fake;
  private final SfnClient client;
  private final SfnAsyncClient async;
  private final int startsPerStarter;
  /** The kind of every execution started, by ARN. */
  final Map<String, Kind> started = new ConcurrentHashMap<>();
  private final List<String> startedList = new CopyOnWriteArrayList<>();
  final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
  final AtomicInteger reads = new AtomicInteger();
  final AtomicInteger advances = new AtomicInteger();
  private final BlockingQueue<String> toStop = new LinkedBlockingQueue<>();
  private final Semaphore ticks = new Semaphore(0);
  private final CountDownLatch startersDone = new CountDownLatch(STARTERS);
  private final CountDownLatch tasksTaken;
  private final AtomicBoolean stop = new AtomicBoolean();

  StressRun(FakeSfn fake, int startsPerStarter) {
    this.fake = fake;
    this.client = fake.client();
    this.async = fake.asyncClient();
    this.startsPerStarter = startsPerStarter;
    int workTasks = 0;
    for (int i = 0; i < startsPerStarter; i++) {
      workTasks += kindOf(i).isWork() ? STARTERS : 0;
    }
    this.tasksTaken = new CountDownLatch(workTasks);
  }

  /** The kind of a starter's i-th execution: every kind in turn. */
  static Kind kindOf(int i) {
    return Kind.values()[i % Kind.values().length];
  }

  /** Runs the eight threads to their end, or throws when they do not end within {@code limit}. */
  void run(Duration limit) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> running = new ArrayList<>();
    try {
      running.add(threads.submit(guarded(() -> starter("a", false))));
      running.add(threads.submit(guarded(() -> starter("b", false))));
      running.add(threads.submit(guarded(() -> starter("c", true))));
      running.add(threads.submit(guarded(this::stopper)));
      running.add(threads.submit(guarded(this::observer)));
      running.add(threads.submit(guarded(() -> worker("w1"))));
      running.add(threads.submit(guarded(() -> worker("w2"))));
      running.add(threads.submit(guarded(this::clockMover)));
      long deadline = System.nanoTime() + limit.toNanos();
      if (!startersDone.await(limit.toNanos(), TimeUnit.NANOSECONDS)
          || !tasksTaken.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
        throw new AssertionError("the starters or the workers did not finish within " + limit
            + " (tasks not taken: " + tasksTaken.getCount() + ")");
      }
      stop.set(true);
      for (Future<?> thread : running) {
        thread.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      stop.set(true);
      threads.shutdownNow();
      threads.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private Runnable guarded(Runnable body) {
    return () -> {
      try {
        body.run();
      } catch (Throwable e) {
        failures.add(e);
        stop.set(true);
        throw e;
      }
    };
  }

  private void starter(String name, boolean useAsync) {
    try {
      for (int i = 0; i < startsPerStarter && !stop.get(); i++) {
        Kind kind = kindOf(i);
        String executionName = name + "-" + i;
        String arn = useAsync
            ? async.startExecution(b -> b.stateMachineArn(machineArn(kind.machine)).name(executionName)
                .input(kind.input)).get(10, TimeUnit.SECONDS).executionArn()
            : client.startExecution(b -> b.stateMachineArn(machineArn(kind.machine)).name(executionName)
                .input(kind.input)).executionArn();
        started.put(arn, kind);
        startedList.add(arn);
        if (kind == Kind.HOLD) {
          toStop.add(arn);
        }
        if (i % 5 == 4) {
          ticks.release();
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      startersDone.countDown();
    }
  }

  /** Stops the held executions as they come, and once more every held one still running at the end. */
  private void stopper() {
    try {
      while (startersDone.getCount() > 0 && !stop.get()) {
        String arn = toStop.poll(100, TimeUnit.MILLISECONDS);
        if (arn != null) {
          StressScenario.stop(client, arn);
        }
      }
      for (ExecutionListItem item : client.listExecutionsPaginator(b -> b.stateMachineArn(machineArn("hold"))
          .statusFilter("RUNNING").maxResults(7)).executions()) {
        StressScenario.stop(client, item.executionArn());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads while the others write: every history read mid-run is already well formed. */
  private void observer() {
    Random random = new Random(7);
    while (!stop.get()) {
      if (startedList.isEmpty()) {
        awaitQuietly(startersDone, 10);
        continue;
      }
      String arn = startedList.get(random.nextInt(startedList.size()));
      client.describeExecution(b -> b.executionArn(arn));
      Histories.assertWellFormed(Histories.of(client, arn));
      client.getExecutionHistory(b -> b.executionArn(arn).reverseOrder(true).maxResults(3));
      if (reads.incrementAndGet() % 10 == 0) {
        client.listExecutionsPaginator(b -> b.stateMachineArn(machineArn("route")).maxResults(25))
            .executions().stream().count();
        client.describeStateMachineForExecution(b -> b.executionArn(arn));
        client.listActivities();
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch, long millis) {
    try {
      latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void worker(String name) {
    while (!stop.get()) {
      GetActivityTaskResponse task = client.getActivityTask(b -> b.activityArn(WORK_ACTIVITY).workerName(name));
      if (task.taskToken() == null) {
        continue;
      }
      StressScenario.answer(client, task.taskToken(), task.input());
      tasksTaken.countDown();
    }
  }

  /**
   * Moves the clock one to three seconds every fifth start: at most {@code 3 * 3 * starts / 5}
   * seconds in all, far less than the day an ignored task has, so no task times out before a worker
   * took it, however late the worker gets the lock.
   */
  private void clockMover() {
    Random random = new Random(11);
    Instant last = fake.clock().now();
    try {
      while (!stop.get()) {
        if (!ticks.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
        Instant now = fake.clock().advance(Duration.ofSeconds(1 + random.nextInt(3)));
        if (now.isBefore(last)) {
          throw new AssertionError("the clock went back from " + last + " to " + now);
        }
        last = now;
        fake.clock().nextTimer();
        advances.incrementAndGet();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Held executions the stopper may not have seen: none should be left, but the test says so. */
  List<String> heldStillRunning() {
    List<String> running = new ArrayList<>();
    client.listExecutionsPaginator(b -> b.stateMachineArn(machineArn("hold")).statusFilter("RUNNING"))
        .executions().forEach(e -> running.add(e.executionArn()));
    return running;
  }
}
