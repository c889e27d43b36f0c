package dev.sfntest.core.replay;

import dev.sfntest.internal.shared.compare.Difference;

/**
 * Where a replayed execution's history first differs from the recorded one, as the conformance
 * runner reports a difference from AWS: which event, which field in it, the two values.
 *
 * <pre>{@code
 * result.difference().ifPresent(d -> System.out.println(d.describe()));
 * // event 7 (id 7, TaskStateExited) stateExitedEventDetails.output.total: expected 120, actual 12
 * }</pre>
 *
 * @param where the event, e.g. {@code event 7 (id 7, TaskStateExited)}
 * @param path the field inside it, e.g. {@code stateExitedEventDetails.output.total}; empty for the whole event
 * @param expected the recorded value as JSON text, or {@code null} when the recording has none
 * @param actual the replayed value as JSON text, or {@code null} when the replay has none
 * @param note what is wrong when the values alone do not say it (an event missing, an error's cause), or {@code null}
 */
public record ReplayDifference(String where, String path, String expected, String actual, String note) {

  /** One line: {@code where path: expected X, actual Y (note)}. */
  public String describe() {
    return Difference.describe(where, path, expected, actual, note);
  }

  @Override
  public String toString() {
    return describe();
  }
}
