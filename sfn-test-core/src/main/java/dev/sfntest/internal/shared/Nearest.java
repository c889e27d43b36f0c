package dev.sfntest.internal.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names nearest to a misspelt one, by edit distance: what "did you mean" messages offer (an
 * unknown event type in the trace model, an unknown state name in an assertion).
 *
 * <pre>{@code
 * Nearest.names("ExpresShipping", List.of("ExpressShipping", "StandardShipping"), 3);  // [ExpressShipping]
 * }</pre>
 */
public final class Nearest {

  private Nearest() {}

  /**
   * Up to {@code limit} names within a third of the word's length in edits (at least two),
   * nearest first, ignoring case; ties in alphabetical order.
   */
  public static List<String> names(String word, Collection<String> names, int limit) {
    int allowed = Math.max(2, word.length() / 3);
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> near = new ArrayList<>();
    for (String name : names) {
      if (distance(lower, name.toLowerCase(Locale.ROOT)) <= allowed) {
        near.add(name);
      }
    }
    near.sort(Comparator.<String>comparingInt(n -> distance(lower, n.toLowerCase(Locale.ROOT)))
        .thenComparing(Comparator.naturalOrder()));
    return near.size() > limit ? List.copyOf(near.subList(0, limit)) : near;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
