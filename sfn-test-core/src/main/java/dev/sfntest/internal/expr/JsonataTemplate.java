package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A compiled JSONata template: a field's JSON value in which every string of the form {@code {%
 * expression %}} is a JSONata expression, at any depth; everything else is copied as written. Each
 * expression is parsed once, here, when the definition is created.
 *
 * <pre>{@code
 * // "Output": {"total": "{% $sum($states.input.prices) %}", "currency": "EUR"}
 * JsonataTemplate output = JsonataTemplate.compile(outputNode, "Output");
 * JsonNode value = output.evaluate(ctx);       // {"total": 6, "currency": "EUR"}
 * }</pre>
 *
 * <p>Only a string that starts with {@code {%} and ends with {@code %}} is an expression: {@code " {%
 * $x %} "} (with spaces outside the delimiters) is a literal string, as on AWS. Each expression is
 * named in errors by its field path: {@code Output}, {@code Output/total}, {@code Items/1}.
 *
 * <p>Evaluation binds {@code $states} ({@code input}, {@code context}, and {@code result} / {@code
 * errorOutput} where the {@link EvalContext} has them) and the workflow variables the expression
 * names. It fails with {@link JsonataEvaluationException} ({@code States.QueryEvaluationError})
 * when an expression throws, returns nothing (undefined) or returns a function.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data with JSONata in Step Functions</a>
 */
public final class JsonataTemplate implements Template {

  private static final String OPEN = "{%";
  private static final String CLOSE = "%}";

  private final JsonNode source;
  private final String field;
  private final Node root;

  private JsonataTemplate(JsonNode source, String field, Node root) {
    this.source = source;
    this.field = field;
    this.root = root;
  }

  /**
   * Whether a string is a JSONata expression: it starts with {@code {%} and ends with {@code %}},
   * with nothing outside the delimiters.
   */
  public static boolean isExpression(String text) {
    return text.length() >= OPEN.length() + CLOSE.length() && text.startsWith(OPEN) && text.endsWith(CLOSE);
  }

  /**
   * Compiles every expression in a field's value once.
   *
   * @param source the field's value as written
   * @param field the field's name ({@code Output}, {@code Arguments}, {@code Items}, ...)
   * @throws InvalidJsonataException when an expression does not parse; its {@linkplain
   *     InvalidJsonataException#pointer() pointer} says where ({@code Output/v})
   */
  public static JsonataTemplate compile(JsonNode source, String field) {
    return new JsonataTemplate(source, field, compileNode(source, field, field));
  }

  /** The field's value as written in the definition. */
  @Override
  public JsonNode source() {
    return source;
  }

  /** The field's name, as given to {@link #compile}. */
  public String field() {
    return field;
  }

  /** Whether the value holds no expression at all (it evaluates to itself). */
  public boolean isConstant() {
    return root instanceof Literal;
  }

  /**
   * The expression text when the whole field is one expression ({@code "{% $x %}"} gives {@code
   * $x}), as AWS quotes it in causes; {@code null} otherwise.
   */
  public String expressionText() {
    return root instanceof Expression ? ((Expression) root).expression.text() : null;
  }

  /**
   * Computes the value: literals as written, each expression evaluated.
   *
   * @throws JsonataEvaluationException when an expression fails
   */
  @Override
  public JsonNode evaluate(EvalContext ctx) {
    return root.evaluate(ctx);
  }

  /** The trimmed text between the delimiters of an expression string. */
  static String expressionBody(String text) {
    return text.substring(OPEN.length(), text.length() - CLOSE.length()).strip();
  }

  private static Node compileNode(JsonNode node, String path, String pointer) {
    if (node.isTextual() && isExpression(node.textValue())) {
      return new Expression(JsonataExpression.compile(expressionBody(node.textValue()), path, pointer));
    }
    if (node.isObject()) {
      List<String> keys = new ArrayList<>(node.size());
      List<Node> values = new ArrayList<>(node.size());
      boolean dynamic = false;
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> member = fields.next();
        Node value = compileNode(member.getValue(), path + "/" + member.getKey(),
            pointer + "/" + escapePointer(member.getKey()));
        dynamic |= !(value instanceof Literal);
        keys.add(member.getKey());
        values.add(value);
      }
      return dynamic ? new ObjectTemplate(keys.toArray(new String[0]), values.toArray(new Node[0]))
          : new Literal(node);
    }
    if (node.isArray()) {
      List<Node> items = new ArrayList<>(node.size());
      boolean dynamic = false;
      for (int i = 0; i < node.size(); i++) {
        Node item = compileNode(node.get(i), path + "/" + i, pointer + "/" + i);
        dynamic |= !(item instanceof Literal);
        items.add(item);
      }
      return dynamic ? new ArrayTemplate(items.toArray(new Node[0])) : new Literal(node);
    }
    return new Literal(node);
  }

  /** JSON pointer escaping (RFC 6901) of one member name. */
  private static String escapePointer(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** One compiled part of a template. */
  private interface Node {
    JsonNode evaluate(EvalContext ctx);
  }

  /** A value without expressions: shared, never copied (JSON trees are not changed in place). */
  private static final class Literal implements Node {
    private final JsonNode value;

    Literal(JsonNode value) {
      this.value = value;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
      return value;
    }
  }

  private static final class Expression implements Node {
    private final JsonataExpression expression;

    Expression(JsonataExpression expression) {
      this.expression = expression;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
      return expression.evaluate(ctx);
    }
  }

  private static final class ObjectTemplate implements Node {
    private final String[] keys;
    private final Node[] values;

    ObjectTemplate(String[] keys, Node[] values) {
      this.keys = keys;
      this.values = values;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
      ObjectNode object = Json.object();
      for (int i = 0; i < keys.length; i++) {
        object.set(keys[i], values[i].evaluate(ctx));
      }
      return object;
    }
  }

  private static final class ArrayTemplate implements Node {
    private final Node[] items;

    ArrayTemplate(Node[] items) {
      this.items = items;
    }

    @Override
    public JsonNode evaluate(EvalContext ctx) {
      ArrayNode array = Json.array();
      for (Node item : items) {
        array.add(item.evaluate(ctx));
      }
      return array;
    }
  }
}
