package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.Scheduler;
import java.util.function.Supplier;

/**
 * Runs each API operation under the fake's one lock (the {@link Scheduler}'s) and, before
 * returning, lets every execution run as far as it can: so on return an operation's effects (an
 * execution started, a task answered) have already played out on the clock. What an operation
 * returns is built inside it, from that one moment: immutable records and snapshots, never an
 * engine object read after the lock is released.
 *
 * <pre>{@code
 * return operations.call(() -> registry.describe(arn));
 * }</pre>
 */
public final class Operations {

  private final Scheduler scheduler;

  public Operations(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** Runs an operation under the lock, then lets the executions progress (see {@link Scheduler#call}). */
  public <T> T call(Supplier<T> operation) {
    return scheduler.call(operation);
  }

  /** As {@link #call}, for an operation without a result. */
  public void run(Runnable operation) {
    call(() -> {
      operation.run();
      return null;
    });
  }

  public Scheduler scheduler() {
    return scheduler;
  }
}
