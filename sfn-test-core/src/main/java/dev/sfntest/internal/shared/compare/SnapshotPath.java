package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simple JSONPath of the corpus's masking rules: {@code $}, then names, each after {@code .}
 * (a child) or {@code ..} (a descendant at any depth), e.g. {@code $..events..output.FunctionResult}.
 * Names may contain dashes.
 */
public final class SnapshotPath {

  private record Step(String name, boolean descendant) {}

  /** A member that a path selects: {@code parent.get(name)}. */
  public record Location(ObjectNode parent, String name) {

    public JsonNode value() {
      return parent.get(name);
    }
  }

  private final String text;
  private final List<Step> steps;

  private SnapshotPath(String text, List<Step> steps) {
    this.text = text;
    this.steps = List.copyOf(steps);
  }

  /**
   * @throws IllegalArgumentException when the path is not of this simple form
   */
  public static SnapshotPath parse(String path) {
    if (path == null || !path.startsWith("$") || path.length() < 3) {
      throw new IllegalArgumentException("Not a simple JSONPath: " + path);
    }
    List<Step> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      if (path.charAt(i) != '.') {
        throw new IllegalArgumentException("Not a simple JSONPath: " + path);
      }
      boolean descendant = i + 1 < path.length() && path.charAt(i + 1) == '.';
      int start = i + (descendant ? 2 : 1);
      int end = path.indexOf('.', start);
      if (end < 0) {
        end = path.length();
      }
      String name = path.substring(start, end);
      if (name.isEmpty() || name.contains("[") || name.contains("*")) {
        throw new IllegalArgumentException("Not a simple JSONPath: " + path);
      }
      steps.add(new Step(name, descendant));
      i = end;
    }
    return new SnapshotPath(path, steps);
  }

  /** Every member the path selects, in document order. */
  public List<Location> find(JsonNode root) {
    List<Location> found = new ArrayList<>();
    visit(root, 0, found);
    return found;
  }

  private void visit(JsonNode node, int stepIndex, List<Location> found) {
    Step step = steps.get(stepIndex);
    if (node.isObject()) {
      JsonNode child = node.get(step.name());
      if (child != null) {
        if (stepIndex == steps.size() - 1) {
          found.add(new Location((ObjectNode) node, step.name()));
        } else {
          visit(child, stepIndex + 1, found);
        }
      }
      if (step.descendant()) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          visit(member.getValue(), stepIndex, found);
        }
      }
    } else if (node.isArray() && step.descendant()) {
      for (JsonNode item : node) {
        visit(item, stepIndex, found);
      }
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
