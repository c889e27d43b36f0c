package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

  @Nested
  class apply {

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-14T01:59:00Z", "2024-01-01T00:00:00.123+00:00", "2016-03-05T21:29:29.243167252Z"})
    void replaces_date_times_with_a_zone(String value) {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"a\": \"" + value + "\"}");
      // WHEN
      new IsoDates().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("a").asText()).isEqualTo("date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-12-05T21:29:29", "2016-12-05 21:29:29Z", "2016-13-05T21:29:29Z",
        "2016-12-05T25:29:29Z", "05-12-2016T21:29:29Z"})
    void leaves_date_times_without_a_zone_or_impossible_ones(String value) {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"a\": \"" + value + "\"}");
      // WHEN
      new IsoDates().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("a").asText()).isEqualTo(value);
    }

    @Test
    void replaces_inside_longer_text_and_arrays() {
      // GIVEN an assigned variable's JSON text and a list
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"startAt\": \"\\\"2024-11-06T09:42:03Z\\\"\", \"l\": [\"at 2024-11-06T09:42:03Z\"]}");
      // WHEN
      new IsoDates().apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse("{\"startAt\": \"\\\"date\\\"\", \"l\": [\"at date\"]}"));
    }
  }
}
