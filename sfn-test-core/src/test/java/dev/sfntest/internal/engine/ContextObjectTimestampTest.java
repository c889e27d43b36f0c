package dev.sfntest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Context object timestamps: milliseconds and a Z, as AWS writes {@code $$.Execution.StartTime}. */
class ContextObjectTimestampTest {

  @Test
  void writes_milliseconds_and_z() {
    assertThat(ContextObject.format(Instant.parse("2024-01-01T00:00:00Z"))).isEqualTo("2024-01-01T00:00:00.000Z");
    assertThat(ContextObject.format(Instant.parse("2024-02-29T23:59:59.999999Z"))).isEqualTo("2024-02-29T23:59:59.999Z");
  }

  @Test
  void matches_the_general_formatter_over_years_far_and_near() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 300_000_000_000L),
          random.nextInt(1_000_000_000));
      assertThat(ContextObject.format(instant)).isEqualTo(ContextObject.Formatter.TIMESTAMP.format(instant));
    }
  }
}
