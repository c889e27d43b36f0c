package dev.sfntest.internal.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code $names} a JSONata expression mentions, found once when it is compiled, so that an
 * evaluation converts and binds only what the expression can read: the workflow variables it names,
 * and the members of {@code $states} it reaches with {@code $states.member}.
 *
 * <p>The scan is textual and errs on the side of binding too much: string literals and comments are
 * skipped, and a {@code $states} that is not followed by {@code .name} (for example {@code
 * $keys($states)}) means every member is needed. Binding a name the expression does not really read
 * only costs time; missing one would change the result.
 *
 * <pre>{@code
 * JsonataReferences refs = JsonataReferences.scan("$states.input.a + $total");
 * refs.variables();        // [total]
 * refs.statesMembers();    // [input]
 * refs.allStates();        // false
 * }</pre>
 */
final class JsonataReferences {

  /** The name {@code $states} reserves. */
  static final String STATES = "states";

  private final List<String> variables;
  private final Set<String> statesMembers;
  private final boolean allStates;

  private JsonataReferences(List<String> variables, Set<String> statesMembers, boolean allStates) {
    this.variables = variables;
    this.statesMembers = statesMembers;
    this.allStates = allStates;
  }

  /** Every {@code $name} other than {@code $states}, once each, in order of appearance. */
  List<String> variables() {
    return variables;
  }

  /** Whether the expression mentions {@code $states} at all. */
  boolean usesStates() {
    return allStates || !statesMembers.isEmpty();
  }

  /** Whether {@code $states} is used as a whole, so every member must be bound. */
  boolean allStates() {
    return allStates;
  }

  /** The members read as {@code $states.member}. */
  Set<String> statesMembers() {
    return statesMembers;
  }

  /** Whether the expression needs {@code $states.member}. */
  boolean needs(String member) {
    return allStates || statesMembers.contains(member);
  }

  /** Whether the expression mentions {@code $name} (a variable or a function). */
  boolean mentions(String name) {
    return variables.contains(name);
  }

  static JsonataReferences scan(String expression) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> members = new LinkedHashSet<>();
    boolean all = false;
    int n = expression.length();
    int i = 0;
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipString(expression, i);
      } else if (c == '`') {
        int end = expression.indexOf('`', i + 1);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && expression.charAt(i + 1) == '*') {
        int end = expression.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '$') {
        int start = i + 1;
        int end = start;
        while (end < n && isNameChar(expression.charAt(end))) {
          end++;
        }
        if (end > start) {
          String name = expression.substring(start, end);
          if (name.equals(STATES)) {
            String member = memberAfter(expression, end);
            if (member == null) {
              all = true;
            } else {
              members.add(member);
            }
          } else {
            names.add(name);
          }
        }
        i = Math.max(end, i + 1);
      } else {
        i++;
      }
    }
    return new JsonataReferences(Collections.unmodifiableList(new ArrayList<>(names)),
        Collections.unmodifiableSet(members), all);
  }

  /** The name in {@code .name} or {@code .`name`} after {@code $states}, or {@code null}. */
  private static String memberAfter(String expression, int from) {
    int i = skipSpace(expression, from);
    if (i >= expression.length() || expression.charAt(i) != '.') {
      return null;
    }
    i = skipSpace(expression, i + 1);
    if (i < expression.length() && expression.charAt(i) == '`') {
      int end = expression.indexOf('`', i + 1);
      return end < 0 ? null : expression.substring(i + 1, end);
    }
    int end = i;
    while (end < expression.length() && isNameChar(expression.charAt(end))) {
      end++;
    }
    return end > i ? expression.substring(i, end) : null;
  }

  private static int skipSpace(String expression, int i) {
    while (i < expression.length() && Character.isWhitespace(expression.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipString(String expression, int i) {
    char quote = expression.charAt(i);
    int j = i + 1;
    while (j < expression.length()) {
      char c = expression.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == quote) {
        return j + 1;
      } else {
        j++;
      }
    }
    return j;
  }

  /** JSONata names run until an operator, a bracket or whitespace. */
  private static boolean isNameChar(char c) {
    return !Character.isWhitespace(c) && "()[]{}.,;:?!<>=+-*/%&|^~\"'`#@$".indexOf(c) < 0;
  }
}
