package dev.sfntest.internal.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code sfntest.*} settings the JUnit extension and the Spring Boot module both read: how
 * each value is checked, and what to tell a user who wrote one that cannot be used. Each module
 * reports an {@link Invalid} in its own way (the extension's configuration exception, a context
 * that does not start), naming the setting as its users write it.
 *
 * <pre>{@code
 * try {
 *   long seed = SettingValues.seed("4x2");
 * } catch (SettingValues.Invalid e) {
 *   e.getMessage();   // write a whole number, like 42.
 * }
 * }</pre>
 */
public final class SettingValues {

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");

  private SettingValues() {}

  /** A value a setting cannot take; the message says how to write one, like {@code use true or false.} */
  public static final class Invalid extends IllegalArgumentException {
    Invalid(String fix) {
      super(fix);
    }
  }

  /** {@code fake} ({@code false}) or {@code live} ({@code true}), in any case. */
  public static boolean live(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "fake" -> false;
      case "live" -> true;
      default -> throw new Invalid("use fake or live.");
    };
  }

  /** A seed: a whole number. */
  public static long seed(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new Invalid("write a whole number, like 42.");
    }
  }

  /** An instant, ISO-8601 in UTC. */
  public static Instant initialTime(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new Invalid("write an ISO-8601 instant in UTC, like 2025-01-01T00:00:00Z.");
    }
  }

  /** {@code true} or {@code false}, in any case; nothing else (a typo must not read as false). */
  public static boolean flag(String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new Invalid("use true or false.");
  }

  /** An AWS region, like {@code eu-west-1}. */
  public static String region(String text) {
    if (!REGION.matcher(text).matches()) {
      throw new Invalid("write an AWS region, like eu-west-1.");
    }
    return text;
  }

  /** The 12 digits of an account id. */
  public static String account(String text) {
    if (!ACCOUNT.matcher(text).matches()) {
      throw new Invalid("write the 12 digits of an account id, like 123456789012.");
    }
    return text;
  }

  /** An http or https URL with a host. */
  public static URI endpoint(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // explained below
    }
    throw new Invalid("write an http or https URL, like http://localhost:8083 for a local endpoint.");
  }

  /** An IAM role ARN. */
  public static String roleArn(String text) {
    if (!ROLE_ARN.matcher(text).matches()) {
      throw new Invalid("write an IAM role ARN, like arn:aws:iam::123456789012:role/StepFunctionsTests.");
    }
    return text;
  }

  /** {@code default} ({@code false}: the AWS SDK's chain) or {@code dummy} ({@code true}: fixed keys). */
  public static boolean dummyCredentials(String text) {
    return switch (text) {
      case "default" -> false;
      case "dummy" -> true;
      default -> throw new Invalid(
          "use default (the AWS SDK's credentials chain) or dummy (fixed keys for a local endpoint).");
    };
  }
}
