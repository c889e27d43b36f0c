package dev.sfntest.internal.expr.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.IntrinsicCall;
import dev.sfntest.internal.expr.InvalidPathException;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.JsonPath;
import dev.sfntest.internal.expr.PathNotFoundException;
import dev.sfntest.internal.expr.Template;
import dev.sfntest.internal.expr.VariableReference;
import dev.sfntest.internal.expr.Variables;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONPath payload template: the value of {@code Parameters}, {@code ResultSelector},
 * {@code ItemSelector} or a JSONPath {@code Assign}. A field whose name ends in {@code .$} takes its
 * value from a path ({@code $.a}, {@code $$.Execution.Id}), a variable ({@code $order.id}) or an
 * intrinsic function ({@code States.Format(...)}); everything else is copied as written.
 *
 * <pre>{@code
 * PayloadTemplate t = PayloadTemplate.compile(Json.parseUnchecked("{\"id.$\": \"$.orderId\"}"));
 * JsonNode effective = t.evaluate(ctx);   // {"id": "42"}
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html">Parameters</a>
 */
public final class PayloadTemplate implements Template {

  private final JsonNode source;
  private final Node root;

  private PayloadTemplate(JsonNode source, Node root) {
    this.source = source;
    this.root = root;
  }

  /**
   * Compiles a template once.
   *
   * @throws InvalidPathException when a {@code .$} field holds something that is not a path,
   *     variable reference or intrinsic function call
   */
  public static PayloadTemplate compile(JsonNode template) {
    return new PayloadTemplate(template, compileNode(template, ""));
  }

  /** The template as written in the definition. */
  @Override
  public JsonNode source() {
    return source;
  }

  /** Builds the payload. Paths read {@code ctx.input()}; {@code $$} paths read the context object. */
  @Override
  public JsonNode evaluate(EvalContext ctx) {
    return root.evaluate(ctx);
  }

  /**
   * Parses the value of one {@code .$} field (a path, variable reference or intrinsic call) into
   * something that can be evaluated; shared by Choice rules, {@code *Path} fields and templates.
   */
  public static Expression compileExpression(String text, String fieldName) {
    String trimmed = text.strip();
    if (Intrinsics.isIntrinsic(trimmed)) {
      IntrinsicCall call = Intrinsics.parse(trimmed);
      return ctx -> call.evaluate(ctx);
    }
    if (Variables.isReference(trimmed)) {
      VariableReference ref = VariableReference.parse(trimmed);
      return ctx -> ref.read(ctx, fieldName);
    }
    JsonPath path = JsonPath.compile(trimmed);
    return ctx -> readPathForField(path, ctx, fieldName);
  }

  /**
   * Reads a template path. A definite path that finds nothing fails with AWS's message; an
   * indefinite one reads an empty array.
   */
  static JsonNode readPathForField(JsonPath path, EvalContext ctx, String fieldName) {
    JsonNode root = path.isContextObject() ? ctx.contextObject() : ctx.input();
    try {
      return path.read(root);
    } catch (PathNotFoundException e) {
      if (!path.isDefinite()) {
        return Json.array();
      }
      throw new EvaluationException(ErrorNames.RUNTIME,
          "The JSONPath '" + path.text() + "' specified for the field '" + fieldName
              + "' could not be found in the input '" + Json.write(root) + "'");
    }
  }

  /** A compiled dynamic value. */
  @FunctionalInterface
  public interface Expression {
    JsonNode evaluate(EvalContext ctx);
  }

  private interface Node {
    JsonNode evaluate(EvalContext ctx);
  }

  private static Node compileNode(JsonNode template, String fieldName) {
    if (!isDynamic(template)) {
      return ctx -> template;
    }
    if (template.isObject()) {
      List<String> names = new ArrayList<>();
      List<Node> values = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String key = field.getKey();
        if (key.endsWith(".$")) {
          JsonNode value = field.getValue();
          if (!value.isTextual()) {
            throw new InvalidPathException(
                "The value for the field '" + key + "' must be a STRING that contains a JSONPath but was "
                    + value.getNodeType());
          }
          Expression expression;
          try {
            expression = compileExpression(value.asText(), key);
          } catch (InvalidPathException e) {
            // AWS's wording for a .$ field that is neither (ValidateStateMachineDefinition).
            throw new InvalidPathException("The value for the field '" + key
                + "' must be a valid JSONPath or a valid intrinsic function call");
          }
          names.add(key.substring(0, key.length() - 2));
          values.add(expression::evaluate);
        } else {
          names.add(key);
          values.add(compileNode(field.getValue(), key));
        }
      }
      String[] keys = names.toArray(new String[0]);
      Node[] nodes = values.toArray(new Node[0]);
      return ctx -> {
        ObjectNode out = Json.object();
        for (int i = 0; i < keys.length; i++) {
          out.set(keys[i], nodes[i].evaluate(ctx));
        }
        return out;
      };
    }
    List<Node> items = new ArrayList<>();
    for (JsonNode item : template) {
      items.add(compileNode(item, fieldName));
    }
    Node[] nodes = items.toArray(new Node[0]);
    return ctx -> {
      ArrayNode out = Json.array();
      for (Node node : nodes) {
        out.add(node.evaluate(ctx));
      }
      return out;
    };
  }

  /** Whether a subtree has any {@code .$} field; static subtrees are shared, never rebuilt. */
  private static boolean isDynamic(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().endsWith(".$") || isDynamic(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (isDynamic(item)) {
          return true;
        }
      }
    }
    return false;
  }
}
