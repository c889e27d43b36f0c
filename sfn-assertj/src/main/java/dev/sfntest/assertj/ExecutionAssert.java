package dev.sfntest.assertj;

import dev.sfntest.core.Execution;

/**
 * Assertions about one execution; see {@link AbstractExecutionAssert} for them all.
 *
 * <pre>{@code
 * import static dev.sfntest.assertj.SfnAssertions.assertThat;
 *
 * assertThat(run).hasSucceeded().hasVisitedStatesInOrder("Validate", "ChargeCard", "Ship");
 * }</pre>
 */
public class ExecutionAssert extends AbstractExecutionAssert<ExecutionAssert> {

  /** Public: soft-assertion proxies need it. */
  public ExecutionAssert(Execution actual) {
    super(actual, ExecutionAssert.class);
  }
}
