package dev.sfntest.internal.expr;

/**
 * How deep an expression may nest brackets: parentheses, square brackets and braces, counted
 * together, outside string literals. Applies to JSONPath (filters nest parentheses), intrinsic
 * calls and JSONata.
 *
 * <p>Why a fixed bound: the parsers recurse once or more per level, and where a stack overflow
 * strikes depends on the thread's stack size and on how much of the parser the JIT has compiled
 * so far. Catching the overflow alone would let the same definition be accepted by one call and
 * refused by the next. A bound checked before parsing gives the same answer every time, far below
 * any real definition's needs and far above what a 256 KiB thread stack needs to parse and
 * evaluate. AWS documents no such bound; it refuses the definition as an expression that does not
 * parse.
 *
 * <pre>{@code
 * ExpressionNesting.check("States.Array(States.Array(1))");   // fine: depth 2
 * ExpressionNesting.check("(".repeat(51) + ")".repeat(51)); // InvalidPathException
 * }</pre>
 */
public final class ExpressionNesting {

  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 50;

  /** What a deeper expression is refused with. */
  public static final String TOO_DEEP = "The expression is nested more than " + MAX_DEPTH + " levels deep";

  private ExpressionNesting() {}

  /**
   * Refuses an expression nested deeper than {@link #MAX_DEPTH}.
   *
   * @throws InvalidPathException with {@link #TOO_DEEP} when it is
   */
  public static void check(String text) {
    if (depth(text) > MAX_DEPTH) {
      throw new InvalidPathException(TOO_DEEP);
    }
  }

  /** Whether the expression nests deeper than {@link #MAX_DEPTH}. */
  public static boolean tooDeep(String text) {
    return depth(text) > MAX_DEPTH;
  }

  /**
   * The deepest bracket nesting outside quoted strings ({@code '…'}, {@code "…"} and JSONata's
   * {@code `…`} names, with backslash escapes). Unbalanced closing brackets are the parser's to
   * report; here they only bring the count back towards zero.
   */
  static int depth(String text) {
    int depth = 0;
    int deepest = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\'', '"', '`' -> i = endOfQuote(text, i, c);
        case '(', '[', '{' -> deepest = Math.max(deepest, ++depth);
        case ')', ']', '}' -> depth = Math.max(0, depth - 1);
        default -> { }
      }
    }
    return deepest;
  }

  private static int endOfQuote(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
