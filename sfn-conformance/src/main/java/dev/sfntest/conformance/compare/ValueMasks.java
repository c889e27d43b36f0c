package dev.sfntest.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.Jsons;
import dev.sfntest.conformance.corpus.SnapshotTransformer;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's {@code jsonpath} and {@code key} rules (notes/aws-history-format.md, section 6): the
 * value at the path becomes the replacement text, or, by reference, every occurrence of the value
 * becomes {@code <replacement:N>}. A key rule {@code $..Name} is the same as the path.
 */
public final class ValueMasks implements NormalisationRule {

  private final SnapshotPath path;
  private final String replacement;
  private final boolean byReference;

  public ValueMasks(SnapshotTransformer rule) {
    this.path = SnapshotPath.parse(rule.path());
    this.replacement = rule.replacement();
    this.byReference = rule.byReference();
  }

  @Override
  public void apply(ObjectNode entry, References references) {
    List<String> referenced = new ArrayList<>();
    for (SnapshotPath.Location location : path.find(entry)) {
      JsonNode value = location.value();
      if (byReference && value.isTextual()) {
        referenced.add(value.asText());
      } else if (!(byReference && value.isNull())) {
        location.parent().set(location.name(), Jsons.text(replacement));
      }
    }
    for (String value : referenced) {
      references.replace(replacement, value);
    }
  }
}
