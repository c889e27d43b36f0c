package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings one snapshot entry of a recorded answer (a history, an execution's result) into the shape
 * the comparison expects, in the order of notes/aws-history-format.md, section 7:
 *
 * <ol>
 *   <li>on the serialised entry: a text rewrite (concrete names back to placeholders, account,
 *       region and partition, a recording's pattern rules such as {@code Request ID: <request_id>});
 *   <li>JSON-text fields parsed one level ({@link EmbeddedJson});
 *   <li>the rules, in the order given: path masks ({@link ValueMasks}), the Step Functions rules
 *       ({@link SdkMetadataMasks}, {@link JsonInputCauses}), then the generic ones ({@link
 *       UuidReferences}, {@link IsoDates}, {@link TimestampKeys}) and, for recordings whose Parallel
 *       branch events were re-sorted, {@link ParallelBranchSort}.
 * </ol>
 *
 * <pre>{@code
 * Normaliser normaliser = Normaliser.builder().text(toPlaceholders).stepFunctionsApiRules().generic().build();
 * ObjectNode history = normaliser.normalise(actualHistory);
 * }</pre>
 */
public final class Normaliser {

  private final TextRewriter text;
  private final List<NormalisationRule> rules;

  private Normaliser(TextRewriter text, List<NormalisationRule> rules) {
    this.text = text;
    this.rules = List.copyOf(rules);
  }

  /** A builder of a normaliser that does nothing until told. */
  public static Builder builder() {
    return new Builder();
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

  /** What a {@link Normaliser} does, step by step, in the order the recipe applies them. */
  public static final class Builder {
    private TextRewriter text = TextRewriter.identity();
    private final List<NormalisationRule> masks = new ArrayList<>();
    private boolean stepFunctionsApiRules;
    private boolean generic;
    private boolean parallelBranchesSorted;

    private Builder() {}

    /** Rewrites the serialised entry with {@code rewrite} after what was given before. */
    public Builder text(TextRewriter rewrite) {
      this.text = text.then(rewrite);
      return this;
    }

    /** Masks the value at a path ({@link ValueMasks}); masks run in the order given. */
    public Builder mask(String path, String replacement, boolean byReference) {
      masks.add(new ValueMasks(path, replacement, byReference));
      return this;
    }

    /** The Step Functions snapshot rules: {@link SdkMetadataMasks} and {@link JsonInputCauses}. */
    public Builder stepFunctionsApiRules() {
      this.stepFunctionsApiRules = true;
      return this;
    }

    /** The rules every recording went through: {@link UuidReferences}, {@link IsoDates}, {@link TimestampKeys}. */
    public Builder generic() {
      this.generic = true;
      return this;
    }

    /** The lossy re-sort of Parallel branch events ({@link ParallelBranchSort}), last. */
    public Builder parallelBranchesSorted() {
      this.parallelBranchesSorted = true;
      return this;
    }

    public Normaliser build() {
      List<NormalisationRule> rules = new ArrayList<>(masks);
      if (stepFunctionsApiRules) {
        rules.add(new SdkMetadataMasks());
        rules.add(new JsonInputCauses());
      }
      if (generic) {
        rules.add(new UuidReferences());
        rules.add(new IsoDates());
        rules.add(new TimestampKeys());
      }
      if (parallelBranchesSorted) {
        rules.add(new ParallelBranchSort());
      }
      return new Normaliser(text, rules);
    }
  }
}
