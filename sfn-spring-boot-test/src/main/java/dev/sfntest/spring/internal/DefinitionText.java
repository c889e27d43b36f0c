package dev.sfntest.spring.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * Fills a definition's {@code ${Name}} placeholders, as CloudFormation's {@code
 * DefinitionSubstitutions} do, with Spring's placeholder syntax ({@code ${Name:default}} too). No
 * escape character: a backslash in JSON text means what JSON says.
 */
final class DefinitionText {

  private static final PropertyPlaceholderHelper HELPER = new PropertyPlaceholderHelper("${", "}", ":", null, true);
  private static final Pattern LEFT = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");

  private DefinitionText() {}

  /**
   * The text with each placeholder replaced by {@code values.apply(Name)}.
   *
   * @return the names of placeholders left without a value, in order (then nothing was replaced
   *     usefully, and the caller reports them)
   */
  static Result fill(String text, Function<String, String> values) {
    String filled = HELPER.replacePlaceholders(text, values::apply);
    Set<String> missing = new LinkedHashSet<>();
    Matcher matcher = LEFT.matcher(filled);
    while (matcher.find()) {
      missing.add(matcher.group(1));
    }
    return new Result(filled, Set.copyOf(missing).isEmpty() ? Set.of() : missing);
  }

  /** The filled text, and the placeholders nothing filled. */
  record Result(String text, Set<String> missing) {}
}
