package dev.sfntest.assertj;

import dev.sfntest.core.Execution;

/**
 * The entry point of sfn-test's AssertJ assertions. They read executions through the public
 * {@code SfnClient} API only, so the same assertion runs on the fake and on a live client.
 *
 * <pre>{@code
 * import static dev.sfntest.assertj.SfnAssertions.assertThat;
 *
 * assertThat(run).hasSucceeded().hasVisitedStates("Validate", "Ship");
 * }</pre>
 */
public final class SfnAssertions {

  private SfnAssertions() {}

  /** Assertions about an execution. */
  public static ExecutionAssert assertThat(Execution actual) {
    return new ExecutionAssert(actual);
  }
}
