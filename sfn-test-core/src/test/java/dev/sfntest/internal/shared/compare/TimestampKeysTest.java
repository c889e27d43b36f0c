package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TimestampKeysTest {

  @Nested
  class apply {

    @Test
    void masks_values_of_keys_containing_timestamp_in_any_case() {
      // GIVEN user data whose value is no ISO date-time
      ObjectNode entry = (ObjectNode) Jsons.parse(
          "{\"TimestampValue\": \"05-12-2016T21:29:29Z\", \"event_timestamp\": 17, \"in\": {\"timestamp\": \"x\"}}");
      // WHEN
      new TimestampKeys().apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse(
          "{\"TimestampValue\": \"timestamp\", \"event_timestamp\": \"timestamp\", \"in\": {\"timestamp\": \"timestamp\"}}"));
    }

    @Test
    void keeps_what_the_date_rule_made_of_an_iso_date_time() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"TimestampValue\": \"2016-03-14T01:59:00Z\"}");
      References references = new References(entry);
      // WHEN the rules run in the recordings' order
      new IsoDates().apply(entry, references);
      new TimestampKeys().apply(entry, references);
      // THEN
      assertThat(entry.get("TimestampValue").asText()).isEqualTo("date");
    }
  }
}
