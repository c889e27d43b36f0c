package dev.sfntest.spring.internal;

/**
 * A test context sfn-test cannot set up: the message says what is wrong, where it was set, and how
 * to fix it. It stops the context from starting, so Spring reports it as the cause of "Failed to
 * load ApplicationContext".
 */
public final class Misconfigured extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  Misconfigured(String message) {
    super(message);
  }

  Misconfigured(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A setting with a value it cannot have: {@code sfn-test setting sfntest.seed = "x" is not
   * valid: write a whole number, like 42.}
   */
  static Misconfigured setting(String property, String value, String fix) {
    return new Misconfigured("sfn-test setting " + property + " = \"" + value + "\" is not valid: " + fix);
  }
}
