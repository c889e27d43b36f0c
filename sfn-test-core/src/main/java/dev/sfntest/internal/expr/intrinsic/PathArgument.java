package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.JsonPath;
import dev.sfntest.internal.expr.PathNotFoundException;

/**
 * A JSONPath argument: {@code $}, {@code $.order.id}, {@code $.items[0]} or a context path such as
 * {@code $$.Execution.Id}. A definite path must find its value; an indefinite one (a wildcard, a
 * filter) reads an array of its matches, which may be empty.
 */
final class PathArgument implements Argument {

  private final JsonPath path;
  /** How AWS names the argument when it finds nothing: {@code $$.A.B} is reported as {@code $.A.B}. */
  private final String reportedField;

  PathArgument(JsonPath path) {
    this.path = path;
    String text = path.text();
    this.reportedField = path.isContextObject() ? text.substring(1) : text;
  }

  @Override
  public JsonNode value(Evaluation evaluation) {
    JsonNode root = path.isContextObject() ? evaluation.context().contextObject() : evaluation.input();
    try {
      return path.read(root);
    } catch (PathNotFoundException e) {
      // Indexing a non-array is the one miss where AWS passes its JSONPath library's own words on.
      if (e.getMessage().startsWith("Filter: ")) {
        throw new IntrinsicFailure(e.getMessage());
      }
      throw evaluation.argumentNotFound(reportedField);
    }
  }

  @Override
  public String text() {
    return path.text();
  }
}
