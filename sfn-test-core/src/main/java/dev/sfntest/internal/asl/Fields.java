package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a definition, reporting each schema problem the way AWS
 * does: a missing field at the object, a wrong type or value at the field.
 */
final class Fields {

  final JsonNode node;
  final Location at;
  final Diagnostics diagnostics;

  Fields(JsonNode node, Location at, Diagnostics diagnostics) {
    this.node = node;
    this.at = at;
    this.diagnostics = diagnostics;
  }

  boolean has(String field) {
    return node.has(field);
  }

  JsonNode get(String field) {
    return node.get(field);
  }

  Location at(String field) {
    return at.field(field);
  }

  /** Reports, in one diagnostic as AWS does, every listed field the object lacks. */
  boolean require(String... fields) {
    List<String> missing = new ArrayList<>();
    for (String field : fields) {
      if (!node.has(field)) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      diagnostics.schema(Messages.required(missing), at);
    }
    return missing.isEmpty();
  }

  /** Reports each field the object may not have, in the order written. */
  void allowOnly(Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (!allowed.contains(field)) {
        diagnostics.schema(Messages.notSupported(field), at);
      }
    }
  }

  /** Reports two spellings of one field used together; true when both are there. */
  boolean exclusive(String first, String second) {
    if (node.has(first) && node.has(second)) {
      diagnostics.schema(Messages.onlyOneOf(List.of(first, second)), at(first));
      return true;
    }
    return false;
  }

  /** The field as a string; {@code null} when absent or not a string (reported). */
  String string(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, at(field));
      return null;
    }
    return value.asText();
  }

  /** The field as a string from a fixed set; {@code null} when absent or wrong (reported). */
  String oneOf(String field, List<String> values) {
    String value = string(field);
    if (value != null && !values.contains(value)) {
      diagnostics.schema(Messages.oneOfValues(values), at(field));
      return null;
    }
    return value;
  }

  Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      diagnostics.schema(Messages.expectedType("Boolean"), at(field));
      return null;
    }
    return value.asBoolean();
  }

  /** The field when it is an object; {@code null} when absent or not an object (reported). */
  Fields object(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      diagnostics.schema(Messages.expectedType("Object"), at(field));
      return null;
    }
    return new Fields(value, at(field), diagnostics);
  }

  /** The field when it is an array; {@code null} when absent or not an array (reported). */
  JsonNode array(String field, boolean nonEmpty) {
    JsonNode value = node.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      diagnostics.schema(Messages.expectedType("Array"), at(field));
      return null;
    }
    if (nonEmpty && value.isEmpty()) {
      diagnostics.schema(Messages.EMPTY, at(field));
      return null;
    }
    return value;
  }

  /** Checks an integer value against its range; true when it fits. */
  static boolean checkInteger(JsonNode value, Range range, Location at, Diagnostics diagnostics) {
    if (!value.isIntegralNumber()) {
      diagnostics.schema(Messages.expectedType("Integer"), at);
      return false;
    }
    return checkRange(new BigDecimal(value.bigIntegerValue()), range, at, diagnostics);
  }

  /** Checks a decimal value against its range; true when it fits. */
  static boolean checkNumber(JsonNode value, Range range, Location at, Diagnostics diagnostics) {
    if (!value.isNumber()) {
      diagnostics.schema(Messages.expectedType("Number"), at);
      return false;
    }
    return checkRange(value.decimalValue(), range, at, diagnostics);
  }

  private static boolean checkRange(BigDecimal value, Range range, Location at, Diagnostics diagnostics) {
    if (range.min() != null && value.compareTo(new BigDecimal(range.min())) < 0) {
      diagnostics.schema(Messages.minimum(range.min()), at);
      return false;
    }
    if (range.max() != null && value.compareTo(new BigDecimal(range.max())) > 0) {
      diagnostics.schema(Messages.maximum(range.max()), at);
      return false;
    }
    return true;
  }

  /**
   * A numeric range, its bounds written as AWS prints them in {@code Minimum value is 0.0}; a
   * {@code null} bound is open.
   */
  record Range(String min, String max) {
    static Range atLeast(String min) {
      return new Range(min, null);
    }

    static Range between(String min, String max) {
      return new Range(min, max);
    }

    /** Whether an integer value fits, without reporting. */
    boolean fits(BigInteger value) {
      BigDecimal v = new BigDecimal(value);
      return (min == null || v.compareTo(new BigDecimal(min)) >= 0)
          && (max == null || v.compareTo(new BigDecimal(max)) <= 0);
    }
  }
}
