package dev.sfntest.core.explore;

import java.util.Objects;

/**
 * One failure the {@link FailureExplorer} injects: a Task state's call fails (or stays silent)
 * on a number of attempts in a row, from the first. A fault hits the first visit of the state in
 * an execution: in a Map, the first iteration to call it; in a loop, the first pass; in a child
 * execution started with {@code .sync}, the first child of that state machine.
 *
 * <pre>{@code
 * Fault fault = run.faults().get(0);
 * fault.state();      // "ChargeCard"
 * fault.error();      // "Lambda.TooManyRequestsException"
 * fault.attempts();   // 4: the first call and its three retries all fail
 * }</pre>
 *
 * @param machine the name of the state machine whose definition has the state (the explored one,
 *     or the child a {@code .sync} task starts)
 * @param state the Task state's name
 * @param kind how the call fails
 * @param error the error the history records for it: the error thrown, {@code States.Timeout},
 *     or for a heartbeat timeout {@code States.HeartbeatTimeout} ({@code States.Timeout} for a
 *     service integration's callback, as AWS records it)
 * @param attempts how many attempts in a row fail, from the first (at least 1); the attempts
 *     after them are answered as usual
 */
public record Fault(String machine, String state, Kind kind, String error, int attempts) {

  /** How an injected fault makes the call fail. */
  public enum Kind {
    /** The call fails at once with {@link Fault#error()}, as a service or function that throws. */
    ERROR,
    /** The call never answers, heartbeats aside: the state's {@code TimeoutSeconds} fires. */
    TIMEOUT,
    /** The call never answers and sends no heartbeat: the state's {@code HeartbeatSeconds} fires. */
    HEARTBEAT_TIMEOUT
  }

  /**
   * A fault as described above.
   *
   * @throws NullPointerException when a name or the kind is missing
   * @throws IllegalArgumentException when it hits no attempt
   */
  public Fault {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(error, "error");
    if (attempts < 1) {
      throw new IllegalArgumentException("A fault hits at least one attempt: " + attempts);
    }
  }

  /**
   * In words: {@code ChargeCard: Lambda.TooManyRequestsException on 4 attempts}, {@code Pack:
   * heartbeat timeout (States.HeartbeatTimeout) on 1 attempt}; a child machine's state is
   * prefixed with its machine ({@code payments/Charge: ...}).
   */
  public String describe() {
    String what = switch (kind) {
      case ERROR -> error;
      case TIMEOUT -> "timeout (" + error + ")";
      case HEARTBEAT_TIMEOUT -> "heartbeat timeout (" + error + ")";
    };
    return state + ": " + what + " on " + attempts + (attempts == 1 ? " attempt" : " attempts");
  }

  /** {@link #describe()} with the machine's name before the state, for faults in child executions. */
  String describeIn(String exploredMachine) {
    return machine.equals(exploredMachine) ? describe() : machine + "/" + describe();
  }

  @Override
  public String toString() {
    return describe();
  }
}
