package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.IntrinsicCall;
import dev.sfntest.internal.expr.InvalidPathException;
import dev.sfntest.internal.expr.JsonPath;
import dev.sfntest.internal.expr.JsonataTemplate;
import dev.sfntest.internal.expr.ReferencePath;
import dev.sfntest.internal.expr.ResultPath;
import dev.sfntest.internal.expr.Template;
import dev.sfntest.internal.expr.intrinsic.Intrinsics;
import dev.sfntest.internal.expr.template.PayloadTemplate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Compiles the dynamic values of a definition (paths, JSONPath payload templates, intrinsic
 * functions, JSONata templates) once, at create time, and reports the ones that do not compile
 * with AWS's code and message. The syntax itself is judged by the {@code expr} package: {@link
 * ReferencePath}, {@link PayloadTemplate}, {@link Intrinsics} and {@link JsonataTemplate}.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/amazon-states-language-paths.html">Paths</a>
 */
final class Expressions {

  /** What a path field accepts. */
  enum PathRule {
    /** Any JSONPath, the context object and variables: InputPath, OutputPath, ItemsPath. */
    PATH,
    /** A path that selects at most one node (the ASL spec's Reference Path): SecondsPath, ErrorPath... */
    REFERENCE,
    /**
     * A Reference Path that may not read the context object: the Map number fields (observed:
     * {@code $$.Execution.Input.n} is refused with {@code Value is not a Reference Path}).
     */
    REFERENCE_NO_CONTEXT,
    /** A Choice {@code Variable} or {@code *Path} operand. */
    CHOICE
  }

  private final Diagnostics diagnostics;

  Expressions(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  // ------------------------------------------------------------------ paths

  /** Compiles a path field; {@code null} (reported) when it is not one. */
  ReferencePath path(String text, PathRule rule, Location at) {
    if (!text.strip().startsWith("$")) {
      diagnostics.schema(rule == PathRule.CHOICE ? Messages.REFERENCE_PATH_WITHOUT_DOLLAR : Messages.NOT_A_JSONPATH,
          at);
      return null;
    }
    ReferencePath path;
    try {
      path = guarded(() -> ReferencePath.compile(text));
    } catch (InvalidPathException e) {
      diagnostics.schema(rule == PathRule.CHOICE ? Messages.NOT_A_REFERENCE_PATH : Messages.NOT_A_JSONPATH, at);
      return null;
    }
    JsonPath jsonPath = path.jsonPath();
    boolean single = jsonPath == null || jsonPath.isDefinite();
    boolean context = jsonPath != null && jsonPath.isContextObject();
    if ((rule == PathRule.REFERENCE || rule == PathRule.REFERENCE_NO_CONTEXT) && !single
        || rule == PathRule.REFERENCE_NO_CONTEXT && context) {
      diagnostics.schema(Messages.NOT_A_REFERENCE_PATH, at);
      return null;
    }
    return path;
  }

  /** {@code InputPath} / {@code OutputPath}: a path, or JSON null (an empty object). */
  IoPath ioPath(JsonNode value, Location at) {
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return IoPath.NULL;
    }
    if (!value.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, at);
      return null;
    }
    ReferencePath path = path(value.asText(), PathRule.PATH, at);
    return path == null ? null : new IoPath(path);
  }

  /** {@code ResultPath}: a Reference Path into the input, or JSON null (discard the result). */
  ResultPathSpec resultPath(JsonNode value, Location at) {
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return ResultPathSpec.DISCARD;
    }
    if (!value.isTextual()) {
      diagnostics.schema(Messages.EXPECTED_STRING, at);
      return null;
    }
    String text = value.asText();
    if (!text.startsWith("$")) {
      diagnostics.schema(Messages.NOT_A_JSONPATH, at);
      return null;
    }
    try {
      return new ResultPathSpec(guarded(() -> ResultPath.compile(text)));
    } catch (InvalidPathException e) {
      diagnostics.schema(Messages.NOT_A_REFERENCE_PATH, at);
      return null;
    }
  }

  /**
   * {@code ErrorPath} / {@code CausePath}: a Reference Path, or an intrinsic function that yields
   * the string.
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/state-fail.html">Fail state</a>
   */
  ValueSource pathOrIntrinsic(String field, String text, Location at) {
    String trimmed = text.strip();
    if (Intrinsics.isIntrinsic(trimmed)) {
      try {
        IntrinsicCall call = guarded(() -> Intrinsics.parse(trimmed));
        JsonNode source = dev.sfntest.internal.expr.Json.NODES.textNode(text);
        return ValueSource.expression(field, new Template() {
          @Override
          public JsonNode source() {
            return source;
          }

          @Override
          public JsonNode evaluate(EvalContext ctx) {
            return call.evaluate(ctx);
          }
        });
      } catch (InvalidPathException e) {
        diagnostics.schema(Messages.templatePath(field), at);
        return null;
      }
    }
    ReferencePath path = path(text, PathRule.REFERENCE, at);
    return path == null ? null : ValueSource.path(field, path);
  }

  // ------------------------------------------------------------------ JSONPath payload templates

  /**
   * Compiles a payload template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector},
   * JSONPath {@code Assign}, ...). Each {@code .$} field must hold a path, a variable reference or
   * an intrinsic call; a plain field holding what looks like one gets AWS's NO_DOLLAR warning.
   */
  PayloadTemplate payload(JsonNode value, Location at) {
    if (value == null) {
      return null;
    }
    int before = diagnostics.errorCount();
    checkPayload(value, at);
    if (diagnostics.errorCount() > before) {
      return null;
    }
    try {
      // guarded too: the check above may pass near the stack's limit and the compile still overflow
      return guarded(() -> PayloadTemplate.compile(value));
    } catch (InvalidPathException e) {
      // checkPayload compiles every .$ value the same way, so this only happens if the expr
      // package's rules change; report rather than fail.
      diagnostics.schema(e.getMessage(), at);
      return null;
    }
  }

  private void checkPayload(JsonNode node, Location at) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        checkPayload(item, at);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.endsWith(".$")) {
        checkDynamicValue(key, value, at);
      } else if (value.isTextual() && looksDynamic(value.asText())) {
        diagnostics.warning(Diagnostic.NO_DOLLAR, Messages.noDollar(key), at);
      } else {
        checkPayload(value, at);
      }
    }
  }

  private void checkDynamicValue(String key, JsonNode value, Location at) {
    if (!value.isTextual()) {
      diagnostics.schema(Messages.templatePath(key), at);
      return;
    }
    try {
      guarded(() -> PayloadTemplate.compileExpression(value.asText(), key));
    } catch (InvalidPathException e) {
      diagnostics.schema(Messages.templatePath(key), at);
    }
  }

  /** Whether a plain string looks like a JSONPath, a variable reference or an intrinsic call. */
  static boolean looksDynamic(String text) {
    String t = text.strip();
    return t.startsWith("$") || t.startsWith("States.") && t.endsWith(")") && t.indexOf('(') > 0;
  }

  // ------------------------------------------------------------------ JSONata

  /** Where a JSONata expression is evaluated: only a catcher offers {@code $states.errorOutput}. */
  enum Scope {
    STATE,
    CATCHER
  }

  /**
   * Compiles a JSONata template: a value in which {@code {% ... %}} strings are expressions, at any
   * depth. A malformed expression is AWS's INVALID_JSONATA_EXPRESSION with the parser's message;
   * {@code $$} and a misplaced {@code $states.errorOutput} are UNSUPPORTED_JSONATA_EXPRESSION.
   */
  Template jsonata(JsonNode value, String field, Location at, Scope scope) {
    if (value == null) {
      return null;
    }
    int before = diagnostics.errorCount();
    checkJsonata(value, at, scope);
    if (diagnostics.errorCount() > before) {
      return null;
    }
    try {
      return guarded(() -> JsonataTemplate.compile(value, field));
    } catch (InvalidPathException e) {
      // Compiled once in the usual case; only when that fails is each expression compiled alone,
      // to report every bad one where it sits (/States/S/Output/list/1), as AWS lists them all.
      locateInvalid(value, field, at);
      if (diagnostics.errorCount() == before) {
        diagnostics.error(Diagnostic.INVALID_JSONATA_EXPRESSION, e.getMessage(), at);
      }
      return null;
    }
  }

  private void locateInvalid(JsonNode node, String field, Location at) {
    if (node.isTextual()) {
      if (JsonataTemplate.isExpression(node.asText())) {
        try {
          guarded(() -> JsonataTemplate.compile(node, field));
        } catch (InvalidPathException e) {
          diagnostics.error(Diagnostic.INVALID_JSONATA_EXPRESSION, e.getMessage(), at);
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        locateInvalid(member.getValue(), field, at.pointer(member.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        locateInvalid(node.get(i), field, at.pointer(i));
      }
    }
  }

  private void checkJsonata(JsonNode node, Location at, Scope scope) {
    if (node.isTextual()) {
      String text = node.asText();
      if (JsonataTemplate.isExpression(text)) {
        String unsupported = JsonataRules.unsupported(text.substring(2, text.length() - 2), scope);
        if (unsupported != null) {
          diagnostics.error(Diagnostic.UNSUPPORTED_JSONATA_EXPRESSION, unsupported, at);
        }
      }
    } else if (node.isContainerNode()) {
      for (JsonNode child : node) {
        checkJsonata(child, at, scope);
      }
    }
  }

  /**
   * Runs a parser of the {@code expr} package. Those parsers recurse into nested parentheses and
   * calls; a definition nesting them tens of thousands deep would exhaust the stack, and is
   * refused like any other expression that does not parse instead of failing the API call.
   */
  private static <T> T guarded(Supplier<T> parser) {
    try {
      return parser.get();
    } catch (StackOverflowError e) {
      throw new InvalidPathException(Messages.TOO_DEEP);
    }
  }

  /** Whether a value is one JSONata expression string ({@code "{% ... %}"}). */
  static boolean isExpression(JsonNode value) {
    return value != null && value.isTextual() && JsonataTemplate.isExpression(value.asText());
  }
}
