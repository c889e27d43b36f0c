package dev.sfntest.spring.internal;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.shared.SettingValues;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

  private final Binder binder;

  public SettingsReader(Binder binder) {
    this.binder = binder;
  }

  /** Every setting, checked. */
  public Settings read() {
    return new Settings(
        text("mode").map(t -> checked("mode", t, SettingValues::live) ? Mode.LIVE : Mode.FAKE).orElse(Mode.FAKE),
        single("seed").map(t -> checked("seed", t, SettingValues::seed)).orElse(0L),
        text("initial-time").map(t -> checked("initial-time", t, SettingValues::initialTime))
            .orElse(FakeSfn.DEFAULT_INITIAL_TIME),
        single("time-skipping").map(t -> checked("time-skipping", t, SettingValues::flag)).orElse(true),
        single("strict-mocks").map(t -> checked("strict-mocks", t, SettingValues::flag)).orElse(false),
        text("mock-config").orElse(null),
        text("activity-poll-timeout").map(SettingsReader::duration).orElse(null),
        text("region").map(t -> checked("region", t, SettingValues::region)).orElse(null),
        text("account").map(t -> checked("account", t, SettingValues::account)).orElse("123456789012"),
        text("endpoint").map(t -> checked("endpoint", t, SettingValues::endpoint)).orElse(null),
        text("role-arn").map(t -> checked("role-arn", t, SettingValues::roleArn)).orElse(null),
        text("credentials").map(t -> checked("credentials", t, SettingValues::dummyCredentials)).orElse(false));
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

  /** The value as {@code parse} reads it; what it refuses stops the context, naming the property. */
  private static <T> T checked(String name, String text, Function<String, T> parse) {
    try {
      return parse.apply(text);
    } catch (SettingValues.Invalid e) {
      throw Misconfigured.setting(PREFIX + name, text, e.getMessage());
    }
  }
}
