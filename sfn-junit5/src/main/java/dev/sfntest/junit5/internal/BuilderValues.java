package dev.sfntest.junit5.internal;

import dev.sfntest.junit5.Mode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What {@code SfnExtension.builder()} was told, already checked; {@code null} where it was told
 * nothing.
 *
 * @param substitutions values of definition placeholders, never {@code null}
 */
public record BuilderValues(
    Mode mode,
    Instant initialTime,
    Long seed,
    Boolean timeSkipping,
    String mockConfig,
    String region,
    String account,
    URI endpoint,
    String roleArn,
    CredentialsChoice credentials,
    Boolean strictMocks,
    Duration liveTimeout,
    Duration activityPollTimeout,
    Map<String, String> substitutions) {

  /** A builder told nothing: what {@code @SfnTest} registers. */
  public static final BuilderValues NONE =
      new BuilderValues(null, null, null, null, null, null, null, null, null, null, null, null, null,
          Map.of());

  public BuilderValues {
    substitutions = Map.copyOf(substitutions);
  }
}
