package dev.sfntest.internal.engine;

import java.time.Instant;

/**
 * Something a running execution waits for on the clock: a Wait ending, a retry's interval, a
 * task's timeout or heartbeat, a mocked answer that takes time, the execution's own timeout.
 *
 * @param state the state it concerns, or {@code null} for the execution
 * @param what what happens then, in words: {@code its Wait ends}
 * @param due when, on the fake's clock
 */
public record Deadline(String state, String what, Instant due) {

  /**
   * What an execution waits for on the clock, read at one moment.
   *
   * @param now the fake's clock then
   * @param timeSkipping whether the clock skips to the next timer by itself
   * @param deadlines what the execution waits for, soonest first
   */
  public record Waits(Instant now, boolean timeSkipping, java.util.List<Deadline> deadlines) {}
}
