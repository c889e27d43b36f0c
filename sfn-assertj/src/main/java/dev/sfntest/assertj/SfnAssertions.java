package dev.sfntest.assertj;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;

/**
 * The entry point of sfn-test's AssertJ assertions. They read executions through the public
 * {@code SfnClient} API only, so the same assertion runs on the fake and on a live client (where
 * it waits for the execution to end, up to the handle's timeout). It does not extend AssertJ's
 * {@code Assertions}: import both.
 *
 * <pre>{@code
 * import static dev.sfntest.assertj.SfnAssertions.assertThat;
 *
 * assertThat(run).hasSucceeded().hasVisitedStates("Validate", "Ship");
 * assertThat(orderMachine).hasReachableState("Refund");
 * }</pre>
 */
public class SfnAssertions implements SfnInstanceOfAssertFactories {

  /** Not for instances; subclass to add entry points of your own. */
  protected SfnAssertions() {}

  /** Assertions about an execution. */
  public static ExecutionAssert assertThat(Execution actual) {
    return new ExecutionAssert(actual);
  }

  /** Assertions about a state machine's definition. */
  public static StateMachineAssert assertThat(StateMachine actual) {
    return new StateMachineAssert(actual);
  }

  /**
   * Assertions about a failure exploration.
   *
   * <pre>{@code assertThat(FailureExplorer.of(order).explore()).everyFaultIsHandled();}</pre>
   */
  public static ExplorationAssert assertThat(Exploration actual) {
    return new ExplorationAssert(actual);
  }
}
