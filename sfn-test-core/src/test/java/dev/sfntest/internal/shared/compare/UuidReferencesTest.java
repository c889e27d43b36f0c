package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UuidReferencesTest {

  private static final String UUID_1 = "0f8fad5b-d9cb-469f-a165-70867728950e";
  private static final String UUID_2 = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  @Nested
  class apply {

    @Test
    void replaces_uuids_under_keys_ending_in_id_and_their_other_occurrences() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"RequestId\": \"" + UUID_1 + "\", \"executionId\": \"" + UUID_2
          + "\", \"cause\": \"request " + UUID_1 + " failed\"}");
      // WHEN
      new UuidReferences().apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse(
          "{\"RequestId\": \"<uuid:1>\", \"executionId\": \"<uuid:2>\", \"cause\": \"request <uuid:1> failed\"}"));
    }

    @Test
    void leaves_uuids_under_other_keys() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"name\": \"" + UUID_1 + "\", \"ids\": \"" + UUID_2 + "\"}");
      // WHEN
      new UuidReferences().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("name").asText()).isEqualTo(UUID_1);
      assertThat(entry.get("ids").asText()).isEqualTo(UUID_2);
    }

    @Test
    void leaves_text_that_only_contains_a_uuid() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"Id\": \"arn:x:" + UUID_1 + "\"}");
      // WHEN
      new UuidReferences().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("Id").asText()).isEqualTo("arn:x:" + UUID_1);
    }
  }
}
