package dev.sfntest.internal.expr;

import com.dashjoin.jsonata.JException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a JSONata error the way the reference implementation (jsonata-js, the dialect AWS runs)
 * words it, from the Java library's exception.
 *
 * <p>The Java library's message catalogue says {@code Object} where the reference says {@code
 * function} ("Argument 1 of function "abs" does not match function signature"), fills every
 * placeholder with quoted text (numbers included), and for two messages passes other values than the
 * template names. This class restores the reference wording: AWS causes quote the JSONata message
 * after its code, e.g. {@code T1006: Attempted to invoke a non-function}.
 *
 * <pre>{@code
 * JsonataErrors.message(e, source);   // "Argument 1 of function \"sum\" must be an array of \"numbers\""
 * }</pre>
 *
 * @see <a href="https://docs.jsonata.org/">JSONata documentation</a>
 */
final class JsonataErrors {

  /** {@code {{name}}} (JSON text of a value) and {@code {{{name}}}} (raw text). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{?([^}]+)}}}?");

  /** The names of the element types an {@code a<x>} signature parameter wants, as jsonata-js words them. */
  private static final Map<String, String> ARRAY_TYPES = Map.of(
      "a", "arrays", "b", "booleans", "f", "functions", "n", "numbers", "o", "objects", "s", "strings");

  private JsonataErrors() {}

  /**
   * The message for a library error, without its code.
   *
   * @param source the text that was compiled or evaluated (positions in the error refer to it)
   */
  static String message(JException e, String source) {
    String template = template(e.getError());
    if (template == null) {
      return e.getMessage();
    }
    String code = e.getError();
    Object current = e.getCurrent();
    Object expected = e.getExpected();
    if ("T0412".equals(code)) {
      // The library passes (argument, element type) here; jsonata-js names the function. The only
      // functions with typed-array signatures ($sum, $max, $min, $average, $join) take that array
      // first.
      return "Argument 1 of function " + stringify(functionNameAt(source, e.getLocation()))
          + " must be an array of " + stringify(ARRAY_TYPES.getOrDefault(String.valueOf(expected),
              String.valueOf(expected)));
    }
    if (("T0410".equals(code) || "T0411".equals(code)) && String.valueOf(expected).contains(".")) {
      // Functions registered from Java are named after their implementing class: use the name the
      // expression called.
      String called = functionNameAt(source, e.getLocation());
      expected = called != null ? called : expected;
    }
    if ("D1002".equals(code)) {
      // The library passes the operator first and the value second.
      current = expected;
    }
    Object third = "T2009".equals(code) ? comparisonAt(source, e.getLocation()) : null;
    Object[] values = {current, expected, third};
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    int next = 0;
    while (m.find()) {
      boolean raw = m.group().startsWith("{{{");
      Object value = next < values.length ? values[next] : null;
      next++;
      String text = raw ? String.valueOf(value) : stringify(value);
      m.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The reference wording of a code's message, or {@code null} for codes the library does not know. */
  private static String template(String code) {
    if (code == null) {
      return null;
    }
    String template = LibraryCatalogue.get(code);
    if (template == null) {
      return null;
    }
    // The Java port replaced the word "function" by "Object" throughout its catalogue.
    return template.replace("Object", "function");
  }

  /** The name of the function called at a position: the {@code $name} before the {@code (}. */
  private static String functionNameAt(String source, int location) {
    if (source == null || location <= 0 || location > source.length()) {
      return null;
    }
    int paren = source.lastIndexOf('(', location - 1);
    if (paren < 0) {
      return null;
    }
    int end = paren;
    int start = end;
    while (start > 0 && source.charAt(start - 1) != '$' && !Character.isWhitespace(source.charAt(start - 1))
        && "()[]{}.,;:".indexOf(source.charAt(start - 1)) < 0) {
      start--;
    }
    return start < end ? source.substring(start, end) : null;
  }

  /**
   * The ordering operator ({@code <}, {@code <=}, {@code >}, {@code >=}) of the comparison that starts
   * at a position: the library does not pass it along with error T2009.
   */
  private static String comparisonAt(String source, int location) {
    if (source == null || location < 0) {
      return null;
    }
    for (int i = location; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\'' || c == '"') {
        int close = source.indexOf(c, i + 1);
        if (close < 0) {
          return null;
        }
        i = close;
      } else if (c == '<' || c == '>') {
        boolean orEqual = i + 1 < source.length() && source.charAt(i + 1) == '=';
        return orEqual ? c + "=" : String.valueOf(c);
      }
    }
    return null;
  }

  /** A value written as JSON.stringify writes it. */
  static String stringify(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return "null";
      }
    }
    if (value instanceof Character) {
      value = value.toString();
    }
    try {
      JsonNode node = JsonataValues.toJson(value);
      return Json.write(node);
    } catch (JsonataValues.Unsupported e) {
      // Parser tokens and the like: jsonata-js quotes their text.
      return Json.write(Json.NODES.textNode(String.valueOf(value)));
    }
  }

  /** Reads the library's catalogue of messages once. */
  private static final class LibraryCatalogue {
    private static final Map<String, String> MESSAGES = load();

    static String get(String code) {
      return MESSAGES.get(code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> load() {
      try {
        java.lang.reflect.Field field = com.dashjoin.jsonata.Jsonata.class.getDeclaredField("errorCodes");
        field.setAccessible(true);
        return Map.copyOf((Map<String, String>) field.get(null));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Without the catalogue the library's own rendering is used.
        return Map.of();
      }
    }
  }
}
