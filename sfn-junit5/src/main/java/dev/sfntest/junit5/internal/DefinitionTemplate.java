package dev.sfntest.junit5.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition with {@code ${Name}} placeholders, as CloudFormation's and CDK's {@code
 * DefinitionSubstitutions} write them: {@code Name} is letters, digits, {@code _}, {@code .} or
 * {@code -}. Any other text, {@code $} included, is left as it is.
 */
public final class DefinitionTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

  private final String text;

  public DefinitionTemplate(String text) {
    this.text = text;
  }

  /** The names of the placeholders, in order of first appearance. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * The definition with every placeholder replaced by its value, taken as is (no JSON escaping:
   * a value is what the author would have typed there).
   *
   * @throws MissingValues naming every placeholder that has no value
   */
  public String substitute(Function<String, Optional<String>> values) {
    if (!text.contains("${")) {
      return text; // the usual definition: the same text, not a copy of it
    }
    List<String> missing = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      Optional<String> value = values.apply(matcher.group(1));
      if (value.isEmpty()) {
        if (!missing.contains(matcher.group(1))) {
          missing.add(matcher.group(1));
        }
        continue;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
    }
    if (!missing.isEmpty()) {
      throw new MissingValues(missing);
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Placeholders nobody gave a value. */
  public static final class MissingValues extends RuntimeException {
    private final transient List<String> names;

    MissingValues(List<String> names) {
      super("No value for " + names);
      this.names = List.copyOf(names);
    }

    public List<String> names() {
      return names;
    }
  }
}
