package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonInputCausesTest {

  @Nested
  class apply {

    @Test
    void replaces_quoted_json_in_a_cause_by_a_reference() {
      // GIVEN
      ObjectNode entry = Jsons.object();
      entry.put("cause", "The JSONPath '$.x' could not be found in the input '{\"int-literal\":0}'");
      // WHEN
      new JsonInputCauses().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("cause").asText())
          .isEqualTo("The JSONPath '$.x' could not be found in the input '<json-input:1>'");
    }

    @Test
    void finds_the_end_of_json_that_contains_quote_brace() {
      // GIVEN JSON whose text contains }' inside a string
      ObjectNode entry = Jsons.object();
      entry.put("cause", "The Parameters '{\"a\":\"}'\",\"b\":{}}' could not be used");
      // WHEN
      new JsonInputCauses().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("cause").asText()).isEqualTo("The Parameters '<json-input:1>' could not be used");
    }

    @Test
    void leaves_causes_without_quoted_json_and_other_members() {
      // GIVEN
      ObjectNode entry = Jsons.object();
      entry.put("cause", "The state 'Pass' failed");
      entry.put("output", "'{\"a\":1}'");
      // WHEN
      new JsonInputCauses().apply(entry, new References(entry));
      // THEN
      assertThat(entry.get("cause").asText()).isEqualTo("The state 'Pass' failed");
      assertThat(entry.get("output").asText()).isEqualTo("'{\"a\":1}'");
    }
  }
}
