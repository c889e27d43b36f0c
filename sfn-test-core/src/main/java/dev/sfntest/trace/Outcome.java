package dev.sfntest.trace;

/**
 * How a state visit, a Map iteration, a Parallel branch or a task attempt ended, as its events
 * tell it.
 *
 * <pre>{@code
 * switch (visit.outcome()) {
 *   case CAUGHT -> System.out.println("a Catch took " + visit.failure().error());
 *   case RUNNING -> System.out.println("waits on " + visit.waitingOn().orElseThrow().describe());
 *   default -> { }
 * }
 * }</pre>
 */
public enum Outcome {
  /** Not over yet: the execution still runs it (or, for an attempt, the call has not answered). */
  RUNNING,
  /** Ended without an error (for a state: exited; for an iteration or branch: its last state exited). */
  SUCCEEDED,
  /** A state that failed for good (retries spent) and whose {@code Catch} took the error: it exited. */
  CAUGHT,
  /**
   * Failed and not caught: the error ended the state's iteration, branch or execution. AWS may
   * still record the state's abort after the failure (the failing Task of a Parallel branch gets a
   * {@code TaskStateAborted}); the state failed all the same.
   */
  FAILED,
  /** Stopped because another iteration or branch failed: AWS recorded its abort. */
  ABORTED,
  /**
   * Ended with the execution, with no event of its own: the execution timed out or was stopped
   * ({@code StopExecution}) while it ran, or failed elsewhere before it recorded anything.
   */
  STOPPED;

  /** Whether it is over, however it ended. */
  public boolean isOver() {
    return this != RUNNING;
  }
}
