package dev.sfntest.conformance.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.internal.shared.compare.Jsons;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TierTest {

  private static Tier tierOf(String needs, String recorded, String history) {
    return Tier.of(CaseParser.parse(Jsons.parse("{\"id\": \"x\", \"definition\": {}, \"input_string\": \"{}\","
        + " \"needs\": " + needs + ", \"task_results_recorded\": " + recorded + ", \"expected\": {\"history\": " + history + "}}"),
        "x.json"));
  }

  @Nested
  class of {

    @Test
    void classifies_pure_asl_by_whether_the_history_was_recorded() {
      // WHEN / THEN
      assertThat(tierOf("[]", "null", "[]")).isEqualTo(Tier.A);
      assertThat(tierOf("[]", "null", "null")).isEqualTo(Tier.B);
    }

    @Test
    void classifies_service_calls_by_whether_their_results_were_recorded() {
      // WHEN / THEN
      assertThat(tierOf("[\"lambda\"]", "true", "[]")).isEqualTo(Tier.C);
      assertThat(tierOf("[\"lambda\"]", "false", "[]")).isEqualTo(Tier.D);
      assertThat(tierOf("[\"lambda\"]", "null", "[]")).isEqualTo(Tier.D);
      assertThat(tierOf("[\"lambda\"]", "true", "null")).isEqualTo(Tier.D);
    }
  }
}
