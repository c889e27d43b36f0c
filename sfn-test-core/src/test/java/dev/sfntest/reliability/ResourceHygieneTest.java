package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;

/**
 * What a fake leaves behind when it closes: nothing. Its long polls return, its threads end, and a
 * closed fake can be collected; ten thousand test-sized fakes later there are no more threads and
 * no more memory in use than before. Isolated: it counts every thread and byte of the JVM, which
 * other tests running meanwhile would change.
 */
@Isolated
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResourceHygieneTest {

  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":%d,"
      + "\"Next\":\"W\"},\"W\":{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}}";

  @Test
  void closing_wakes_every_long_poll_at_once() throws Exception {
    // GIVEN four workers blocked in GetActivityTask (AWS's 60-second poll) and four async polls
    FakeSfn fake = FakeSfn.create();
    String activity = fake.client().createActivity(b -> b.name("idle")).activityArn();
    List<Thread> workers = new ArrayList<>();
    List<AtomicReference<GetActivityTaskResponse>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      AtomicReference<GetActivityTaskResponse> answer = new AtomicReference<>();
      answers.add(answer);
      Thread worker = new Thread(() -> answer.set(fake.client().getActivityTask(b -> b.activityArn(activity))));
      worker.start();
      workers.add(worker);
    }
    List<CompletableFuture<GetActivityTaskResponse>> asyncPolls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      asyncPolls.add(fake.asyncClient().getActivityTask(b -> b.activityArn(activity)));
    }
    for (Thread worker : workers) {
      Waiting.until("the worker waits in its poll", Duration.ofSeconds(10), () -> Waiting.isWaiting(worker));
    }

    // WHEN
    long closing = System.nanoTime();
    fake.close();

    // THEN every poll answers no task, within seconds rather than the poll's 60
    for (Thread worker : workers) {
      worker.join(Duration.ofSeconds(5).toMillis());
      assertThat(worker.isAlive()).as("worker still polling").isFalse();
    }
    for (CompletableFuture<GetActivityTaskResponse> poll : asyncPolls) {
      assertThat(poll.get(5, TimeUnit.SECONDS).taskToken()).isNull();
    }
    assertThat(answers).allSatisfy(answer -> assertThat(answer.get().taskToken()).isNull());
    assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
    assertThat(fake.client().getActivityTask(b -> b.activityArn(activity)).taskToken())
        .as("a poll after closing").isNull();
  }

  @Test
  void closing_ends_every_thread_the_fake_started() throws Exception {
    // GIVEN a fake on real time (its clock thread) with async polls (its poll threads)
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    FakeSfn fake = FakeSfn.builder().realTime(1.0).build();
    String activity = fake.client().createActivity(b -> b.name("idle")).activityArn();
    List<CompletableFuture<GetActivityTaskResponse>> polls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      polls.add(fake.asyncClient().getActivityTask(b -> b.activityArn(activity)));
    }
    Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
    started.removeAll(before);
    assertThat(started).extracting(Thread::getName).contains("sfn-test-clock").hasSizeGreaterThanOrEqualTo(4);

    // WHEN
    fake.close();

    // THEN
    for (Thread thread : started) {
      thread.join(Duration.ofSeconds(5).toMillis());
      assertThat(thread.isAlive()).as("%s still alive after close", thread.getName()).isFalse();
    }
    assertThat(polls).allSatisfy(poll -> assertThat(poll.get(1, TimeUnit.SECONDS).taskToken()).isNull());
  }

  @Test
  void ten_thousand_fakes_later_no_thread_or_memory_is_left() throws Exception {
    // GIVEN
    int fakes = 10_000;
    lifeOfATestSizedFake(-1);   // loads every class first, so that the memory counted is the fakes'
    int threadsBefore = liveThreads();
    long heapBefore = heapAfterGc();
    List<WeakReference<FakeSfn>> sample = new ArrayList<>();

    // WHEN
    for (int i = 0; i < fakes; i++) {
      FakeSfn fake = lifeOfATestSizedFake(i);
      if (i % 100 == 0) {
        sample.add(new WeakReference<>(fake));
      }
    }

    // THEN
    Waiting.until("the fakes' threads end", Duration.ofSeconds(10), () -> liveThreads() <= threadsBefore);
    long grown = heapAfterGc() - heapBefore;
    assertThat(sample).allSatisfy(fake -> assertThat(fake.get()).as("a closed fake is collected").isNull());
    assertThat(grown).as("heap grown by %d KiB", grown / 1024).isLessThan(16L * 1024 * 1024);
  }

  /**
   * A fake as a test uses it: a machine, an execution, a look at it, then closed. One in fifty also
   * runs on real time and long-polls through the async client, the two things that start threads.
   */
  private static FakeSfn lifeOfATestSizedFake(int i) throws Exception {
    boolean threaded = i % 50 == 0;
    FakeSfn fake = threaded ? FakeSfn.builder().realTime(1.0).build() : FakeSfn.create();
    SfnClient client = fake.client();
    String machine = client.createStateMachine(b -> b.name("m").roleArn(FakeSfn.ROLE_ARN)
        .definition(String.format(PASS, i))).stateMachineArn();
    String execution = client.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    client.describeExecution(b -> b.executionArn(execution));
    CompletableFuture<GetActivityTaskResponse> poll = null;
    if (threaded) {
      String activity = client.createActivity(b -> b.name("a")).activityArn();
      poll = fake.asyncClient().getActivityTask(b -> b.activityArn(activity));
    }
    fake.close();
    if (poll != null) {
      poll.get(5, TimeUnit.SECONDS);
    }
    return fake;
  }

  private static int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** The heap in use after full collections, as close to the live data as the JVM tells. */
  private static long heapAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
