package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an expected JSON value with an actual one and returns the first difference, in the
 * expected value's member order:
 *
 * <ul>
 *   <li>numbers by value ({@code 1} equals {@code 1.0}); object members in any order;
 *   <li>text with wildcard placeholders by {@link Wildcards}, binding them consistently;
 *   <li>JSON-text fields that stayed text (arrays, scalars: {@code "[1, 2]"}) by their parsed
 *       value, so AWS's spacing does not count (notes/aws-history-format.md, section 3).
 * </ul>
 *
 * <p>Which members are JSON-text fields depends on where the compared record sits: an event's
 * {@code <details>.output} is at depth 2, DescribeExecution's {@code output} at depth 1.
 */
public final class JsonMatcher {

  private final int jsonTextDepth;
  private final Bindings bindings;

  /**
   * @param jsonTextDepth the depth of the JSON-text members ({@code input}, {@code output},
   *     {@code parameters}, {@code cause}) in the compared records
   * @param bindings the wildcard bindings of the entry the records belong to
   */
  public JsonMatcher(int jsonTextDepth, Bindings bindings) {
    this.jsonTextDepth = jsonTextDepth;
    this.bindings = bindings;
  }

  /** The first difference, with an empty {@code where}; null when they match. */
  public Difference compare(JsonNode expected, JsonNode actual) {
    return compare(expected, actual, new ArrayList<>(), "", false);
  }

  /** Compares one member of two records, e.g. {@code type} of two events. */
  public Difference compareMember(JsonNode expectedRecord, JsonNode actualRecord, String name) {
    List<String> keys = new ArrayList<>();
    keys.add(name);
    return compare(expectedRecord.get(name), actualRecord.get(name), keys, name, false);
  }

  private Difference compare(JsonNode expected, JsonNode actual, List<String> keys, String path, boolean parsed) {
    if (expected == null || actual == null) {
      if (expected == null && actual == null) {
        return null;
      }
      return new Difference("", path, expected, actual, expected == null ? "not expected" : "missing");
    }
    if (expected.isTextual()) {
      return compareText(expected, actual, keys, path, parsed);
    }
    if (expected.isNumber()) {
      boolean same = actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
      return same ? null : new Difference("", path, expected, actual, null);
    }
    if (expected.isObject()) {
      return actual.isObject() ? compareObjects(expected, actual, keys, path) : new Difference("", path, expected, actual, null);
    }
    if (expected.isArray()) {
      return actual.isArray() ? compareArrays(expected, actual, keys, path) : new Difference("", path, expected, actual, null);
    }
    return expected.equals(actual) ? null : new Difference("", path, expected, actual, null);
  }

  private Difference compareText(JsonNode expected, JsonNode actual, List<String> keys, String path, boolean parsed) {
    if (!actual.isTextual()) {
      return new Difference("", path, expected, actual, null);
    }
    if (!parsed && isJsonTextPosition(keys)) {
      JsonNode expectedValue = Jsons.tryParse(expected.asText());
      JsonNode actualValue = Jsons.tryParse(actual.asText());
      if (expectedValue != null && actualValue != null) {
        Bindings before = bindings.copy();
        Difference difference = compare(expectedValue, actualValue, keys, path, true);
        if (difference == null) {
          return null;
        }
        bindings.restore(before);
        return difference;
      }
    }
    if (Wildcards.matches(expected.asText(), actual.asText(), bindings)) {
      return null;
    }
    if (!parsed && looksLikeJsonContainer(expected.asText()) && looksLikeJsonContainer(actual.asText())) {
      // JSON text nested in user data (a Lambda error's Cause inside a caught error's output) keeps
      // the spacing of whoever wrote it; the recipe compares JSON text by value by default.
      JsonNode expectedValue = Jsons.tryParse(expected.asText());
      JsonNode actualValue = Jsons.tryParse(actual.asText());
      if (expectedValue != null && actualValue != null) {
        Bindings before = bindings.copy();
        if (compare(expectedValue, actualValue, keys, path, true) == null) {
          return null;
        }
        bindings.restore(before);
      }
    }
    return new Difference("", path, expected, actual, null);
  }

  private static boolean looksLikeJsonContainer(String text) {
    String t = text.strip();
    return t.startsWith("{") && t.endsWith("}") || t.startsWith("[") && t.endsWith("]");
  }

  private Difference compareObjects(JsonNode expected, JsonNode actual, List<String> keys, String path) {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, JsonNode> member : expected.properties()) {
      String name = member.getKey();
      seen.add(name);
      keys.add(name);
      Difference difference = compare(member.getValue(), actual.get(name), keys, join(path, name), false);
      keys.remove(keys.size() - 1);
      if (difference != null) {
        return difference;
      }
    }
    for (Map.Entry<String, JsonNode> member : actual.properties()) {
      if (!seen.contains(member.getKey())) {
        return new Difference("", join(path, member.getKey()), null, member.getValue(), "not expected");
      }
    }
    return null;
  }

  private Difference compareArrays(JsonNode expected, JsonNode actual, List<String> keys, String path) {
    int size = Math.max(expected.size(), actual.size());
    for (int i = 0; i < size; i++) {
      keys.add("[" + i + "]");
      Difference difference = compare(expected.get(i), actual.get(i), keys, path + "[" + i + "]", false);
      keys.remove(keys.size() - 1);
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  private boolean isJsonTextPosition(List<String> keys) {
    int n = keys.size();
    if (n == jsonTextDepth && EmbeddedJson.isJsonTextField(keys.get(n - 1))) {
      return true;
    }
    return n == jsonTextDepth + 1 && keys.get(n - 2).equals("assignedVariables");
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
