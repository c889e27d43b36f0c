package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /**
   * @param path a simple JSONPath ({@link SnapshotPath}), e.g. {@code $..Headers.Date}
   * @param replacement what the value becomes (by reference: the name of its {@code <name:N>})
   * @param byReference whether every occurrence of the value becomes {@code <replacement:N>}
   */
  public ValueMasks(String path, String replacement, boolean byReference) {
    this.path = SnapshotPath.parse(path);
    this.resultPath = resultPath(path);
    this.replacement = replacement;
    this.byReference = byReference;
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
