package dev.sfntest.internal.expr;

/**
 * A JSONata expression in a definition that AWS refuses at create time. It names AWS's diagnostic
 * code and where the expression sits inside the field, so the definition parser can report it the
 * way {@code CreateStateMachine} does:
 *
 * <pre>{@code
 * Invalid State Machine Definition: 'INVALID_JSONATA_EXPRESSION: Unexpected end of expression at /States/Main/Output/v'
 * }</pre>
 *
 * <p>The message is the JSONata parser's own message, without its error code (as AWS prints it).
 */
public final class InvalidJsonataException extends InvalidPathException {

  /** AWS's code for an expression that does not parse. */
  public static final String INVALID_JSONATA_EXPRESSION = "INVALID_JSONATA_EXPRESSION";

  private final String code;
  private final String pointer;

  /**
   * @param code AWS's diagnostic code, e.g. {@link #INVALID_JSONATA_EXPRESSION}
   * @param message the parser's message
   * @param pointer where the expression sits, as a JSON pointer relative to the state, starting with
   *     the field's name: {@code Output/v}, {@code Items/1}
   */
  public InvalidJsonataException(String code, String message, String pointer) {
    super(message);
    this.code = code;
    this.pointer = pointer;
  }

  /** AWS's diagnostic code. */
  public String code() {
    return code;
  }

  /** The expression's place: a JSON pointer relative to the state, such as {@code Output/v}. */
  public String pointer() {
    return pointer;
  }
}
