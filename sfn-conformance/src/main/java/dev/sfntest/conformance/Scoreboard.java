package dev.sfntest.conformance;

import dev.sfntest.conformance.corpus.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts results per tier and prints the scoreboard: one line per tier, then the summary line
 * {@code conformance: N passed, M failed, K skipped} (failed counts fail, rejected and error).
 */
public final class Scoreboard {

  private final Map<Tier, Map<Outcome, Integer>> counts = new EnumMap<>(Tier.class);

  public Scoreboard(List<CaseResult> results) {
    for (Tier tier : Tier.values()) {
      counts.put(tier, new EnumMap<>(Outcome.class));
    }
    for (CaseResult result : results) {
      counts.get(result.tier()).merge(result.outcome(), 1, Integer::sum);
    }
  }

  public int count(Tier tier, Outcome outcome) {
    return counts.get(tier).getOrDefault(outcome, 0);
  }

  public int passed(Tier tier) {
    return count(tier, Outcome.PASS);
  }

  public int failed(Tier tier) {
    return count(tier, Outcome.FAIL) + count(tier, Outcome.REJECTED) + count(tier, Outcome.ERROR);
  }

  public int skipped(Tier tier) {
    return count(tier, Outcome.SKIPPED);
  }

  /** The lines to print: A, B, C, D, then the summary. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    for (Tier tier : Tier.values()) {
      lines.add(String.format("tier %s: %d passed, %d failed (%d fail, %d rejected, %d error), %d skipped",
          tier, passed(tier), failed(tier), count(tier, Outcome.FAIL), count(tier, Outcome.REJECTED),
          count(tier, Outcome.ERROR), skipped(tier)));
      passed += passed(tier);
      failed += failed(tier);
      skipped += skipped(tier);
    }
    lines.add(String.format("conformance: %d passed, %d failed, %d skipped", passed, failed, skipped));
    return lines;
  }
}
