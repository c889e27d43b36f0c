package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.Template;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the fields whose value may be written three ways: a constant ({@code "Seconds": 10}), a
 * path to read it from in JSONPath states ({@code "SecondsPath": "$.delay"}), or a JSONata
 * expression in JSONata states ({@code "Seconds": "{% $states.input.delay %}"}).
 */
final class ValueFields {

  /** The type of a field's constant. */
  enum Kind {
    INTEGER,
    NUMBER,
    STRING,
    /** An RFC 3339 timestamp string, as the ASL spec defines them. */
    TIMESTAMP
  }

  /**
   * RFC 3339 as the ASL spec restricts it: an uppercase {@code T}, seconds present, {@code Z} or a
   * numeric offset. {@link Timestamps#parse} alone would also take {@code 2016-03-14T01:59Z}.
   *
   * @see <a href="https://states-language.net/spec.html#timestamps">ASL spec: Timestamps</a>
   */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  private final Diagnostics diagnostics;
  private final Expressions expressions;

  ValueFields(Diagnostics diagnostics, Expressions expressions) {
    this.diagnostics = diagnostics;
    this.expressions = expressions;
  }

  /**
   * Reads {@code field} or its {@code pathField} spelling (JSONPath only; {@code null} when the
   * field has none). Reports both spellings used together unless {@code exclusiveChecked}.
   *
   * @return the value, or {@code null} when absent or wrong (reported)
   */
  ValueSource read(Fields state, String field, String pathField, QueryLanguage language, Kind kind,
      Fields.Range range, Expressions.PathRule pathRule, boolean exclusiveChecked) {
    boolean jsonPath = language == QueryLanguage.JSONPATH;
    if (jsonPath && pathField != null && !exclusiveChecked && state.exclusive(field, pathField)) {
      return null;
    }
    JsonNode constant = state.get(field);
    if (constant != null) {
      if (!jsonPath && Expressions.isExpression(constant)) {
        Template template = expressions.jsonata(constant, field, state.at(field), Expressions.Scope.STATE);
        return template == null ? null : ValueSource.expression(field, template);
      }
      if (jsonPath && pathField != null && kind == Kind.STRING && constant.isTextual()
          && Expressions.looksDynamic(constant.asText())) {
        diagnostics.warning(Diagnostic.NO_PATH, Messages.noPath(field), state.at(field));
      }
      return checkConstant(constant, kind, range, state.at(field)) ? ValueSource.constant(field, constant) : null;
    }
    JsonNode path = pathField == null || !jsonPath ? null : state.get(pathField);
    if (path == null) {
      return null;
    }
    if (!path.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, state.at(pathField));
      return null;
    }
    ReferencePath compiled = expressions.path(path.asText(), pathRule, state.at(pathField));
    return compiled == null ? null : ValueSource.path(pathField, compiled);
  }

  /** Checks a constant's type and range; true when it fits. */
  boolean checkConstant(JsonNode value, Kind kind, Fields.Range range, Location at) {
    switch (kind) {
      case INTEGER:
        return Fields.checkInteger(value, range, at, diagnostics);
      case NUMBER:
        return Fields.checkNumber(value, range, at, diagnostics);
      case STRING:
        if (!value.isTextual()) {
          diagnostics.schema(Messages.EXPECTED_STRING, at);
          return false;
        }
        return true;
      default:
        return checkTimestamp(value, at);
    }
  }

  /** Checks an RFC 3339 timestamp constant; true when it is one. */
  boolean checkTimestamp(JsonNode value, Location at) {
    if (!value.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, at);
      return false;
    }
    if (!RFC3339.matcher(value.asText()).matches() || Timestamps.parse(value.asText()) == null) {
      diagnostics.schema(Messages.NOT_A_TIMESTAMP, at);
      return false;
    }
    return true;
  }

  /** How many of the listed fields the object has. */
  static int present(Fields state, List<String> fields) {
    int count = 0;
    for (String field : fields) {
      if (state.has(field)) {
        count++;
      }
    }
    return count;
  }
}
