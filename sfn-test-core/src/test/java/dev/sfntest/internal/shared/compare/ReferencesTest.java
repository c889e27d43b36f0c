package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferencesTest {

  @Nested
  class replace {

    @Test
    void numbers_per_name_by_first_occurrence() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}");
      References references = new References(entry);
      // WHEN
      references.replace("uuid", "x");
      references.replace("uuid", "y");
      references.replace("task_token", "z");
      references.replace("uuid", "x");
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse("{\"a\": \"<uuid:1>\", \"b\": \"<uuid:2>\", \"c\": \"<task_token:1>\"}"));
    }

    @Test
    void replaces_every_occurrence_also_inside_longer_text() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"id\": \"v1\", \"list\": [\"arn:v1\"], \"o\": {\"cause\": \"see v1\"}}");
      // WHEN
      new References(entry).replace("uuid", "v1");
      // THEN
      assertThat(entry).isEqualTo(
          Jsons.parse("{\"id\": \"<uuid:1>\", \"list\": [\"arn:<uuid:1>\"], \"o\": {\"cause\": \"see <uuid:1>\"}}"));
    }
  }
}
