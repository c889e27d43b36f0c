package dev.sfntest.junit5.internal;

import dev.sfntest.internal.shared.SettingValues;
import dev.sfntest.junit5.Mode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks each setting's value, wherever it came from: the text of a configuration
 * parameter, an annotation attribute or a builder argument. A value it cannot take becomes an
 * {@code ExtensionConfigurationException} that says how to write it.
 */
public final class Values {

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private Values() {}

  public static Mode mode(String text, String where) {
    return checked("mode", text, where, t -> SettingValues.live(t) ? Mode.LIVE : Mode.FAKE);
  }

  public static Instant initialTime(String text, String where) {
    return checked("initialTime", text, where, SettingValues::initialTime);
  }

  public static long seed(String text, String where) {
    return checked("seed", text, where, SettingValues::seed);
  }

  /** {@code true} or {@code false}, in any case; nothing else (a typo must not read as false). */
  public static boolean flag(String name, String text, String where) {
    return checked(name, text, where, SettingValues::flag);
  }

  public static String region(String text, String where) {
    return checked("region", text, where, SettingValues::region);
  }

  public static String account(String text, String where) {
    return checked("account", text, where, SettingValues::account);
  }

  public static URI endpoint(String text, String where) {
    return checked("endpoint", text, where, SettingValues::endpoint);
  }

  public static String roleArn(String text, String where) {
    return checked("roleArn", text, where, SettingValues::roleArn);
  }

  /** The value as {@code parse} reads it; what it refuses, as the extension's configuration error. */
  static <T> T checked(String name, String text, String where, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (SettingValues.Invalid e) {
      throw Misconfigured.setting(name, text, where, e.getMessage());
    }
  }

  /**
   * A duration: ISO-8601 ({@code PT2M}) or a number and a unit ({@code 500ms}, {@code 90s},
   * {@code 2m}, {@code 1h}); zero or more.
   */
  public static Duration duration(String name, String text, String where) {
    String trimmed = text.trim();
    var shortForm = SHORT_DURATION.matcher(trimmed.toLowerCase(Locale.ROOT));
    try {
      if (shortForm.matches()) {
        long amount = Long.parseLong(shortForm.group(1));
        return switch (shortForm.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      }
      Duration parsed = Duration.parse(trimmed);
      if (!parsed.isNegative()) {
        return parsed;
      }
    } catch (ArithmeticException | java.time.format.DateTimeParseException | NumberFormatException e) {
      // explained below
    }
    throw Misconfigured.setting(name, text, where,
        "write a duration of zero or more, like 90s, 500ms, 2m or PT2M.");
  }

  /** Checks a duration given to the builder. */
  public static Duration duration(String name, Duration value, String where) {
    if (value.isNegative()) {
      throw Misconfigured.setting(name, value.toString(), where, "give a duration of zero or more.");
    }
    return value;
  }

  /** A mock configuration location: any non-blank text; whether it exists is checked on use. */
  public static String mockConfig(String text, String where) {
    if (text.isBlank()) {
      throw Misconfigured.setting("mockConfig", text, where,
          "name a classpath resource, like mocks/MockConfigFile.json, or a file as file:path/to/it.json.");
    }
    return text;
  }
}
