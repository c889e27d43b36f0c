package dev.sfntest.junit5.internal;

import java.net.URI;

/**
 * Where live mode calls, and as whom: tests with equal targets share SDK clients for the whole
 * run (a client is thread-safe, and building one costs more than many calls).
 *
 * @param endpoint {@code null} for AWS itself
 * @param region {@code null} when the SDK's settings decide
 */
public record LiveTarget(URI endpoint, String region, CredentialsChoice credentials) {}
