package dev.sfntest.reliability;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition another thread brings about, with a deadline and without sleeping. */
final class Waiting {

  private Waiting() {}

  /**
   * Spins until {@code condition} holds, yielding the processor between looks.
   *
   * @throws AssertionError naming {@code what} when the condition does not hold within {@code limit}
   */
  static void until(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Not within " + limit + ": " + what);
      }
      Thread.yield();
    }
  }

  /** Whether the thread is parked in a wait (a long poll waiting on the fake's condition). */
  static boolean isWaiting(Thread thread) {
    Thread.State state = thread.getState();
    return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
  }
}
