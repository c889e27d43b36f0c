package dev.sfntest.engine;

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

  /** The variables a child had when it ended; it continues with them. */
  VariableScope scope(int index) {
    return children[index].scope();
  }

  /**
   * Starts a child that did not succeed in the new attempt: from where it ended, or from the start
   * when it never entered a state.
   */
  void resume(int index, Frame child, String startAt, JsonNode input) {
    Visit last = lastVisit(index);
    if (last == null) {
      child.start(startAt, input);
    } else {
      child.redrive(last);
    }
  }
}
