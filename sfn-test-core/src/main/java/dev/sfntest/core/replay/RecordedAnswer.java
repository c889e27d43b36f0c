package dev.sfntest.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;

/**
 * What one attempt of a Task state answered in a recorded execution: the result, the error, the
 * time-out, or nothing (the execution ended first), with what a {@code .sync} or callback task
 * reported when it was submitted and the name of the activity worker that took it.
 *
 * <pre>{@code
 * for (RecordedAnswer answer : Replay.of(definition, history).answers()) {
 *   System.out.println(answer.state() + " attempt " + answer.attempt() + ": " + answer.describe());
 * }
 * }</pre>
 *
 * @param state the Task state's name
 * @param scope the Map iterations and Parallel branches it ran in, outermost first, as {@code
 *     Items[3]/Both[1]} (the Map or Parallel state with the iteration's index or the branch's
 *     position); empty at the top level
 * @param visit which visit of the state in that scope (1 for the first; more in loops, or when a
 *     Map or Parallel around it was retried)
 * @param attempt which attempt of the visit (1 for the first, 2 for the first retry, ...)
 * @param kind how the attempt ended
 * @param output the result of a {@link Kind#RETURNED} attempt, or {@code null}
 * @param error the error of a {@link Kind#FAILED} or {@link Kind#TIMED_OUT} attempt, or {@code null}
 * @param cause its cause, or {@code null}
 * @param submitted what a {@code .sync} or {@code .waitForTaskToken} task reported when it was
 *     submitted ({@code TaskSubmitted}), or {@code null}
 * @param workerName the name the activity worker that took the task polled with, or {@code null}
 * @param started for activities: whether a worker took the task ({@code ActivityStarted}); true otherwise
 * @param took how long the attempt took, from its scheduling to its answer, read from the events'
 *     timestamps ({@link Duration#ZERO} when the history has none)
 */
public record RecordedAnswer(String state, String scope, int visit, int attempt, Kind kind, JsonNode output,
    String error, String cause, JsonNode submitted, String workerName, boolean started, Duration took) {

  /** How a recorded attempt ended. */
  public enum Kind {
    /** The call succeeded with {@link RecordedAnswer#output()}. */
    RETURNED,
    /** The call failed with {@link RecordedAnswer#error()} and {@link RecordedAnswer#cause()}. */
    FAILED,
    /** The call timed out ({@code States.Timeout} or {@code States.HeartbeatTimeout}). */
    TIMED_OUT,
    /** The call never answered: the execution ended (or the state was aborted) while it ran. */
    NO_ANSWER
  }

  /**
   * An answer as described above.
   *
   * @throws NullPointerException when the state, scope, kind or duration is missing
   */
  public RecordedAnswer {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(took, "took");
  }

  /** In words: {@code returned {"paid":true}}, {@code failed Payment.Declined (card expired)}, {@code timed out}. */
  public String describe() {
    return switch (kind) {
      case RETURNED -> "returned " + (output == null ? "null" : output.toString());
      case FAILED -> "failed " + error + (cause == null ? "" : " (" + cause + ")");
      case TIMED_OUT -> "timed out (" + error + ")";
      case NO_ANSWER -> "no answer";
    };
  }

  /** Where: {@code ChargeCard}, {@code Items[3]/Charge}, with the visit when it is not the first. */
  String where() {
    String at = scope.isEmpty() ? state : scope + "/" + state;
    return visit == 1 ? at : at + " (visit " + visit + ")";
  }
}
