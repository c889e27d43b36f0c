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
  private static final String ABSENT = "(absent)";

  /** The same difference, located inside {@code where}. */
  public Difference at(String where) {
    return new Difference(where, path, expected, actual, note);
  }

  /** One line: {@code where path: expected X, actual Y (note)}. */
  public String describe() {
    return describe(where, path, expected == null ? null : show(expected), actual == null ? null : show(actual), note);
  }

  /**
   * One line for a difference whose values are already written as text ({@code null}: the side
   * had none): {@code where path: expected X, actual Y (note)}, or {@code where path: note} when
   * neither side has a value. The conformance runner and a replay's report read alike.
   */
  public static String describe(String where, String path, String expected, String actual, String note) {
    StringBuilder text = new StringBuilder(where);
    if (path != null && !path.isEmpty()) {
      text.append(where.isEmpty() ? "" : " ").append(path);
    }
    text.append(": ");
    if (note != null && expected == null && actual == null) {
      return text.append(note).toString();
    }
    text.append("expected ").append(expected == null ? ABSENT : expected)
        .append(", actual ").append(actual == null ? ABSENT : actual);
    if (note != null) {
      text.append(" (").append(note).append(')');
    }
    return text.toString();
  }

  /** A value as a difference shows it: compact JSON, cut after 300 characters; {@code (absent)} when missing. */
  public static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return ABSENT;
    }
    String text = Jsons.write(value);
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "..." : text;
  }

  @Override
  public String toString() {
    return describe();
  }
}
