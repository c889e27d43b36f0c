package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.Template;

/**
 * A state field whose value may be written three ways: a constant ({@code "Seconds": 10}), a path
 * to read it from ({@code "SecondsPath": "$.delay"}), or a JSONata expression ({@code "Seconds":
 * "{% $states.input.delay %}"}). Exactly one of the three is set.
 *
 * @param field the field name as written (e.g. {@code SecondsPath}), for messages
 * @param constant the constant, or {@code null}
 * @param path the path, or {@code null}
 * @param expression the JSONata template, or {@code null}
 */
public record ValueSource(String field, JsonNode constant, ReferencePath path, Template expression) {

  public static ValueSource constant(String field, JsonNode value) {
    return new ValueSource(field, value, null, null);
  }

  public static ValueSource path(String field, ReferencePath path) {
    return new ValueSource(field, null, path, null);
  }

  public static ValueSource expression(String field, Template expression) {
    return new ValueSource(field, null, null, expression);
  }
}
