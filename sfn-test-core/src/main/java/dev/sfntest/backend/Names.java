package dev.sfntest.backend;

/**
 * AWS's rules for the names of state machines, executions, activities, aliases and map run labels:
 * 1 to 80 characters, none of whitespace, brackets, wildcards, the special characters {@code " #
 * % \ ^ | ~ ` $ & , ; : /} or control characters.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html">CreateStateMachine</a>
 */
public final class Names {

  private static final String FORBIDDEN = " <>{}[]?*\"#%\\^|~`$&,;:/";

  private Names() {}

  /** Whether {@code name} is a legal resource name. */
  public static boolean isValid(String name) {
    if (name == null || name.isEmpty() || name.length() > 80) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c) || c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
        return false;
      }
    }
    return true;
  }

  /** Refuses an illegal name with AWS's {@code InvalidName}. */
  public static void check(String name) {
    if (!isValid(name)) {
      throw ApiException.invalidName("Invalid Name: '" + name + "'");
    }
  }
}
