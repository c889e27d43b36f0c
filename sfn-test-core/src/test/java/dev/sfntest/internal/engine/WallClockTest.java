package dev.sfntest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WallClockTest {

  private static final Instant ORIGIN = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void runs_scaled_from_the_origin() {
    // GIVEN
    AtomicLong nanos = new AtomicLong(1_000);
    WallClock clock = new WallClock(ORIGIN, 0.5, nanos::get);

    // WHEN
    nanos.addAndGet(Duration.ofSeconds(3).toNanos());

    // THEN
    assertThat(clock.now(ORIGIN)).isEqualTo(ORIGIN.plusSeconds(6));
  }

  @Test
  void scales_a_wait_into_real_time() {
    // GIVEN
    WallClock clock = new WallClock(ORIGIN, 0.1, () -> 0L);

    // WHEN
    Duration real = clock.realDelay(Duration.ofSeconds(10));

    // THEN
    assertThat(real).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refuses_a_scale_that_is_not_positive() {
    assertThatIllegalArgumentException().isThrownBy(() -> new WallClock(ORIGIN, 0));
  }
}
