package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath, with the semantics of the JSONPath library AWS Step Functions runs
 * (Jayway), compiled once when the definition is created.
 *
 * <p>A <em>definite</em> path (only single names and single indexes) reads one value; any other
 * path (wildcards, slices, scans, filters, unions) reads an array of every match. Paths that start
 * with {@code $$} read the context object; the caller chooses the root accordingly.
 *
 * <pre>{@code
 * JsonPath path = JsonPath.compile("$.items[0].id");
 * JsonNode id = path.read(input);   // PathNotFoundException when absent
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html">Paths</a>
 */
public final class JsonPath {

  private final String text;
  private final boolean contextObject;
  private final PathToken[] tokens;
  private final boolean definite;
  private final String normalized;
  /** For the common definite path of names and indexes, read without bookkeeping. */
  private final boolean simple;

  private JsonPath(String text, boolean contextObject, List<PathToken> tokens) {
    this.text = text;
    this.contextObject = contextObject;
    this.tokens = tokens.toArray(new PathToken[0]);
    boolean allDefinite = true;
    boolean allSimple = true;
    StringBuilder sb = new StringBuilder("$");
    for (PathToken token : this.tokens) {
      allDefinite &= token.definite();
      allSimple &= token instanceof PathToken.Property p && p.names().size() == 1
          || token instanceof PathToken.Index i && i.indexes().size() == 1;
      sb.append(token.fragment());
    }
    this.definite = allDefinite;
    this.simple = allSimple;
    this.normalized = sb.toString();
  }

  /**
   * Compiles a path such as {@code $.a.b[0]}, {@code $['a']}, {@code $..name}, {@code
   * $.items[?(@.price < 10)]} or {@code $$.Execution.Id}.
   *
   * @throws InvalidPathException when the text is not a JSONPath
   */
  public static JsonPath compile(String text) {
    if (text != null) {
      ExpressionNesting.check(text);
    }
    PathParser parser = new PathParser(text);
    List<PathToken> tokens = parser.parse();
    return new JsonPath(text, parser.contextObject(), tokens);
  }

  /** The path as written in the definition. */
  public String text() {
    return text;
  }

  /** Whether the path starts with {@code $$} and reads the context object. */
  public boolean isContextObject() {
    return contextObject;
  }

  /** Whether the path can match at most one value (no wildcard, slice, scan, filter or union). */
  public boolean isDefinite() {
    return definite;
  }

  /** Whether the path is the root itself ({@code $} or {@code $$}). */
  public boolean isRoot() {
    return tokens.length == 0;
  }

  /** The normalised form the JSONPath library prints in its messages, e.g. {@code $['a'][0]}. */
  public String normalized() {
    return normalized;
  }

  List<PathToken> tokens() {
    return List.of(tokens);
  }

  /**
   * Reads the value the path selects in {@code root}.
   *
   * @return the value for a definite path; for any other path an array of all matches (possibly
   *     empty)
   * @throws PathNotFoundException when a definite path finds nothing, with the library's message
   */
  public JsonNode read(JsonNode root) {
    if (simple) {
      JsonNode found = readSimple(root);
      if (found != null) {
        return found;
      }
    }
    List<JsonNode> results = new ArrayList<>();
    evaluate(0, "$", root, root, results);
    if (definite) {
      if (results.isEmpty()) {
        throw new PathNotFoundException("No results for path: " + normalized);
      }
      return results.get(0);
    }
    ArrayNode array = Json.array();
    array.addAll(results);
    return array;
  }

  /** Like {@link #read}, but answers {@code null} where the path finds nothing. */
  public JsonNode readOrNull(JsonNode root) {
    try {
      return read(root);
    } catch (PathNotFoundException | InvalidPathException e) {
      return null;
    }
  }

  private JsonNode readSimple(JsonNode node) {
    for (PathToken token : tokens) {
      if (token instanceof PathToken.Property p) {
        if (!node.isObject()) {
          return null;
        }
        node = node.get(p.names().get(0));
      } else {
        int index = ((PathToken.Index) token).indexes().get(0);
        if (!node.isArray()) {
          return null;
        }
        node = node.get(index < 0 ? node.size() + index : index);
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /** Whether the tokens before {@code i} are all definite (Jayway's "upstream definite"). */
  private boolean upstreamDefinite(int i) {
    for (int k = 0; k < i; k++) {
      if (!tokens[k].definite()) {
        return false;
      }
    }
    return true;
  }

  private void evaluate(int i, String currentPath, JsonNode model, JsonNode root, List<JsonNode> out) {
    if (i == tokens.length) {
      out.add(model);
      return;
    }
    PathToken token = tokens[i];
    boolean leaf = i == tokens.length - 1;
    if (token instanceof PathToken.Property p) {
      evaluateProperty(p, i, leaf, currentPath, model, root, out);
    } else if (token instanceof PathToken.Wildcard) {
      if (model.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = model.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          evaluate(i + 1, currentPath + "['" + field.getKey() + "']", field.getValue(), root, out);
        }
      } else if (model.isArray()) {
        for (int k = 0; k < model.size(); k++) {
          evaluate(i + 1, currentPath + "[" + k + "]", model.get(k), root, out);
        }
      }
    } else if (token instanceof PathToken.Index idx) {
      if (!checkArray(i, currentPath, model)) {
        return;
      }
      for (int index : idx.indexes()) {
        int effective = index < 0 ? model.size() + index : index;
        if (effective >= 0 && effective < model.size()) {
          evaluate(i + 1, currentPath + "[" + index + "]", model.get(effective), root, out);
        }
      }
    } else if (token instanceof PathToken.Slice s) {
      if (!checkArray(i, currentPath, model)) {
        return;
      }
      int length = model.size();
      int from;
      int to;
      if (s.from() == null) {
        from = 0;
        to = s.to() < 0 ? length + s.to() : s.to();
      } else if (s.to() == null) {
        from = Math.max(0, s.from() < 0 ? length + s.from() : s.from());
        to = length;
      } else {
        // Jayway takes [a:b] literally: a negative start is not counted from the end
        from = s.from();
        to = s.to();
      }
      to = Math.min(length, to);
      for (int k = Math.max(from, 0); k < to; k++) {
        evaluate(i + 1, currentPath + "[" + k + "]", model.get(k), root, out);
      }
    } else if (token instanceof PathToken.Scan) {
      scan(i, currentPath, model, root, out);
    } else if (token instanceof PathToken.Filter f) {
      if (model.isArray()) {
        for (int k = 0; k < model.size(); k++) {
          JsonNode item = model.get(k);
          if (f.predicate().test(item, root)) {
            evaluate(i + 1, currentPath + "[" + k + "]", item, root, out);
          }
        }
      } else if (model.isObject()) {
        if (f.predicate().test(model, root)) {
          evaluate(i + 1, currentPath, model, root, out);
        }
      } else if (upstreamDefinite(i)) {
        throw new PathNotFoundException(
            "Filter: " + token.fragment() + " can only be applied to arrays. Current context is: "
                + Json.write(model));
      }
    } else if (token instanceof PathToken.Function fn) {
      out.add(fn.apply(model));
    }
  }

  private void evaluateProperty(
      PathToken.Property p, int i, boolean leaf, String currentPath, JsonNode model, JsonNode root,
      List<JsonNode> out) {
    if (!model.isObject()) {
      if (!upstreamDefinite(i)) {
        return;
      }
      String found = model.isNull() ? "null" : javaTypeName(model);
      throw new PathNotFoundException(
          "Expected to find an object with property " + p.fragment() + " in path " + currentPath
              + " but found '" + found + "'. This is not a json object according to the JsonProvider: "
              + "'com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider'.");
    }
    if (p.names().size() == 1) {
      String name = p.names().get(0);
      String evalPath = currentPath + "['" + name + "']";
      JsonNode value = model.get(name);
      if (value == null) {
        if (leaf) {
          return;
        }
        if (upstreamDefinite(i)) {
          throw new PathNotFoundException("Missing property in path " + evalPath);
        }
        return;
      }
      evaluate(i + 1, evalPath, value, root, out);
      return;
    }
    // A union of names reads an object of the names that are present.
    var merged = Json.object();
    for (String name : p.names()) {
      JsonNode value = model.get(name);
      if (value != null) {
        merged.set(name, value);
      }
    }
    out.add(merged);
  }

  private boolean checkArray(int i, String currentPath, JsonNode model) {
    if (model.isNull()) {
      if (!upstreamDefinite(i)) {
        return false;
      }
      throw new PathNotFoundException("The path " + currentPath + " is null");
    }
    if (!model.isArray()) {
      if (!upstreamDefinite(i)) {
        return false;
      }
      throw new PathNotFoundException(
          "Filter: " + tokens[i].fragment() + " can only be applied to arrays. Current context is: "
              + Json.write(model));
    }
    return true;
  }

  /** {@code ..x}: applies the next token at this node and at every node below it. */
  private void scan(int i, String currentPath, JsonNode model, JsonNode root, List<JsonNode> out) {
    if (i + 1 == tokens.length) {
      collectAll(model, out);
      return;
    }
    PathToken next = tokens[i + 1];
    if (next instanceof PathToken.Property p) {
      if (model.isObject()) {
        for (String name : p.names()) {
          JsonNode value = model.get(name);
          if (value != null) {
            evaluate(i + 2, currentPath + "['" + name + "']", value, root, out);
          }
        }
      }
    } else if (next instanceof PathToken.Wildcard) {
      if (model.isContainerNode()) {
        evaluate(i + 1, currentPath, model, root, out);
      }
    } else if (model.isArray() || next instanceof PathToken.Filter && model.isObject()) {
      if (next instanceof PathToken.Filter f && model.isObject()) {
        if (f.predicate().test(model, root)) {
          evaluate(i + 2, currentPath, model, root, out);
        }
      } else {
        List<JsonNode> sub = new ArrayList<>();
        // Index, slice and filter tokens in a scan never raise: indefinite by construction.
        evaluateLenient(i + 1, currentPath, model, root, sub);
        out.addAll(sub);
      }
    }
    if (model.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = model.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isContainerNode()) {
          scan(i, currentPath + "['" + field.getKey() + "']", field.getValue(), root, out);
        }
      }
    } else if (model.isArray()) {
      for (int k = 0; k < model.size(); k++) {
        if (model.get(k).isContainerNode()) {
          scan(i, currentPath + "[" + k + "]", model.get(k), root, out);
        }
      }
    }
  }

  private void evaluateLenient(int i, String currentPath, JsonNode model, JsonNode root, List<JsonNode> out) {
    try {
      evaluate(i, currentPath, model, root, out);
    } catch (PathNotFoundException e) {
      // a scan visits values of every kind; a mismatch there is not an error
    }
  }

  private static void collectAll(JsonNode model, List<JsonNode> out) {
    if (model.isObject() || model.isArray()) {
      for (JsonNode child : model) {
        out.add(child);
        collectAll(child, out);
      }
    }
  }

  private static String javaTypeName(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "java.lang.String";
      case BOOLEAN -> "java.lang.Boolean";
      case NUMBER -> node.isIntegralNumber() ? "java.lang.Integer" : "java.lang.Double";
      case ARRAY -> "java.util.ArrayList";
      default -> node.getNodeType().name().toLowerCase();
    };
  }

  @Override
  public String toString() {
    return text;
  }
}
