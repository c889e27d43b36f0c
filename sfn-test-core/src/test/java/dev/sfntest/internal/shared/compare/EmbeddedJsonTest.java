package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EmbeddedJsonTest {

  @Nested
  class parseOneLevel {

    @Test
    void parses_object_text_of_a_member() {
      // GIVEN
      JsonNode tree = Jsons.parse("{\"output\": \"{\\\"a\\\":1}\"}");
      // WHEN
      EmbeddedJson.parseOneLevel(tree);
      // THEN
      assertThat(tree).isEqualTo(Jsons.parse("{\"output\": {\"a\": 1}}"));
    }

    @Test
    void keeps_arrays_scalars_and_unparsable_text_as_text() {
      // GIVEN
      String json = "{\"a\": \"[1, 2]\", \"b\": \"\\\"x\\\"\", \"c\": \"0.0\", \"d\": \"{not json\"}";
      JsonNode tree = Jsons.parse(json);
      // WHEN
      EmbeddedJson.parseOneLevel(tree);
      // THEN
      assertThat(tree).isEqualTo(Jsons.parse(json));
    }

    @Test
    void parses_only_one_level() {
      // GIVEN object text holding object text
      JsonNode tree = Jsons.parse("{\"output\": \"{\\\"inner\\\":\\\"{\\\\\\\"b\\\\\\\":2}\\\"}\"}");
      // WHEN
      EmbeddedJson.parseOneLevel(tree);
      // THEN the inner text stays text
      assertThat(tree.get("output").get("inner").isTextual()).isTrue();
      assertThat(tree.get("output").get("inner").asText()).isEqualTo("{\"b\":2}");
    }

    @Test
    void leaves_text_items_of_arrays_alone_but_enters_objects_in_arrays() {
      // GIVEN
      JsonNode tree = Jsons.parse("{\"events\": [\"{\\\"a\\\":1}\", {\"input\": \"{\\\"b\\\":2}\"}]}");
      // WHEN
      EmbeddedJson.parseOneLevel(tree);
      // THEN
      assertThat(tree.get("events").get(0).isTextual()).isTrue();
      assertThat(tree.get("events").get(1).get("input")).isEqualTo(Jsons.parse("{\"b\":2}"));
    }
  }
}
