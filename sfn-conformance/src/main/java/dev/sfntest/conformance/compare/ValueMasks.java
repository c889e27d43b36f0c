package dev.sfntest.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.corpus.Jsons;
import dev.sfntest.conformance.corpus.SnapshotTransformer;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's {@code jsonpath} and {@code key} rules (notes/aws-history-format.md, section 6): the
 * value at the path becomes the replacement text, or, by reference, every occurrence of the value
 * becomes {@code <replacement:N>}. A key rule {@code $..Name} is the same as the path.
 */
public final class ValueMasks implements NormalisationRule {

  private static final String SUCCEEDED_OUTPUT = "executionSucceededEventDetails.output";

  private final SnapshotPath path;
  /** The same mask on the execution's output as DescribeExecution reports it, or null. */
  private final SnapshotPath resultPath;
  private final String replacement;
  private final boolean byReference;

  public ValueMasks(SnapshotTransformer rule) {
    this.path = SnapshotPath.parse(rule.path());
    this.resultPath = resultPath(rule.path());
    this.replacement = rule.replacement();
    this.byReference = rule.byReference();
  }

  /**
   * The corpus's {@code expected.output} is the recorded ExecutionSucceeded output, masks applied;
   * so a mask on that event's output masks the described output too ({@code $.output...}).
   */
  private static SnapshotPath resultPath(String path) {
    int at = path.indexOf(SUCCEEDED_OUTPUT);
    if (at < 0) {
      return null;
    }
    return SnapshotPath.parse("$.output" + path.substring(at + SUCCEEDED_OUTPUT.length()));
  }

  @Override
  public void apply(ObjectNode entry, References references) {
    List<String> referenced = new ArrayList<>();
    List<SnapshotPath.Location> locations = new ArrayList<>(path.find(entry));
    if (resultPath != null) {
      locations.addAll(resultPath.find(entry));
    }
    for (SnapshotPath.Location location : locations) {
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
