package dev.sfntest.spring.internal;

/** What the application's clients talk to ({@code sfntest.mode}). */
public enum Mode {
  /** The in-JVM fake, one per application context. */
  FAKE,
  /** A live endpoint: {@code sfntest.endpoint}, or AWS in {@code sfntest.region}. */
  LIVE
}
