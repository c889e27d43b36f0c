package dev.sfntest.internal.asl;

/** A retrier's {@code JitterStrategy}. */
public enum JitterStrategy {
  /** The default: wait exactly the computed interval. */
  NONE,
  /** Wait a random time between zero and the computed interval (from the fake's seed). */
  FULL
}
