package dev.sfntest.core;

import dev.sfntest.internal.engine.Scheduler;
import java.time.Duration;
import java.time.Instant;

/**
 * The fake's clock. Every timestamp, Wait, Retry interval, timeout and heartbeat runs on it; it
 * never sleeps. With time skipping on (the default), whenever nothing can progress and nothing
 * waits on the test, it jumps to the next due timer by itself; the test can always move it on.
 *
 * <pre>{@code
 * fake.clock().advance(Duration.ofSeconds(61));   // past HeartbeatSeconds: the timeout fires now
 * }</pre>
 */
public final class VirtualClock {

  private final Scheduler scheduler;

  VirtualClock(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** The current instant. */
  public Instant now() {
    return scheduler.read(scheduler::now);
  }

  /**
   * Moves the clock forward, firing every timer due on the way in order (each followed by all the
   * work it causes), and returns the new instant.
   *
   * @throws IllegalArgumentException for a negative duration
   */
  public Instant advance(Duration duration) {
    scheduler.advance(duration);
    return now();
  }

  /**
   * Sets the clock to {@code instant}, firing every timer due on the way.
   *
   * @throws IllegalArgumentException when {@code instant} is before now
   */
  public void setTime(Instant instant) {
    scheduler.setTime(instant);
  }

  /** Whether the clock jumps to the next timer by itself when nothing else can happen. */
  public boolean isTimeSkipping() {
    return scheduler.isTimeSkipping();
  }

  /** Turns time skipping on or off (off: only {@link #advance} and {@link #setTime} move the clock). */
  public void setTimeSkipping(boolean timeSkipping) {
    scheduler.setTimeSkipping(timeSkipping);
  }

  /** The instant of the next pending timer, or {@code null} when none is pending. */
  public Instant nextTimer() {
    return scheduler.read(scheduler::nextTimer);
  }
}
