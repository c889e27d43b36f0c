package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a redriven Parallel or inline Map state takes from its last attempt in the run that ended
 * unsuccessfully: AWS "reschedules and redrives only the iterations and branches that failed or
 * aborted". A branch or iteration that succeeded keeps its result and is not run again (it records
 * nothing); one that failed or was aborted continues from the state it ended in, with that state's
 * input and the variables it had assigned, as the execution itself does; one that never started
 * starts.
 *
 * <pre>{@code
 * // Parallel [A, B]: A succeeded, B failed in its second state B2.
 * // Redrive: A's result is reused; B re-enters B2 with B2's original input.
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_RedriveExecution.html">RedriveExecution</a>
 */
final class Redrive {

  private final JsonNode[] results;
  private final Frame[] children;

  /**
   * @param results each child's result, {@code null} where it did not succeed
   * @param children each child's frame, {@code null} where it never started
   */
  Redrive(JsonNode[] results, Frame[] children) {
    this.results = results;
    this.children = children;
  }

  /** How many branches or iterations the earlier attempt had. */
  int size() {
    return results.length;
  }

  /** The result of a child that succeeded, or {@code null} when it must run. */
  JsonNode result(int index) {
    return results[index];
  }

  /** The state a failed or aborted child ended in, or {@code null} when it never entered one. */
  Visit lastVisit(int index) {
    Frame child = children[index];
    return child == null ? null : child.current();
  }

  /**
   * The variables a child of the new attempt runs with: those the earlier child had when it ended,
   * when it continues, or a fresh scope inside {@code outer}.
   */
  static VariableScope scopeFor(Redrive earlier, int index, VariableScope outer) {
    return earlier != null && earlier.lastVisit(index) != null
        ? earlier.children[index].scope()
        : new VariableScope(outer);
  }

  /**
   * Starts a child of the new attempt: from where the earlier child ended, or from the start when
   * there is no earlier attempt or the child never entered a state.
   */
  static void start(Redrive earlier, int index, Frame child, String startAt, JsonNode input) {
    Visit last = earlier == null ? null : earlier.lastVisit(index);
    if (last == null) {
      child.start(startAt, input);
    } else {
      child.redrive(last);
    }
  }
}
