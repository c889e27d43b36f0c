package dev.sfntest.conformance.compare;

import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.SnapshotTransformer;
import dev.sfntest.internal.shared.compare.Normaliser;
import dev.sfntest.internal.shared.compare.TextRewriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link Normaliser} of one case: the comparison library's steps, chosen by what the case's
 * recording went through (its {@code snapshot_transformers}, snapshot rules and {@code
 * normalisation} flags; notes/aws-history-format.md, sections 4 to 7).
 */
public final class CaseNormaliser {

  private CaseNormaliser() {}

  /**
   * @param toPlaceholders maps the runner's concrete names, account, region and partition back
   */
  public static Normaliser forCase(ConformanceCase c, TextRewriter toPlaceholders) {
    List<SnapshotTransformer> ordered = new ArrayList<>(c.transformers());
    ordered.sort(Comparator.comparingInt(SnapshotTransformer::priority));
    Normaliser.Builder normaliser = Normaliser.builder().text(toPlaceholders);
    for (SnapshotTransformer t : ordered) {
      if (t.isPattern()) {
        normaliser.text(TextRewriter.regex(t.regex(), t.replacement()));
      } else if (t.isPathMask()) {
        normaliser.mask(t.path(), t.replacement(), t.byReference());
      }
    }
    if (c.usesStepFunctionsApiRules()) {
      normaliser.stepFunctionsApiRules();
    }
    normaliser.generic();
    if (c.parallelBranchEventsSorted()) {
      normaliser.parallelBranchesSorted();
    }
    return normaliser.build();
  }
}
