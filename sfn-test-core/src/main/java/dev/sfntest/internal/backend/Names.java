package dev.sfntest.internal.backend;

import java.util.regex.Pattern;

/**
 * AWS's rules for the names of state machines, executions and activities, and the stricter ones of
 * aliases. A name has 1 to 80 characters (a length outside that is the validator's {@code
 * ValidationException}) and contains no whitespace, brackets {@code < > { } [ ]}, wildcards
 * {@code ? *}, special characters {@code " # % \ ^ | ~ ` $ & , ; : /}, control characters
 * (U+0000-001F, U+007F-009F, U+FFFE-FFFF) or surrogates (U+D800-DFFF), which is {@code
 * InvalidName}.
 *
 * <pre>{@code
 * Names.check(request.name(), "name");   // InvalidName: "Invalid Name: 'a b'"
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html">CreateStateMachine</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachineAlias.html">CreateStateMachineAlias</a>
 */
public final class Names {

  private static final String FORBIDDEN = " <>{}[]?*\"#%\\^|~`$&,;:/";

  /** The alias name pattern, as AWS prints it in its message (recorded). */
  static final String ALIAS_PATTERN = "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$";

  private static final Pattern ALIAS = Pattern.compile(ALIAS_PATTERN);

  private Names() {}

  /** Whether {@code name} is a legal state machine, execution or activity name. */
  public static boolean isValid(String name) {
    if (name == null || name.isEmpty() || name.length() > 80) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        continue; // the usual characters, allowed without the checks below
      }
      if (FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c) || c <= 0x1F
          || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
    }
    return true;
  }

  /** Refuses an illegal name: the validator's length rule first, then AWS's {@code InvalidName}. */
  public static void check(String name, String member) {
    Constraints.required(name, member);
    Constraints.length(name, member, 1, 80);
    if (!isValid(name)) {
      throw ApiException.invalidName("Invalid Name: '" + name + "'");
    }
  }

  /** Refuses an illegal name of a state machine, execution or activity. */
  public static void check(String name) {
    check(name, "name");
  }

  /**
   * Refuses an illegal alias name. Alias names have their own pattern (letters, digits, {@code _ -
   * .}, at least one non-digit so that they never look like a version number), checked by the
   * validator: {@code ValidationException}, not InvalidName (recorded).
   */
  public static void checkAlias(String name) {
    Constraints.required(name, "name");
    Constraints.length(name, "name", 1, 80);
    if (!ALIAS.matcher(name).matches()) {
      throw Constraints.failed("'" + name + "'", "name",
          "Member must satisfy regular expression pattern: " + ALIAS_PATTERN);
    }
  }
}
