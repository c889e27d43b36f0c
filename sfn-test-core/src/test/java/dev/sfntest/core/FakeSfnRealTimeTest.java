package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

class FakeSfnRealTimeTest {

  private static final String WAIT_A_DAY = "{\"StartAt\":\"W\",\"States\":{"
      + "\"W\":{\"Type\":\"Wait\",\"Seconds\":86400,\"End\":true}}}";

  @Test
  void finishes_a_wait_in_scaled_real_time_with_nobody_calling_in() throws Exception {
    // GIVEN a day passes in under a tenth of a second
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    try (FakeSfn sfn = FakeSfn.builder().initialTime(start).realTime(1e-6).build()) {
      SfnClient client = sfn.client();
      String machine = client.createStateMachine(b -> b.name("wait").roleArn(FakeSfn.ROLE_ARN).definition(WAIT_A_DAY))
          .stateMachineArn();

      // WHEN
      String execution = client.startExecution(b -> b.stateMachineArn(machine)).executionArn();

      // THEN the clock's own thread ends the Wait; poll describe until then
      // a long poll on the fake's scheduler: woken by every change, so no fixed sleep
      String status = sfn.backend().scheduler().poll(() -> {
        String now = client.describeExecution(b -> b.executionArn(execution)).statusAsString();
        return now.equals("RUNNING") ? null : now;
      }, () -> false, Duration.ofSeconds(10));
      assertThat(status).isEqualTo("SUCCEEDED");
      var described = client.describeExecution(b -> b.executionArn(execution));
      assertThat(Duration.between(described.startDate(), described.stopDate())).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }
  }

  @Test
  void ends_its_timer_thread_on_close() {
    // GIVEN
    Set<Thread> before = clockThreads();
    FakeSfn sfn = FakeSfn.builder().realTime(1.0).build();
    Set<Thread> mine = clockThreads();
    mine.removeAll(before);
    assertThat(mine).hasSize(1);

    // WHEN
    sfn.close();

    // THEN close() joins the thread
    assertThat(mine.iterator().next().isAlive()).isFalse();
  }

  private static Set<Thread> clockThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals("sfn-test-clock")) {
        threads.add(thread);
      }
    }
    return threads;
  }

}
