package dev.sfntest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** Wait states on the virtual clock: Seconds, SecondsPath, Timestamp, TimestampPath. */
class WaitStateTest {

  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private Execution waitWith(String field, String input) {
    return runs.run("{'StartAt':'W','States':{'W':{'Type':'Wait'," + field + ",'End':true}}}", input);
  }

  private static Duration waited(Execution run) {
    List<HistoryEvent> history = run.history();
    return Duration.between(history.get(1).timestamp(), history.get(2).timestamp());
  }

  @Test
  void a_wait_of_one_year_ends_at_once_with_timestamps_a_year_apart() {
    // GIVEN
    long start = System.nanoTime();
    // WHEN
    Execution run = waitWith("'Seconds':31536000", "{}");
    // THEN: virtual time moved a year; the test did not wait
    assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(waited(run)).isEqualTo(Duration.ofDays(365));
    assertThat(run.describe().stopDate()).isEqualTo(Instant.parse("2024-12-31T00:00:00Z"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void seconds_path_reads_the_duration_from_the_input() {
    assertThat(waited(waitWith("'SecondsPath':'$.delay'", "{'delay':90}"))).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void a_timestamp_waits_until_that_instant() {
    Execution run = waitWith("'Timestamp':'2024-01-03T12:00:00Z'", "{}");
    assertThat(run.history().get(2).timestamp()).isEqualTo(Instant.parse("2024-01-03T12:00:00Z"));
  }

  @Test
  void a_timestamp_in_the_past_does_not_wait() {
    assertThat(waited(waitWith("'Timestamp':'2020-01-01T00:00:00Z'", "{}"))).isZero();
  }

  @Test
  void timestamp_path_reads_the_instant_from_the_input() {
    Execution run = waitWith("'TimestampPath':'$.until'", "{'until':'2024-01-01T06:00:00Z'}");
    assertThat(run.history().get(2).timestamp()).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
  }

  @Test
  void a_seconds_path_that_is_not_a_number_fails_the_execution() {
    Execution run = waitWith("'SecondsPath':'$.delay'", "{'delay':'soon'}");
    assertThat(run.describe().statusAsString()).isEqualTo("FAILED");
    assertThat(run.describe().error()).isEqualTo("States.Runtime");
  }

  @Test
  void without_time_skipping_the_wait_holds_until_the_clock_is_advanced() {
    // GIVEN
    runs.fake.clock().setTimeSkipping(false);
    Execution run = waitWith("'Seconds':60", "{}");
    assertThat(run.describe().statusAsString()).isEqualTo("RUNNING");
    // WHEN
    runs.fake.clock().advance(Duration.ofSeconds(59));
    // THEN
    assertThat(run.describe().statusAsString()).isEqualTo("RUNNING");
    runs.fake.clock().advance(Duration.ofSeconds(1));
    assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
  }
}
