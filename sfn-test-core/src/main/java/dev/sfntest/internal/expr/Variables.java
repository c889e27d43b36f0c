package dev.sfntest.internal.expr;

import java.util.regex.Pattern;

/**
 * Rules for workflow variable names and references.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html">Workflow variables</a>
 */
public final class Variables {

  /** A variable name: a letter or underscore, then letters, digits and underscores, at most 80. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,79}");

  private Variables() {}

  /** Whether {@code name} is a legal variable name. */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /**
   * Whether a path-like text is a variable reference ({@code $name}, {@code $name.field}) rather
   * than a JSONPath ({@code $}, {@code $.x}, {@code $$.x}, {@code $[0]}).
   */
  public static boolean isReference(String text) {
    return text.length() > 1 && text.charAt(0) == '$'
        && (Character.isLetter(text.charAt(1)) || text.charAt(1) == '_');
  }
}
