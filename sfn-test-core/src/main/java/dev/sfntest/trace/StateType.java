package dev.sfntest.trace;

/**
 * The eight state types of the Amazon States Language, as the history names them in its event
 * types ({@code TaskStateEntered}, {@code MapStateExited}, ...).
 *
 * <pre>{@code
 * if (visit.type() == StateType.TASK) { ... }
 * StateType.PARALLEL.awsName();   // "Parallel"
 * }</pre>
 *
 * @see <a href="https://states-language.net/spec.html#state-types">ASL: state types</a>
 */
public enum StateType {
  TASK("Task"),
  PASS("Pass"),
  CHOICE("Choice"),
  WAIT("Wait"),
  SUCCEED("Succeed"),
  FAIL("Fail"),
  MAP("Map"),
  PARALLEL("Parallel");

  private final String awsName;

  StateType(String awsName) {
    this.awsName = awsName;
  }

  /** The type as a definition's {@code Type} field spells it: {@code Task}, {@code Map}, ... */
  public String awsName() {
    return awsName;
  }

  /** Whether a state of this type runs states of its own: Map iterations or Parallel branches. */
  public boolean isContainer() {
    return this == MAP || this == PARALLEL;
  }

  /** Whether AWS records an abort event ({@code TaskStateAborted}, ...) when a state of this type is stopped. */
  public boolean canBeAborted() {
    return this == TASK || this == WAIT || this == MAP || this == PARALLEL;
  }

  @Override
  public String toString() {
    return awsName;
  }
}
