package dev.sfntest.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * A clock on real time, optionally scaled, for a fake served to code that drives executions from
 * outside (Step Functions Local's {@code WAIT_TIME_SCALE}): with scale 0.1 a {@code Wait} of 10
 * seconds takes 1 second of real time, and the fake's clock runs ten times faster than the wall.
 *
 * <pre>{@code
 * Scheduler scheduler = new Scheduler(Instant.now(), false, new WallClock(Instant.now(), 0.1));
 * }</pre>
 */
public final class WallClock implements Scheduler.TimeSource {

  private final Instant origin;
  private final double waitTimeScale;
  private final LongSupplier nanoTime;
  private final long originNanos;

  /**
   * A clock that reads {@code origin} now and then runs at {@code 1 / waitTimeScale} times real speed.
   *
   * @throws IllegalArgumentException unless {@code waitTimeScale} is positive and finite
   */
  public WallClock(Instant origin, double waitTimeScale) {
    this(origin, waitTimeScale, System::nanoTime);
  }

  /** As {@link #WallClock(Instant, double)}, reading real time from {@code nanoTime} (for tests). */
  public WallClock(Instant origin, double waitTimeScale, LongSupplier nanoTime) {
    if (!(waitTimeScale > 0) || Double.isInfinite(waitTimeScale)) {
      throw new IllegalArgumentException("A wait time scale is a positive number: " + waitTimeScale);
    }
    this.origin = origin;
    this.waitTimeScale = waitTimeScale;
    this.nanoTime = nanoTime;
    this.originNanos = nanoTime.getAsLong();
  }

  @Override
  public Instant now(Instant virtualNow) {
    long elapsed = nanoTime.getAsLong() - originNanos;
    return origin.plusNanos((long) (elapsed / waitTimeScale));
  }

  @Override
  public Duration realDelay(Duration delay) {
    // rounded up, so that a wait never ends before the timer is due
    return Duration.ofNanos((long) Math.ceil(delay.toNanos() * waitTimeScale));
  }
}
