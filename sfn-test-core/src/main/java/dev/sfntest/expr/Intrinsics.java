package dev.sfntest.expr;

/**
 * Parses intrinsic function calls ({@code States.Format}, {@code States.Array}, ...).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html">Intrinsic functions</a>
 */
public final class Intrinsics {

  private Intrinsics() {}

  /** Whether a {@code .$} value is an intrinsic call rather than a path. */
  public static boolean isIntrinsic(String text) {
    return text.startsWith("States.");
  }

  /**
   * Parses a call once, at definition time.
   *
   * @throws InvalidPathException when the text is not a well-formed call of a known function
   */
  public static IntrinsicCall parse(String text) {
    throw new InvalidPathException("Intrinsic functions are not supported yet (issue #4): " + text);
  }
}
