package dev.sfntest.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.Tier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

  @Nested
  class lines {

    @Test
    void prints_one_line_per_tier_then_the_summary() {
      // GIVEN
      List<CaseResult> results = List.of(
          new CaseResult("1", Tier.A, Outcome.PASS, null),
          new CaseResult("2", Tier.A, Outcome.FAIL, "d"),
          new CaseResult("3", Tier.A, Outcome.REJECTED, "r"),
          new CaseResult("4", Tier.C, Outcome.ERROR, "e"),
          new CaseResult("5", Tier.D, Outcome.SKIPPED, "s"));
      // WHEN
      List<String> lines = new Scoreboard(results).lines();
      // THEN
      assertThat(lines).containsExactly(
          "tier A: 1 passed, 2 failed (1 fail, 1 rejected, 0 error), 0 skipped",
          "tier B: 0 passed, 0 failed (0 fail, 0 rejected, 0 error), 0 skipped",
          "tier C: 0 passed, 1 failed (0 fail, 0 rejected, 1 error), 0 skipped",
          "tier D: 0 passed, 0 failed (0 fail, 0 rejected, 0 error), 1 skipped",
          "conformance: 1 passed, 3 failed, 1 skipped");
    }
  }
}
