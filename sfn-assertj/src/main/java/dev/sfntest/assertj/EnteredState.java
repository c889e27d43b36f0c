package dev.sfntest.assertj;

/**
 * How many times an execution entered a state; each check returns to the execution assertion.
 *
 * <pre>{@code assertThat(run).enteredState("Poll").times(3).hasSucceeded();}</pre>
 *
 * @param <SELF> the execution assertion to return to
 */
public final class EnteredState<SELF extends AbstractExecutionAssert<SELF>> {

  private final SELF execution;
  private final String state;

  EnteredState(SELF execution, String state) {
    this.execution = execution;
    this.state = state;
  }

  /** Verifies the state was entered exactly {@code count} times (loops and Map iterations count each entry). */
  public SELF times(int count) {
    return execution.checkEntered(state, n -> n == count, count == 0 ? "never" : "exactly " + dev.sfntest.assertj.error.Times.of(count));
  }

  /** Verifies the state was entered exactly once. */
  public SELF once() {
    return times(1);
  }

  /** Verifies the state was never entered. */
  public SELF never() {
    return times(0);
  }

  /** Verifies the state was entered at least {@code count} times. */
  public SELF atLeast(int count) {
    return execution.checkEntered(state, n -> n >= count, "at least " + dev.sfntest.assertj.error.Times.of(count));
  }

  /** Verifies the state was entered at most {@code count} times. */
  public SELF atMost(int count) {
    return execution.checkEntered(state, n -> n <= count, "at most " + dev.sfntest.assertj.error.Times.of(count));
  }
}
