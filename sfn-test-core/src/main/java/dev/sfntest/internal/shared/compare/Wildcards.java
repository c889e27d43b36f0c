package dev.sfntest.internal.shared.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders of the expected side that stand for values AWS generated or the test looked up
 * ({@code <uuid:1>}, {@code <json-input:1>}, {@code <resource:2>}, and the map-run ARN parts
 * {@code <MapRunArnPart0_0idx>}): each matches any non-empty text, and the same placeholder must
 * match the same text everywhere it is bound (see {@link Bindings}).
 */
public final class Wildcards {

  static final Pattern TOKEN = Pattern.compile("<[A-Za-z][\\w\\-]*:\\d+>|<MapRunArnPart[01]_\\d+idx>");

  private Wildcards() {}

  /** Whether the text contains a wildcard placeholder. */
  public static boolean containsToken(String text) {
    return TOKEN.matcher(text).find();
  }

  /** Whether the whole text is one wildcard placeholder. */
  public static boolean isToken(String text) {
    return TOKEN.matcher(text).matches();
  }

  /**
   * Whether {@code actual} matches {@code expected}, where the placeholders of {@code expected}
   * are wildcards. On a match the new bindings are added to {@code bindings}; otherwise they are
   * left as they were.
   */
  public static boolean matches(String expected, String actual, Bindings bindings) {
    if (!containsToken(expected)) {
      return expected.equals(actual);
    }
    StringBuilder regex = new StringBuilder();
    List<String> groups = new ArrayList<>();
    Map<String, Integer> groupOf = new HashMap<>();
    Matcher token = TOKEN.matcher(expected);
    int last = 0;
    while (token.find()) {
      regex.append(Pattern.quote(expected.substring(last, token.start())));
      String name = token.group();
      String bound = bindings.valueOf(name);
      if (bound != null) {
        regex.append(Pattern.quote(bound));
      } else if (groupOf.containsKey(name)) {
        regex.append("\\k<g").append(groupOf.get(name)).append('>');
      } else {
        groupOf.put(name, groups.size());
        regex.append("(?<g").append(groups.size()).append(">.+?)");
        groups.add(name);
      }
      last = token.end();
    }
    regex.append(Pattern.quote(expected.substring(last)));
    Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
    if (!match.matches()) {
      return false;
    }
    Bindings trial = bindings.copy();
    for (int i = 0; i < groups.size(); i++) {
      if (!trial.bind(groups.get(i), match.group("g" + i))) {
        return false;
      }
    }
    bindings.restore(trial);
    return true;
  }
}
