package dev.sfntest.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How {@code sfn-local serve} runs: where it listens, the region and account in its ARNs, and its
 * clock. Defaults come from the environment variables Step Functions Local users know; flags
 * override them.
 *
 * <table>
 *   <caption>Environment variables</caption>
 *   <tr><td>{@code AWS_ACCOUNT_ID}</td><td>the account in ARNs (default 123456789012)</td></tr>
 *   <tr><td>{@code AWS_DEFAULT_REGION}</td><td>the region in ARNs (default us-east-1)</td></tr>
 *   <tr><td>{@code WAIT_TIME_SCALE}</td><td>real time a wait takes, per second of it (default 1;
 *       0: waits take no time). The fake's whole clock runs {@code 1 / scale} times as fast as the
 *       wall clock, so a history shows the durations the definition asks for (a 1-hour Wait
 *       takes an hour between its events), and with a scale below 1 its dates run ahead of the
 *       wall clock.</td></tr>
 *   <tr><td>{@code SFN_MOCK_CONFIG}</td><td>a Step Functions Local mock configuration file: an
 *       execution started on {@code stateMachineArn#TestCase} answers its Task states from that
 *       test case</td></tr>
 * </table>
 *
 * <pre>{@code
 * LocalSettings settings = LocalSettings.fromEnvironment(System.getenv()).withPort(0);
 * }</pre>
 *
 * @param host the address to bind (default 127.0.0.1)
 * @param port the port (default 8083; 0 for a free one)
 * @param region the region in ARNs
 * @param account the account id in ARNs (12 digits)
 * @param waitTimeScale real seconds per second of a Wait, retry or timeout; 0 runs them at once
 * @param virtualTime whether the clock is virtual with time skipping instead of the wall clock
 * @param mockConfig a Step Functions Local mock configuration file, or {@code null}
 */
public record LocalSettings(String host, int port, String region, String account, double waitTimeScale,
    boolean virtualTime, Path mockConfig) {

  public LocalSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("A port is between 0 and 65535: " + port);
    }
    if (!account.matches("\\d{12}")) {
      throw new IllegalArgumentException("An AWS account id has 12 digits: " + account);
    }
    if (!(waitTimeScale >= 0) || Double.isInfinite(waitTimeScale)) {
      throw new IllegalArgumentException("The wait time scale is a number from 0 up: " + waitTimeScale);
    }
  }

  /** The defaults, without looking at the environment. */
  public static LocalSettings defaults() {
    return new LocalSettings("127.0.0.1", SfnServer.DEFAULT_PORT, "us-east-1", "123456789012", 1.0, false, null);
  }

  /**
   * The defaults overridden by Step Functions Local's environment variables.
   *
   * @throws IllegalArgumentException naming the variable whose value is not valid
   */
  public static LocalSettings fromEnvironment(Map<String, String> env) {
    LocalSettings settings = defaults();
    String account = value(env, "AWS_ACCOUNT_ID");
    if (account != null) {
      LocalSettings current = settings;
      settings = check("AWS_ACCOUNT_ID", () -> current.withAccount(account));
    }
    String region = value(env, "AWS_DEFAULT_REGION");
    if (region != null) {
      settings = settings.withRegion(region);
    }
    String scale = value(env, "WAIT_TIME_SCALE");
    if (scale != null) {
      LocalSettings current = settings;
      settings = check("WAIT_TIME_SCALE", () -> current.withWaitTimeScale(parseScale(scale)));
    }
    String mockConfig = value(env, "SFN_MOCK_CONFIG");
    if (mockConfig != null) {
      settings = settings.withMockConfig(Path.of(mockConfig));
    }
    return settings;
  }

  /** A wait time scale from its text. */
  public static double parseScale(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The wait time scale is a number from 0 up: " + text);
    }
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static LocalSettings check(String variable, Supplier<LocalSettings> apply) {
    try {
      return apply.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
    }
  }

  public LocalSettings withHost(String host) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  public LocalSettings withPort(int port) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  public LocalSettings withRegion(String region) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  public LocalSettings withAccount(String account) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  public LocalSettings withWaitTimeScale(double waitTimeScale) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  public LocalSettings withVirtualTime(boolean virtualTime) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  public LocalSettings withMockConfig(Path mockConfig) {
    return new LocalSettings(host, port, region, account, waitTimeScale, virtualTime, mockConfig);
  }

  /** Whether the clock follows the wall clock (scaled), rather than skipping from timer to timer. */
  public boolean realTime() {
    return !virtualTime && waitTimeScale > 0;
  }

  /** A short description of the clock, for the start-up line. */
  public String describeClock() {
    if (virtualTime) {
      return "virtual time, skipping to each timer";
    }
    if (waitTimeScale == 0) {
      return "wall clock, waits take no time (WAIT_TIME_SCALE 0)";
    }
    return waitTimeScale == 1 ? "wall clock" : "wall clock, waits scaled by " + waitTimeScale;
  }
}
