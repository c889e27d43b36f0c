package dev.sfntest.internal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WaitStatesTest {

  static final Instant ENTERED = Instant.parse("2025-01-01T00:00:00Z");

  static String machine(String states) {
    return ("{'StartAt': 'First', 'States': {" + states + "}}").replace('\'', '"');
  }

  @Nested
  class longest_fixed_wait {
    @Test
    void finds_waits_in_branches_and_iterations() {
      // GIVEN
      WaitStates waits = WaitStates.of(machine("'First': {'Type': 'Wait', 'Seconds': 5, 'Next': 'P'},"
          + "'P': {'Type': 'Parallel', 'Branches': [{'StartAt': 'B', 'States': {'B': {'Type': 'Wait', 'Seconds': 90,"
          + " 'End': true}}}], 'Next': 'M'},"
          + "'M': {'Type': 'Map', 'ItemProcessor': {'StartAt': 'I', 'States': {'I': {'Type': 'Wait', 'Seconds': 3600,"
          + " 'End': true}}}, 'End': true}"));
      // THEN
      assertThat(waits.longestFixedWait()).contains(new WaitStates.FixedWait("I", Duration.ofHours(1)));
    }

    @Test
    void ignores_waits_known_only_when_running() {
      WaitStates waits = WaitStates.of(machine("'First': {'Type': 'Wait', 'SecondsPath': '$.s', 'End': true}"));
      assertThat(waits.longestFixedWait()).isEmpty();
      assertThat(WaitStates.of("not json ${Placeholder}").longestFixedWait()).isEmpty();
    }
  }

  @Nested
  class wait_end {
    @Test
    void reads_seconds_and_timestamps_from_the_definition() {
      WaitStates waits = WaitStates.of(machine("'First': {'Type': 'Wait', 'Seconds': 60, 'Next': 'T'},"
          + "'T': {'Type': 'Wait', 'Timestamp': '2026-01-01T00:00:00Z', 'End': true}"));
      assertThat(waits.waitEnd("First", ENTERED, "{}")).contains(ENTERED.plusSeconds(60));
      assertThat(waits.waitEnd("T", ENTERED, "{}")).contains(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void reads_paths_from_the_states_input() {
      WaitStates waits = WaitStates.of(machine("'First': {'Type': 'Wait', 'SecondsPath': '$.delay.s', 'Next': 'T'},"
          + "'T': {'Type': 'Wait', 'InputPath': '$.at', 'TimestampPath': '$.when', 'End': true}"));
      assertThat(waits.waitEnd("First", ENTERED, "{\"delay\": {\"s\": 30}}")).contains(ENTERED.plusSeconds(30));
      assertThat(waits.waitEnd("T", ENTERED, "{\"at\": {\"when\": \"2025-02-01T00:00:00Z\"}}"))
          .contains(Instant.parse("2025-02-01T00:00:00Z"));
    }

    @Test
    void cannot_tell_for_jsonata_other_paths_and_other_states() {
      WaitStates waits = WaitStates.of(machine("'First': {'Type': 'Wait', 'QueryLanguage': 'JSONata', "
          + "'Seconds': '{% $states.input.s %}', 'Next': 'F'},"
          + "'F': {'Type': 'Wait', 'SecondsPath': '$.items[0]', 'Next': 'P'}, 'P': {'Type': 'Pass', 'End': true}"));
      assertThat(waits.waitEnd("First", ENTERED, "{\"s\": 1}")).isEmpty();
      assertThat(waits.waitEnd("F", ENTERED, "{\"items\": [1]}")).isEmpty();
      assertThat(waits.waitEnd("P", ENTERED, "{}")).isEmpty();
      assertThat(waits.waitEnd("Missing", ENTERED, "{}")).isEmpty();
    }
  }
}
