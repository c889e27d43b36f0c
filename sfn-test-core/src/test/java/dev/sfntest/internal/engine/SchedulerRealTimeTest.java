package dev.sfntest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SchedulerRealTimeTest {

  private static final Instant ORIGIN = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void fires_a_timer_when_real_time_reaches_it() throws Exception {
    // GIVEN a clock where an hour passes in a few milliseconds of real time
    Scheduler scheduler = new Scheduler(ORIGIN, true, new WallClock(ORIGIN, 1e-6));
    AtomicBoolean stopped = new AtomicBoolean();
    CountDownLatch fired = new CountDownLatch(1);
    Thread driver = new Thread(() -> {
      try {
        scheduler.fireTimersAsTimePasses(stopped::get);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    driver.start();

    // WHEN a timer is scheduled by another thread, as an API call does
    scheduler.call(() -> scheduler.scheduleAfter(Duration.ofHours(1), fired::countDown));

    // THEN
    try {
      assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      stop(scheduler, stopped, driver);
    }
    assertThat(driver.isAlive()).isFalse();
  }

  @Test
  void does_not_skip_time_on_a_wall_clock() {
    // GIVEN a wall clock at real speed
    Scheduler scheduler = new Scheduler(ORIGIN, true, new WallClock(ORIGIN, 1.0));
    AtomicBoolean fired = new AtomicBoolean();

    // WHEN
    scheduler.call(() -> scheduler.scheduleAfter(Duration.ofHours(1), () -> fired.set(true)));

    // THEN
    assertThat(fired).isFalse();
  }

  @Test
  void refuses_to_drive_virtual_time() {
    Scheduler scheduler = new Scheduler(ORIGIN, true);
    assertThatIllegalStateException().isThrownBy(() -> scheduler.fireTimersAsTimePasses(() -> false));
  }

  private static void stop(Scheduler scheduler, AtomicBoolean stopped, Thread driver) throws InterruptedException {
    stopped.set(true);
    scheduler.wakeWaiters();
    driver.join(10_000);
  }
}
