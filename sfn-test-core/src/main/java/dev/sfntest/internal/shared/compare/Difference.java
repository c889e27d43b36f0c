package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The first place where the target's answer differs from AWS's.
 *
 * @param where what was compared, e.g. {@code event 4 (id 4, PassStateExited)} or {@code DescribeExecution}
 * @param path the field path inside it, e.g. {@code stateExitedEventDetails.output.a[0]}; empty for the whole
 * @param expected AWS's value, or null when AWS had none
 * @param actual the target's value, or null when it had none
 * @param note what is wrong when the values alone do not say it, or null
 */
public record Difference(String where, String path, JsonNode expected, JsonNode actual, String note) {

  private static final int MAX_VALUE_LENGTH = 300;

  /** The same difference, located inside {@code where}. */
  public Difference at(String where) {
    return new Difference(where, path, expected, actual, note);
  }

  /** One line: {@code where path: expected X, actual Y (note)}. */
  public String describe() {
    StringBuilder text = new StringBuilder(where);
    if (path != null && !path.isEmpty()) {
      text.append(where.isEmpty() ? "" : " ").append(path);
    }
    text.append(": ");
    if (note != null && expected == null && actual == null) {
      return text.append(note).toString();
    }
    text.append("expected ").append(show(expected)).append(", actual ").append(show(actual));
    if (note != null) {
      text.append(" (").append(note).append(')');
    }
    return text.toString();
  }

  private static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "(absent)";
    }
    String text = Jsons.write(value);
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "..." : text;
  }

  @Override
  public String toString() {
    return describe();
  }
}
