package dev.sfntest.internal.expr.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.sfntest.internal.expr.ExpressionNesting;
import dev.sfntest.internal.expr.IntrinsicCall;
import dev.sfntest.internal.expr.InvalidPathException;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.JsonPath;
import dev.sfntest.internal.expr.VariableReference;
import dev.sfntest.internal.expr.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses an intrinsic function call once, when the definition is created, into a tree that is
 * evaluated each time the state runs.
 *
 * <p>The grammar: a function name ({@code States.} and one of the 18 names), then {@code (}
 * immediately, then arguments separated by commas with any whitespace around them, then {@code )}
 * and nothing after it. An argument is a string in single quotes with the escapes {@code \'},
 * {@code \{}, {@code \}} and {@code \\}; a JSON number; {@code true}, {@code false} or {@code
 * null}; a path ({@code $}, {@code $.a.b}, {@code $$.Execution.Id}); a workflow variable ({@code
 * $name}, {@code $name.a}); or a nested call.
 *
 * <p>Only the shape is checked here. How many arguments a function takes and their types are
 * checked when the call runs, because AWS accepts such definitions and fails the execution.
 *
 * <pre>{@code
 * IntrinsicCall call = IntrinsicParser.parse("States.Format('{} items', States.ArrayLength($.items))");
 * JsonNode text = call.evaluate(ctx);   // "3 items"
 * }</pre>
 *
 * @see <a href="https://states-language.net/spec.html#intrinsic-functions">ASL: Intrinsic Functions</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">Intrinsic functions</a>
 */
public final class IntrinsicParser {

  /** A JSON number: AWS accepts {@code -1}, {@code 1.5} and {@code 1e309}. */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int pos;

  private IntrinsicParser(String text) {
    this.text = text;
  }

  /**
   * Parses a whole call such as {@code States.Array($.a, 'b', 3)}.
   *
   * @throws InvalidPathException naming the problem: an unknown function, a missing or unbalanced
   *     parenthesis or quote, an invalid escape, a malformed number, path or variable, or text
   *     after the call
   */
  public static IntrinsicCall parse(String text) {
    ExpressionNesting.check(text);
    IntrinsicParser parser = new IntrinsicParser(text);
    FunctionCall call = parser.call();
    parser.skipWhitespace();
    if (parser.pos < text.length()) {
      throw parser.error("unexpected text after the call: '" + text.substring(parser.pos) + "'");
    }
    return call;
  }

  private FunctionCall call() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    String name = text.substring(start, pos);
    if (name.isEmpty()) {
      throw error("expected an intrinsic function name");
    }
    FunctionSpec spec = FunctionRegistry.find(name);
    if (spec == null) {
      throw error("unknown intrinsic function '" + name + "'");
    }
    if (pos >= text.length() || text.charAt(pos) != '(') {
      throw error("expected '(' right after " + name);
    }
    pos++;
    List<Argument> arguments = new ArrayList<>();
    skipWhitespace();
    if (peek() == ')') {
      pos++;
      return new FunctionCall(text.substring(start, pos), spec, arguments);
    }
    while (true) {
      skipWhitespace();
      arguments.add(argument());
      skipWhitespace();
      if (pos >= text.length()) {
        throw error("unbalanced parentheses: " + name + " is not closed with ')'");
      }
      char c = text.charAt(pos++);
      if (c == ')') {
        return new FunctionCall(text.substring(start, pos), spec, arguments);
      }
      if (c != ',') {
        throw error("expected ',' or ')' after an argument of " + name + " but found '" + c + "'");
      }
    }
  }

  private Argument argument() {
    if (pos >= text.length()) {
      throw error("unbalanced parentheses: the call is not closed with ')'");
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return string();
    }
    if (c == '$') {
      return path();
    }
    if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
      return number();
    }
    if (isNameChar(c)) {
      return wordOrCall();
    }
    if (c == ',' || c == ')') {
      throw error("missing argument");
    }
    throw error("unexpected character '" + c + "'; an argument is a 'string', a number, true, false, "
        + "null, a path, a variable or an intrinsic function call");
  }

  /** A string literal; AWS rejects any escape but the four reserved characters at creation. */
  private StringArgument string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\'') {
        String raw = text.substring(start + 1, pos);
        pos++;
        return new StringArgument(raw, value.toString(), text.substring(start, pos));
      }
      if (c == '\\') {
        if (pos + 1 >= text.length()) {
          break;
        }
        char escaped = text.charAt(pos + 1);
        if ("'{}\\".indexOf(escaped) < 0) {
          throw error("invalid escape sequence '\\" + escaped + "' in a string literal: only \\', \\{, \\} "
              + "and \\\\ may follow a backslash");
        }
        value.append(escaped);
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    throw error("unbalanced quotes: the string starting at position " + start + " is not closed with '");
  }

  private Argument number() {
    int start = pos;
    while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String literal = text.substring(start, pos);
    if (!NUMBER.matcher(literal).matches()) {
      throw error("'" + literal + "' is not a number");
    }
    return new LiteralArgument(Json.parseUnchecked(literal), literal);
  }

  /** {@code true}, {@code false}, {@code null} or a nested call. */
  private Argument wordOrCall() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    String word = text.substring(start, pos);
    JsonNode constant;
    switch (word) {
      case "true":
        constant = BooleanNode.TRUE;
        break;
      case "false":
        constant = BooleanNode.FALSE;
        break;
      case "null":
        constant = NullNode.getInstance();
        break;
      default:
        pos = start;
        return call();
    }
    return new LiteralArgument(constant, word);
  }

  /**
   * A path or variable reference, up to the comma or parenthesis that ends the argument; brackets,
   * parentheses and quotes inside it (filters, {@code ['a,b']}) are part of the path.
   */
  private Argument path() {
    int start = pos;
    int brackets = 0;
    int parentheses = 0;
    char quote = 0;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (quote != 0) {
        if (c == '\\') {
          pos++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets--;
      } else if (c == '(') {
        parentheses++;
      } else if (c == ')') {
        if (parentheses == 0 && brackets == 0) {
          break;
        }
        parentheses--;
      } else if ((c == ',' || Character.isWhitespace(c)) && parentheses == 0 && brackets == 0) {
        break;
      }
      pos++;
    }
    if (quote != 0) {
      throw error("unbalanced quotes in the path starting at position " + start);
    }
    String path = text.substring(start, Math.min(pos, text.length()));
    try {
      if (Variables.isReference(path)) {
        return new VariableArgument(VariableReference.parse(path));
      }
      return new PathArgument(JsonPath.compile(path));
    } catch (InvalidPathException e) {
      throw error("'" + path + "' is not a valid path or variable: " + e.getMessage());
    }
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  /** Characters of a function name, per the ASL spec: letters, digits, {@code .} and {@code _}. */
  private static boolean isNameChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_';
  }

  private InvalidPathException error(String problem) {
    return new InvalidPathException("Invalid intrinsic function call '" + text + "': " + problem
        + " (at position " + pos + ")");
  }
}
