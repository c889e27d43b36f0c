package dev.sfntest.internal.expr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JSONPath filter such as {@code @.price < 10 && @.tag == 'x'}: comparisons ({@code == != < <= >
 * >= =~ in nin subsetof anyof noneof size empty}), {@code && || !}, parentheses and existence
 * tests ({@code @.isbn}).
 */
interface FilterPredicate {

  boolean test(JsonNode current, JsonNode root);

  static FilterPredicate parse(String expression) {
    return new Parser(expression).parseAll();
  }

  /** An operand: a path (relative {@code @} or absolute {@code $}) or a literal value. */
  interface Operand {
    /** The value, or {@code null} when a path matches nothing. */
    JsonNode value(JsonNode current, JsonNode root);
  }

  final class Parser {
    private static final List<String> WORD_OPS =
        List.of("nin", "in", "subsetof", "anyof", "noneof", "size", "empty");
    private static final List<String> SYMBOL_OPS = List.of("==", "!=", "<=", ">=", "=~", "<", ">");

    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    FilterPredicate parseAll() {
      FilterPredicate p = parseOr();
      skip();
      if (pos != s.length()) {
        throw new InvalidPathException("Could not parse filter: " + s);
      }
      return p;
    }

    private FilterPredicate parseOr() {
      FilterPredicate left = parseAnd();
      while (consume("||")) {
        FilterPredicate l = left;
        FilterPredicate r = parseAnd();
        left = (c, root) -> l.test(c, root) || r.test(c, root);
      }
      return left;
    }

    private FilterPredicate parseAnd() {
      FilterPredicate left = parseUnary();
      while (consume("&&")) {
        FilterPredicate l = left;
        FilterPredicate r = parseUnary();
        left = (c, root) -> l.test(c, root) && r.test(c, root);
      }
      return left;
    }

    private FilterPredicate parseUnary() {
      skip();
      if (peek() == '!' && !s.startsWith("!=", pos)) {
        pos++;
        FilterPredicate inner = parseUnary();
        return (c, root) -> !inner.test(c, root);
      }
      if (peek() == '(') {
        pos++;
        FilterPredicate inner = parseOr();
        if (!consume(")")) {
          throw new InvalidPathException("Unbalanced parentheses in filter: " + s);
        }
        return inner;
      }
      Operand left = parseOperand();
      skip();
      String op = readOperator();
      if (op == null) {
        // A lone path is an existence test.
        return (c, root) -> {
          JsonNode v = left.value(c, root);
          return v != null;
        };
      }
      Operand right = parseOperand();
      return compare(left, op, right);
    }

    private String readOperator() {
      for (String op : SYMBOL_OPS) {
        if (s.startsWith(op, pos)) {
          pos += op.length();
          return op;
        }
      }
      for (String op : WORD_OPS) {
        if (s.startsWith(op, pos)
            && (pos + op.length() == s.length() || !Character.isLetterOrDigit(s.charAt(pos + op.length())))) {
          pos += op.length();
          return op;
        }
      }
      return null;
    }

    private Operand parseOperand() {
      skip();
      char c = peek();
      if (c == '@' || c == '$') {
        int start = pos;
        int depth = 0;
        char quote = 0;
        while (pos < s.length()) {
          char ch = s.charAt(pos);
          if (quote != 0) {
            if (ch == quote) {
              quote = 0;
            }
          } else if (ch == '\'' || ch == '"') {
            quote = ch;
          } else if (ch == '[' || ch == '(') {
            depth++;
          } else if (ch == ']' || ch == ')') {
            if (depth == 0) {
              break;
            }
            depth--;
          } else if (depth == 0 && (ch == ' ' || ch == '=' || ch == '!' || ch == '<' || ch == '>'
              || ch == '&' || ch == '|')) {
            break;
          }
          pos++;
        }
        String pathText = s.substring(start, pos);
        JsonPath path = JsonPath.compile("$" + pathText.substring(1));
        boolean relative = c == '@';
        return (current, root) -> path.readOrNull(relative ? current : root);
      }
      if (c == '\'' || c == '"') {
        int start = ++pos;
        while (pos < s.length() && s.charAt(pos) != c) {
          if (s.charAt(pos) == '\\') {
            pos++;
          }
          pos++;
        }
        String value = s.substring(start, Math.min(pos, s.length()));
        pos++;
        JsonNode node = Json.NODES.textNode(value);
        return (current, root) -> node;
      }
      if (c == '/') {
        int start = ++pos;
        while (pos < s.length() && s.charAt(pos) != '/') {
          if (s.charAt(pos) == '\\') {
            pos++;
          }
          pos++;
        }
        String regex = s.substring(start, pos);
        pos++;
        int flags = 0;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
          if (s.charAt(pos) == 'i') {
            flags |= Pattern.CASE_INSENSITIVE;
          }
          pos++;
        }
        JsonNode node = Json.NODES.pojoNode(Pattern.compile(regex, flags));
        return (current, root) -> node;
      }
      if (c == '[' || c == '{') {
        int start = pos;
        int depth = 0;
        for (; pos < s.length(); pos++) {
          char ch = s.charAt(pos);
          if (ch == '[' || ch == '{') {
            depth++;
          } else if (ch == ']' || ch == '}') {
            depth--;
            if (depth == 0) {
              pos++;
              break;
            }
          }
        }
        JsonNode node = Json.parseUnchecked(s.substring(start, pos).replace('\'', '"'));
        return (current, root) -> node;
      }
      int start = pos;
      while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && "=!<>&|)".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      String word = s.substring(start, pos);
      if (word.isEmpty()) {
        throw new InvalidPathException("Could not parse filter: " + s);
      }
      JsonNode node;
      try {
        node = Json.parse(word);
      } catch (Exception e) {
        throw new InvalidPathException("Could not parse filter value '" + word + "' in: " + s);
      }
      return (current, root) -> node;
    }

    private static FilterPredicate compare(Operand left, String op, Operand right) {
      return (current, root) -> {
        JsonNode l = left.value(current, root);
        JsonNode r = right.value(current, root);
        if (l == null || r == null) {
          return op.equals("!=") && (l != null || r != null);
        }
        switch (op) {
          case "==":
            return Json.sameValue(l, r);
          case "!=":
            return !Json.sameValue(l, r);
          case "<":
          case "<=":
          case ">":
          case ">=": {
            Integer cmp = order(l, r);
            if (cmp == null) {
              return false;
            }
            return switch (op) {
              case "<" -> cmp < 0;
              case "<=" -> cmp <= 0;
              case ">" -> cmp > 0;
              default -> cmp >= 0;
            };
          }
          case "=~":
            return l.isTextual() && r.isPojo()
                && ((Pattern) ((com.fasterxml.jackson.databind.node.POJONode) r).getPojo()).matcher(l.asText()).matches();
          case "in":
            return contains(r, l);
          case "nin":
            return !contains(r, l);
          case "subsetof":
            return l.isArray() && r.isArray() && all(l, r);
          case "anyof":
            return l.isArray() && r.isArray() && any(l, r);
          case "noneof":
            return l.isArray() && r.isArray() && !any(l, r);
          case "size":
            return r.isNumber() && (l.isArray() || l.isTextual())
                && (l.isArray() ? l.size() : l.asText().length()) == r.asInt();
          case "empty":
            boolean empty = l.isArray() ? l.isEmpty() : l.isTextual() && l.asText().isEmpty();
            return r.asBoolean() == empty;
          default:
            return false;
        }
      };
    }

    private static Integer order(JsonNode l, JsonNode r) {
      if (l.isNumber() && r.isNumber()) {
        return l.decimalValue().compareTo(r.decimalValue());
      }
      if (l.isTextual() && r.isTextual()) {
        return l.asText().compareTo(r.asText());
      }
      return null;
    }

    private static boolean contains(JsonNode container, JsonNode value) {
      if (!container.isArray()) {
        return false;
      }
      for (JsonNode item : container) {
        if (Json.sameValue(item, value)) {
          return true;
        }
      }
      return false;
    }

    private static boolean all(JsonNode items, JsonNode container) {
      for (JsonNode item : items) {
        if (!contains(container, item)) {
          return false;
        }
      }
      return true;
    }

    private static boolean any(JsonNode items, JsonNode container) {
      List<JsonNode> list = new ArrayList<>();
      items.forEach(list::add);
      for (JsonNode item : list) {
        if (contains(container, item)) {
          return true;
        }
      }
      return false;
    }

    private boolean consume(String token) {
      skip();
      if (s.startsWith(token, pos)) {
        pos += token.length();
        return true;
      }
      return false;
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skip() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }
  }
}
