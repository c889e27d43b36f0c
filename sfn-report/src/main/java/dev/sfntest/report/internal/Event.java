package dev.sfntest.report.internal;

import java.time.Instant;

/**
 * The part of a history event the report reads, whatever it came from: an SDK {@code HistoryEvent}
 * or the JSON the AWS CLI prints for {@code get-execution-history}.
 *
 * @param id the event's id
 * @param previousEventId the event it follows in its thread of execution (0 for none)
 * @param type the event type, as AWS spells it ({@code TaskStateEntered})
 * @param timestamp when it happened (on the fake: the virtual clock)
 * @param stateName the state's name, for state entered and exited events; else {@code null}
 * @param error the error, for failure events that carry one; else {@code null}
 */
public record Event(long id, long previousEventId, String type, Instant timestamp, String stateName, String error) {

  public boolean isStateEntered() {
    return type.endsWith("StateEntered");
  }

  public boolean isStateExited() {
    return type.endsWith("StateExited");
  }

  /**
   * Whether the event reports a failure of the state's work: what Retry and Catch act on. Map
   * iterations failing are the Map's business until {@code MapStateFailed} says so.
   */
  public boolean isFailure() {
    if (type.startsWith("Execution") || type.startsWith("MapIteration")) {
      return false;
    }
    return type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted");
  }
}
