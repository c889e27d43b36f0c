package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A compiled {@code ResultPath}: a reference path saying where a state's result goes in its input.
 * {@code $} replaces the input; {@code $.a.b} sets {@code b} inside {@code a}, creating the objects
 * on the way. The input itself is never modified: only the objects on the path are copied.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html">ResultPath</a>
 */
public final class ResultPath {

  private final JsonPath path;
  private final List<PathToken> tokens;

  private ResultPath(JsonPath path) {
    this.path = path;
    this.tokens = path.tokens();
  }

  /**
   * Compiles a reference path.
   *
   * @throws InvalidPathException when the text is not a definite path of names and indexes
   */
  public static ResultPath compile(String text) {
    JsonPath path = JsonPath.compile(text);
    if (path.isContextObject()) {
      throw new InvalidPathException("ResultPath may not refer to the context object: " + text);
    }
    for (PathToken token : path.tokens()) {
      boolean ok = token instanceof PathToken.Property p && p.names().size() == 1
          || token instanceof PathToken.Index i && i.indexes().size() == 1;
      if (!ok) {
        throw new InvalidPathException("ResultPath must be a reference path: " + text);
      }
    }
    return new ResultPath(path);
  }

  public String text() {
    return path.text();
  }

  /**
   * Places {@code result} into {@code input}.
   *
   * @throws EvaluationException {@code States.ResultPathMatchFailure} when the input has no room
   *     for it (a scalar where an object is needed)
   */
  public JsonNode apply(JsonNode input, JsonNode result) {
    if (tokens.isEmpty()) {
      return result;
    }
    return set(input, 0, result);
  }

  private JsonNode set(JsonNode node, int i, JsonNode result) {
    PathToken token = tokens.get(i);
    boolean last = i == tokens.size() - 1;
    if (token instanceof PathToken.Property p) {
      String name = p.names().get(0);
      ObjectNode copy;
      if (node == null || node.isNull() && i > 0) {
        copy = Json.object();
      } else if (node.isObject()) {
        copy = Json.shallowCopy((ObjectNode) node);
      } else {
        throw mismatch(node);
      }
      copy.set(name, last ? result : set(copy.get(name), i + 1, result));
      return copy;
    }
    int index = ((PathToken.Index) token).indexes().get(0);
    if (node == null || !node.isArray() || index < 0 || index >= node.size()) {
      throw mismatch(node);
    }
    ArrayNode copy = Json.array();
    copy.addAll((ArrayNode) node);
    copy.set(index, last ? result : set(node.get(index), i + 1, result));
    return copy;
  }

  private EvaluationException mismatch(JsonNode node) {
    return new EvaluationException(ErrorNames.RESULT_PATH_MATCH_FAILURE,
        "Unable to apply ResultPath '" + path.text() + "' to input '"
            + (node == null ? "null" : Json.write(node)) + "'");
  }

  @Override
  public String toString() {
    return path.text();
  }
}
