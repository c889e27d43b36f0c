package dev.sfntest.internal.expr;

import java.util.ArrayList;
import java.util.List;

/** Reads JSONPath text into {@link PathToken}s. */
final class PathParser {

  private final String text;
  private final boolean filterPath;
  private int pos;
  private boolean contextObject;

  PathParser(String text) {
    this(text, false);
  }

  /** A parser for a path inside a filter, which may start with {@code @}. */
  PathParser(String text, boolean filterPath) {
    if (text == null) {
      throw new InvalidPathException("Path may not be null");
    }
    this.text = text.strip();
    this.filterPath = filterPath;
  }

  boolean contextObject() {
    return contextObject;
  }

  List<PathToken> parse() {
    if (text.isEmpty()) {
      throw new InvalidPathException("Path may not be null empty");
    }
    char first = text.charAt(0);
    if (first == '$') {
      pos = 1;
      if (!filterPath && text.startsWith("$$")) {
        contextObject = true;
        pos = 2;
      }
    } else if (first == '@' && filterPath) {
      pos = 1;
    } else {
      throw new InvalidPathException("Path must start with '$' or '@'");
    }
    List<PathToken> tokens = new ArrayList<>();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '.') {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '.') {
          tokens.add(new PathToken.Scan());
          pos += 2;
          if (pos >= text.length()) {
            throw new InvalidPathException("Path must not end with a '.' or '..'");
          }
          if (text.charAt(pos) == '[') {
            continue;
          }
        } else {
          pos++;
          if (pos >= text.length()) {
            throw new InvalidPathException("Path must not end with a '.' or '..'");
          }
          if (text.charAt(pos) == '[') {
            // Jayway reads a dot before a bracket as the bracket alone: $.[0] is $[0] and
            // $.['a b'] is $['a b'] (the developer guide's own example for names with spaces).
            continue;
          }
        }
        readDotted(tokens);
      } else if (c == '[') {
        readBracket(tokens);
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else {
        throw new InvalidPathException(
            "Could not parse token starting at position " + pos + ". Expected ?, ', 0-9, * ");
      }
    }
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (tokens.get(i) instanceof PathToken.Function) {
        throw new InvalidPathException("Function must be the last element of path: " + text);
      }
    }
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1) instanceof PathToken.Scan) {
      throw new InvalidPathException("Path must not end with a '.' or '..'");
    }
    return tokens;
  }

  private void readDotted(List<PathToken> tokens) {
    if (text.charAt(pos) == '*') {
      tokens.add(new PathToken.Wildcard());
      pos++;
      return;
    }
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '.' || c == '[' || c == '(' || c == ' ') {
        break;
      }
      pos++;
    }
    String name = text.substring(start, pos);
    if (name.isEmpty()) {
      throw new InvalidPathException("Could not parse token starting at position " + start);
    }
    if (pos < text.length() && text.charAt(pos) == '(') {
      int close = text.indexOf(')', pos);
      if (close < 0) {
        throw new InvalidPathException("Arguments to function: '" + name + "' are not closed properly.");
      }
      if (!text.substring(pos + 1, close).isBlank() || !PathToken.Function.NAMES.contains(name)) {
        throw new InvalidPathException("Function with name: " + name + " does not exist.");
      }
      pos = close + 1;
      tokens.add(new PathToken.Function(name));
      return;
    }
    tokens.add(new PathToken.Property(List.of(name)));
  }

  private void readBracket(List<PathToken> tokens) {
    int open = pos;
    pos++;
    skipSpaces();
    if (pos >= text.length()) {
      throw unclosed(open);
    }
    char c = text.charAt(pos);
    if (c == '*') {
      pos++;
      expectClose(open);
      tokens.add(new PathToken.Wildcard());
    } else if (c == '?') {
      tokens.add(new PathToken.Filter(readFilter(open)));
    } else if (c == '\'' || c == '"') {
      tokens.add(new PathToken.Property(readQuotedNames(open)));
    } else if (c == '-' || c == ':' || Character.isDigit(c)) {
      tokens.add(readIndexOrSlice(open));
    } else {
      throw new InvalidPathException(
          "Could not parse token starting at position " + open + ". Expected ?, ', 0-9, * ");
    }
  }

  private FilterPredicate readFilter(int open) {
    pos++; // '?'
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != '(') {
      throw new InvalidPathException("Could not parse filter at position " + open);
    }
    int start = pos + 1;
    int depth = 0;
    char quote = 0;
    for (; pos < text.length(); pos++) {
      char c = text.charAt(pos);
      if (quote != 0) {
        if (c == '\\') {
          pos++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          break;
        }
      }
    }
    if (pos >= text.length()) {
      throw new InvalidPathException("Filter at position " + open + " is not closed");
    }
    String expression = text.substring(start, pos);
    pos++;
    expectClose(open);
    return FilterPredicate.parse(expression);
  }

  private List<String> readQuotedNames(int open) {
    List<String> names = new ArrayList<>();
    while (true) {
      skipSpaces();
      if (pos >= text.length()) {
        throw unclosed(open);
      }
      char quote = text.charAt(pos);
      if (quote != '\'' && quote != '"') {
        throw new InvalidPathException("Property must be separated by comma or Property must be terminated close square bracket at index " + pos);
      }
      int start = ++pos;
      boolean escaped = false;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == quote) {
          break;
        }
        pos++;
      }
      if (pos >= text.length()) {
        throw new InvalidPathException("Property has not been closed - missing closing " + quote);
      }
      // The library keeps the text between the quotes as it is (backslashes included).
      names.add(text.substring(start, pos));
      pos++;
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == ',') {
        pos++;
        continue;
      }
      expectClose(open);
      return names;
    }
  }

  private PathToken readIndexOrSlice(int open) {
    int close = text.indexOf(']', pos);
    if (close < 0) {
      throw unclosed(open);
    }
    String body = text.substring(pos, close).replace(" ", "");
    pos = close + 1;
    try {
      if (body.contains(":")) {
        int colon = body.indexOf(':');
        String from = body.substring(0, colon);
        String to = body.substring(colon + 1);
        if (to.contains(":")) {
          throw new InvalidPathException("Failed to parse SliceOperation: " + body);
        }
        if (from.isEmpty() && to.isEmpty()) {
          return new PathToken.Wildcard();
        }
        return new PathToken.Slice(
            from.isEmpty() ? null : Integer.parseInt(from), to.isEmpty() ? null : Integer.parseInt(to));
      }
      List<Integer> indexes = new ArrayList<>();
      for (String part : body.split(",", -1)) {
        indexes.add(Integer.parseInt(part));
      }
      return new PathToken.Index(List.copyOf(indexes));
    } catch (NumberFormatException e) {
      throw new InvalidPathException("Failed to parse array index: " + body);
    }
  }

  private void expectClose(int open) {
    skipSpaces();
    if (pos >= text.length() || text.charAt(pos) != ']') {
      throw unclosed(open);
    }
    pos++;
  }

  private InvalidPathException unclosed(int open) {
    return new InvalidPathException("Could not parse token starting at position " + open + ". Expected ]");
  }

  private void skipSpaces() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }
}
