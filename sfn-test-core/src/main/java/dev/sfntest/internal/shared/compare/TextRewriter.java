package dev.sfntest.internal.shared.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites text in steps: sets of literal replacements and regular expressions, as the
 * recordings' text rules did on the serialised JSON of a snapshot entry.
 *
 * <p>A set of literals is replaced in one pass, longest first, so that a value containing another
 * (a role ARN containing the account id) is replaced as a whole and a replacement is never
 * rewritten again.
 */
public final class TextRewriter implements UnaryOperator<String> {

  private static final TextRewriter IDENTITY = new TextRewriter(List.of());

  private final List<UnaryOperator<String>> steps;

  private TextRewriter(List<UnaryOperator<String>> steps) {
    this.steps = List.copyOf(steps);
  }

  public static TextRewriter identity() {
    return IDENTITY;
  }

  /** Replaces every key of {@code replacements} by its value, in one pass, longest key first. */
  public static TextRewriter literals(Map<String, String> replacements) {
    Map<String, String> map = new LinkedHashMap<>();
    replacements.forEach((from, to) -> {
      if (from != null && !from.isEmpty() && to != null && !from.equals(to)) {
        map.put(from, to);
      }
    });
    if (map.isEmpty()) {
      return IDENTITY;
    }
    Pattern pattern = Pattern.compile(map.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|")));
    return new TextRewriter(List.of(text -> pattern.matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(map.get(match.group())))));
  }

  /** Replaces every match of {@code regex} by the literal {@code replacement}. */
  public static TextRewriter regex(String regex, String replacement) {
    Pattern pattern = Pattern.compile(regex);
    String literal = Matcher.quoteReplacement(replacement);
    return new TextRewriter(List.of(text -> pattern.matcher(text).replaceAll(literal)));
  }

  /** This rewrite, then {@code next}. */
  public TextRewriter then(TextRewriter next) {
    if (next.steps.isEmpty()) {
      return this;
    }
    List<UnaryOperator<String>> all = new ArrayList<>(steps);
    all.addAll(next.steps);
    return new TextRewriter(all);
  }

  @Override
  public String apply(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (UnaryOperator<String> step : steps) {
      out = step.apply(out);
    }
    return out;
  }
}
