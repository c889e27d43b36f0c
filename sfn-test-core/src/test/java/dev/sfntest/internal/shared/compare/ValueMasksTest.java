package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueMasksTest {

  @Nested
  class apply {

    @Test
    void replaces_the_value_at_the_path() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"output\": {\"FunctionResult\": 0.42, \"b\": 1}}");
      ValueMasks mask = new ValueMasks("$..FunctionResult", "RandomNumberGenerated", false);
      // WHEN
      mask.apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse("{\"output\": {\"FunctionResult\": \"RandomNumberGenerated\", \"b\": 1}}"));
    }

    @Test
    void replaces_every_occurrence_by_reference() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse(
          "{\"output\": {\"ExecutionArn\": \"arn:e1\"}, \"cause\": \"execution arn:e1 failed\"}");
      ValueMasks mask = new ValueMasks("$..output.ExecutionArn", "execution-arn", true);
      // WHEN
      mask.apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse(
          "{\"output\": {\"ExecutionArn\": \"<execution-arn:1>\"}, \"cause\": \"execution <execution-arn:1> failed\"}"));
    }

    @Test
    void a_mask_on_the_succeeded_event_s_output_also_masks_the_described_output() {
      // GIVEN: the corpus's expected output is the recorded ExecutionSucceeded output, masked
      ObjectNode described = (ObjectNode) Jsons.parse("{\"status\": \"SUCCEEDED\", \"output\": {\"FunctionResult\": 239}}");
      ValueMasks mask = new ValueMasks("$..events..executionSucceededEventDetails.output.FunctionResult",
          "RandomNumberGenerated", false);
      // WHEN
      mask.apply(described, new References(described));
      // THEN
      assertThat(described).isEqualTo(Jsons.parse(
          "{\"status\": \"SUCCEEDED\", \"output\": {\"FunctionResult\": \"RandomNumberGenerated\"}}"));
    }

    @Test
    void treats_a_key_rule_as_the_same_path() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"Headers\": {\"Via\": \"1.1 abc\"}}");
      ValueMasks mask = new ValueMasks("$..Via", "via", false);
      // WHEN
      mask.apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse("{\"Headers\": {\"Via\": \"via\"}}"));
    }
  }
}
