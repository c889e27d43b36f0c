package dev.sfntest.junit5.internal;

import dev.sfntest.junit5.Mode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The settings one test runs with, each taken from the first place that sets it: method
 * annotation, class annotation, builder, configuration parameter, default.
 *
 * @param seed {@code null} when unset: each fake is then seeded from its test's unique id
 * @param region {@code null} when unset: the fake then uses us-east-1, live mode the SDK's region
 * @param mockConfig a classpath resource or {@code file:} path, or {@code null}
 * @param endpoint {@code null} when unset: live mode then calls AWS in {@link #region}
 * @param roleArn {@code null} when unset (see {@link LiveEnvironment#roleArn})
 * @param liveTimeout how long a live assertion waits for an execution to end
 * @param activityPollTimeout how long the fake's GetActivityTask waits; {@code null}: AWS's 60 s
 */
public record Settings(
    Mode mode,
    Instant initialTime,
    Long seed,
    boolean timeSkipping,
    String mockConfig,
    String region,
    String account,
    URI endpoint,
    String roleArn,
    CredentialsChoice credentials,
    boolean strictMocks,
    Duration liveTimeout,
    Duration activityPollTimeout) {

  /** What a live client built from these settings depends on. */
  public LiveTarget liveTarget() {
    return new LiveTarget(endpoint, region, credentials);
  }
}
