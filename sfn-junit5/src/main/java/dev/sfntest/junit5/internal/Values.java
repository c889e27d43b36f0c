package dev.sfntest.junit5.internal;

import dev.sfntest.junit5.Mode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks each setting's value, wherever it came from: the text of a configuration
 * parameter, an annotation attribute or a builder argument. A value it cannot take becomes an
 * {@code ExtensionConfigurationException} that says how to write it.
 */
public final class Values {

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private Values() {}

  public static Mode mode(String text, String where) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("fake")) {
      return Mode.FAKE;
    }
    if (lower.equals("live")) {
      return Mode.LIVE;
    }
    throw Misconfigured.setting("mode", text, where, "use fake or live.");
  }

  public static Instant initialTime(String text, String where) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Misconfigured.setting("initialTime", text, where,
          "write an ISO-8601 instant in UTC, like 2025-01-01T00:00:00Z.");
    }
  }

  public static long seed(String text, String where) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Misconfigured.setting("seed", text, where, "write a whole number, like 42.");
    }
  }

  /** {@code true} or {@code false}, in any case; nothing else (a typo must not read as false). */
  public static boolean flag(String name, String text, String where) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw Misconfigured.setting(name, text, where, "use true or false.");
  }

  public static String region(String text, String where) {
    if (!REGION.matcher(text).matches()) {
      throw Misconfigured.setting("region", text, where, "write an AWS region, like eu-west-1.");
    }
    return text;
  }

  public static String account(String text, String where) {
    if (!ACCOUNT.matcher(text).matches()) {
      throw Misconfigured.setting("account", text, where, "write the 12 digits of an account id, like 123456789012.");
    }
    return text;
  }

  public static URI endpoint(String text, String where) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // falls through to the explanation below
    }
    throw Misconfigured.setting("endpoint", text, where,
        "write an http or https URL, like http://localhost:8083 for a local endpoint.");
  }

  public static String roleArn(String text, String where) {
    if (!ROLE_ARN.matcher(text).matches()) {
      throw Misconfigured.setting("roleArn", text, where,
          "write an IAM role ARN, like arn:aws:iam::123456789012:role/StepFunctionsTests.");
    }
    return text;
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
