package dev.sfntest.internal.asl;

/**
 * What a JSONata expression may not read in Step Functions, checked at create time as AWS does:
 * the root reference {@code $$} is refused everywhere, and {@code $states.errorOutput} exists only
 * in a catcher's {@code Output} and {@code Assign} (both observed as UNSUPPORTED_JSONATA_EXPRESSION).
 * String literals and comments are skipped, so {@code "$$"} inside quotes is fine.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html#reserved-variable-states">Reserved variable: $states</a>
 */
final class JsonataRules {

  private static final String ERROR_OUTPUT = "$states.errorOutput";

  private JsonataRules() {}

  /** AWS's message for the first unsupported reference in the expression, or {@code null}. */
  static String unsupported(String expression, Expressions.Scope scope) {
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipString(expression, i, c);
      } else if (c == '/' && i + 1 < n && expression.charAt(i + 1) == '*') {
        int end = expression.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '$') {
        if (i + 1 < n && expression.charAt(i + 1) == '$') {
          return Messages.DOUBLE_DOLLAR;
        }
        if (scope != Expressions.Scope.CATCHER && expression.startsWith(ERROR_OUTPUT, i)
            && !isNameChar(expression, i + ERROR_OUTPUT.length())) {
          return Messages.ERROR_OUTPUT_OUTSIDE_CATCH;
        }
        i++;
        while (i < n && isNameChar(expression, i)) {
          i++;
        }
      } else {
        i++;
      }
    }
    return null;
  }

  private static int skipString(String s, int start, char quote) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return s.length();
  }

  private static boolean isNameChar(String s, int i) {
    return i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
  }
}
