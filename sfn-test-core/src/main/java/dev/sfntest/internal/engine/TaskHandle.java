package dev.sfntest.internal.engine;

/** A task in progress; the engine cancels it when the task times out or the execution stops. */
public interface TaskHandle {

  TaskHandle NOOP = () -> { };

  /** Stops the task: later callbacks are ignored, and whatever waits on the test is released. */
  void cancel();

  /** When the task's answer is due on the clock (a mock that takes time), or {@code null} when it is not timed. */
  default java.time.Instant answerDue() {
    return null;
  }

  /** Stops the task because its timeout fired (a later SendTaskSuccess gets TaskTimedOut). */
  default void timedOut() {
    cancel();
  }
}
