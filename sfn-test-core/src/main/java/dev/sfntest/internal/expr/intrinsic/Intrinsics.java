package dev.sfntest.internal.expr.intrinsic;

import dev.sfntest.internal.expr.EvaluationException;
import dev.sfntest.internal.expr.IntrinsicCall;
import dev.sfntest.internal.expr.InvalidPathException;

/**
 * Parses intrinsic function calls ({@code States.Format}, {@code States.Array}, ...) once, when the
 * definition is created; the result is evaluated each time the state runs.
 *
 * <pre>{@code
 * IntrinsicCall call = Intrinsics.parse("States.Format('Hello {}', $.name)");
 * call.evaluate(ctx);   // "Hello Ada"
 * }</pre>
 *
 * <p>A runtime failure (an argument of the wrong type, a path that finds nothing) is an {@link
 * EvaluationException} with {@code States.Runtime}, as on AWS, and a cause of AWS's shape: {@code
 * The function 'States.MathAdd($.n, 1)' had the following error: Invalid arguments in
 * States.MathAdd}.
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
    return IntrinsicParser.parse(text);
  }
}
