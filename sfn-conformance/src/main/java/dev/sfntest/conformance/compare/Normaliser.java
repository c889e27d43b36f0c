package dev.sfntest.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Jsons;
import dev.sfntest.conformance.corpus.SnapshotTransformer;
import dev.sfntest.conformance.text.TextRewriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Brings one snapshot entry of the target's answer (a history, an execution's result) into the
 * shape of the recordings, in the order of notes/aws-history-format.md, section 7:
 *
 * <ol>
 *   <li>on the serialised entry: concrete names back to placeholders, then account, region and
 *       partition, then the case's pattern rules (e.g. {@code Request ID: <request_id>});
 *   <li>JSON-text fields parsed one level ({@link EmbeddedJson});
 *   <li>the case's path masks ({@link ValueMasks});
 *   <li>with the Step Functions snapshot rules: {@link SdkMetadataMasks}, {@link JsonInputCauses};
 *   <li>the generic rules: {@link UuidReferences}, {@link IsoDates}, {@link TimestampKeys};
 *   <li>for recordings flagged {@code parallel_branch_events_sorted}: {@link ParallelBranchSort}.
 * </ol>
 */
public final class Normaliser {

  private final TextRewriter text;
  private final List<NormalisationRule> rules;

  private Normaliser(TextRewriter text, List<NormalisationRule> rules) {
    this.text = text;
    this.rules = List.copyOf(rules);
  }

  /**
   * @param toPlaceholders maps the runner's concrete names, account, region and partition back
   */
  public static Normaliser forCase(ConformanceCase c, TextRewriter toPlaceholders) {
    List<SnapshotTransformer> ordered = new ArrayList<>(c.transformers());
    ordered.sort(Comparator.comparingInt(SnapshotTransformer::priority));
    TextRewriter text = toPlaceholders;
    List<NormalisationRule> rules = new ArrayList<>();
    for (SnapshotTransformer t : ordered) {
      if (t.isPattern()) {
        text = text.then(TextRewriter.regex(t.regex(), t.replacement()));
      } else if (t.isPathMask()) {
        rules.add(new ValueMasks(t));
      }
    }
    if (c.usesStepFunctionsApiRules()) {
      rules.add(new SdkMetadataMasks());
      rules.add(new JsonInputCauses());
    }
    rules.add(new UuidReferences());
    rules.add(new IsoDates());
    rules.add(new TimestampKeys());
    if (c.parallelBranchEventsSorted()) {
      rules.add(new ParallelBranchSort());
    }
    return new Normaliser(text, rules);
  }

  /** A normalised copy of the entry. */
  public ObjectNode normalise(ObjectNode entry) {
    JsonNode tree = EmbeddedJson.parseOneLevel(Jsons.parse(text.apply(Jsons.write(entry))));
    ObjectNode normalised = (ObjectNode) tree;
    References references = new References(normalised);
    for (NormalisationRule rule : rules) {
      rule.apply(normalised, references);
    }
    return normalised;
  }
}
