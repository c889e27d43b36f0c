package dev.sfntest.internal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EndpointClockTest {

  @Nested
  class parse {
    @Test
    void reads_what_sfn_local_sends() {
      assertThat(EndpointClock.parse(EndpointClock.VIRTUAL.headerValue())).isEqualTo(EndpointClock.VIRTUAL);
      assertThat(EndpointClock.parse(EndpointClock.wall(0.5).headerValue())).isEqualTo(EndpointClock.wall(0.5));
    }

    @Test
    void takes_no_header_or_one_not_understood_for_the_wall_clock() {
      assertThat(EndpointClock.parse(null)).isEqualTo(EndpointClock.WALL);
      assertThat(EndpointClock.parse("sundial")).isEqualTo(EndpointClock.WALL);
      assertThat(EndpointClock.parse("wall; wait-time-scale=fast")).isEqualTo(EndpointClock.WALL);
    }
  }

  @Nested
  class real_time {
    @Test
    void scales_the_wall_clock_and_takes_none_on_virtual_time() {
      assertThat(EndpointClock.wall(0.5).realTime(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(30));
      assertThat(EndpointClock.WALL.realTime(Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
      assertThat(EndpointClock.VIRTUAL.realTime(Duration.ofDays(365))).isEqualTo(Duration.ZERO);
    }
  }
}
