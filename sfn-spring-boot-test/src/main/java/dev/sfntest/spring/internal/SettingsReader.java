package dev.sfntest.spring.internal;

import dev.sfntest.core.FakeSfn;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;

/**
 * Reads the {@code sfntest.*} settings from the application's environment with Spring Boot's
 * relaxed names ({@code sfntest.initial-time}, {@code sfntest.initialTime} and {@code
 * SFNTEST_INITIALTIME} alike), so the names the JUnit extension reads work here too. A value it
 * cannot use stops the context with a {@link Misconfigured} that says how to write it.
 */
public final class SettingsReader {

  /** The prefix of every setting. */
  public static final String PREFIX = "sfntest.";

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");

  private final Binder binder;

  public SettingsReader(Binder binder) {
    this.binder = binder;
  }

  /** Every setting, checked. */
  public Settings read() {
    return new Settings(
        text("mode").map(SettingsReader::mode).orElse(Mode.FAKE),
        single("seed").map(SettingsReader::seed).orElse(0L),
        text("initial-time").map(SettingsReader::initialTime).orElse(FakeSfn.DEFAULT_INITIAL_TIME),
        single("time-skipping").map(t -> flag("time-skipping", t)).orElse(true),
        single("strict-mocks").map(t -> flag("strict-mocks", t)).orElse(false),
        text("mock-config").orElse(null),
        text("activity-poll-timeout").map(SettingsReader::duration).orElse(null),
        text("region").map(SettingsReader::region).orElse(null),
        text("account").map(SettingsReader::account).orElse("123456789012"),
        text("endpoint").map(SettingsReader::endpoint).orElse(null),
        text("role-arn").map(SettingsReader::roleArn).orElse(null),
        text("credentials").map(SettingsReader::dummyCredentials).orElse(false));
  }

  /** The values of {@code sfntest.substitution.<Name>}, by name. */
  public Map<String, String> substitutions() {
    return binder.bind(PREFIX + "substitution", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
  }

  private Optional<String> text(String name) {
    return Optional.ofNullable(binder.bind(PREFIX + name, Bindable.of(String.class)).orElse(null)).map(String::trim)
        .filter(t -> !t.isEmpty());
  }

  /**
   * A setting that {@code @AutoConfigureSfnTest} gives as a one-element array ({@code
   * sfntest.seed[0]}) or a property gives as text: more than one value is a mistake.
   */
  private Optional<String> single(String name) {
    List<String> values = binder.bind(PREFIX + name, Bindable.listOf(String.class)).orElse(List.of());
    if (values.size() > 1) {
      throw Misconfigured.setting(PREFIX + name, String.join(",", values), "give one value, like "
          + values.get(0) + ".");
    }
    return values.stream().map(String::trim).filter(t -> !t.isEmpty()).findFirst();
  }

  static Mode mode(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "fake" -> Mode.FAKE;
      case "live" -> Mode.LIVE;
      default -> throw Misconfigured.setting(PREFIX + "mode", text, "use fake or live.");
    };
  }

  static long seed(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw Misconfigured.setting(PREFIX + "seed", text, "write a whole number, like 42.");
    }
  }

  static Instant initialTime(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Misconfigured.setting(PREFIX + "initial-time", text,
          "write an ISO-8601 instant in UTC, like 2025-01-01T00:00:00Z.");
    }
  }

  /** {@code true} or {@code false}, in any case; nothing else (a typo must not read as false). */
  static boolean flag(String name, String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw Misconfigured.setting(PREFIX + name, text, "use true or false.");
  }

  static Duration duration(String text) {
    Duration duration;
    try {
      duration = DurationStyle.detectAndParse(text);
    } catch (IllegalArgumentException e) {
      throw Misconfigured.setting(PREFIX + "activity-poll-timeout", text,
          "write a duration, like 500ms, 5s or PT1M.");
    }
    if (duration.isNegative()) {
      throw Misconfigured.setting(PREFIX + "activity-poll-timeout", text, "a poll timeout is zero or more.");
    }
    return duration;
  }

  static String region(String text) {
    if (!REGION.matcher(text).matches()) {
      throw Misconfigured.setting(PREFIX + "region", text, "write an AWS region, like eu-west-1.");
    }
    return text;
  }

  static String account(String text) {
    if (!ACCOUNT.matcher(text).matches()) {
      throw Misconfigured.setting(PREFIX + "account", text,
          "write the 12 digits of an account id, like 123456789012.");
    }
    return text;
  }

  static URI endpoint(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // explained below
    }
    throw Misconfigured.setting(PREFIX + "endpoint", text,
        "write an http or https URL, like http://localhost:8083 for a local endpoint.");
  }

  static String roleArn(String text) {
    if (!ROLE_ARN.matcher(text).matches()) {
      throw Misconfigured.setting(PREFIX + "role-arn", text,
          "write an IAM role ARN, like arn:aws:iam::123456789012:role/StepFunctionsTests.");
    }
    return text;
  }

  static boolean dummyCredentials(String text) {
    return switch (text) {
      case "default" -> false;
      case "dummy" -> true;
      default -> throw Misconfigured.setting(PREFIX + "credentials", text,
          "use default (the AWS SDK's credentials chain) or dummy (fixed keys for a local endpoint).");
    };
  }
}
