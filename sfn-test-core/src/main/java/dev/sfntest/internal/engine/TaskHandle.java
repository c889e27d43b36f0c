package dev.sfntest.internal.engine;

/** A task in progress; the engine cancels it when the task times out or the execution stops. */
public interface TaskHandle {

  TaskHandle NOOP = () -> { };

  /** Stops the task: later callbacks are ignored, and whatever waits on the test is released. */
  void cancel();

  /** Stops the task because its timeout fired (a later SendTaskSuccess gets TaskTimedOut). */
  default void timedOut() {
    cancel();
  }
}
