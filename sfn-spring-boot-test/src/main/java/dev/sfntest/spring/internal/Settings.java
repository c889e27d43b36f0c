package dev.sfntest.spring.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code sfntest.*} settings of one application context, checked.
 *
 * @param mockConfig a Spring resource location, or {@code null}
 * @param activityPollTimeout {@code null}: the fake's default
 * @param region {@code null} when unset (fake: us-east-1; live: the SDK's settings)
 * @param endpoint {@code null}: live mode calls AWS itself
 * @param roleArn {@code null}: the fake's role, or for a local endpoint the same dummy role
 * @param dummyCredentials whether live clients sign with fixed dummy keys instead of the SDK's chain
 */
public record Settings(
    Mode mode,
    long seed,
    Instant initialTime,
    boolean timeSkipping,
    boolean strictMocks,
    String mockConfig,
    Duration activityPollTimeout,
    String region,
    String account,
    URI endpoint,
    String roleArn,
    boolean dummyCredentials) {}
