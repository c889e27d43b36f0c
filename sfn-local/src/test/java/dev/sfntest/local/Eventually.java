package dev.sfntest.local;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a value until it meets a condition or a timeout passes: for state another process moves. */
final class Eventually {

  private static final long PAUSE_NANOS = Duration.ofMillis(5).toNanos();

  private Eventually() {}

  /** The first value that meets {@code condition}, or the last one read when {@code timeout} passed. */
  static <T> T get(Supplier<T> read, Predicate<T> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T value = read.get();
    while (!condition.test(value) && System.nanoTime() < deadline) {
      LockSupport.parkNanos(PAUSE_NANOS);
      value = read.get();
    }
    return value;
  }
}
