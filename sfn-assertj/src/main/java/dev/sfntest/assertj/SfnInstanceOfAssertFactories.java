package dev.sfntest.assertj;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * {@link InstanceOfAssertFactory} instances for sfn-test's types, for AssertJ's {@code
 * asInstanceOf} and {@code extracting}, as AssertJ's {@code InstanceOfAssertFactories} offers
 * them for the JDK's.
 *
 * <pre>{@code
 * assertThat(runs).first(SfnInstanceOfAssertFactories.EXECUTION).hasSucceeded();
 * Object handle = run;
 * assertThat(handle).asInstanceOf(EXECUTION).hasFailedWith("Order.Rejected");
 * }</pre>
 */
public interface SfnInstanceOfAssertFactories {

  /** {@link InstanceOfAssertFactory} for an {@link Execution}. */
  InstanceOfAssertFactory<Execution, ExecutionAssert> EXECUTION =
      new InstanceOfAssertFactory<>(Execution.class, SfnAssertions::assertThat);

  /** {@link InstanceOfAssertFactory} for an {@link Exploration}. */
  InstanceOfAssertFactory<Exploration, ExplorationAssert> EXPLORATION =
      new InstanceOfAssertFactory<>(Exploration.class, SfnAssertions::assertThat);

  /** {@link InstanceOfAssertFactory} for a {@link StateMachine}. */
  InstanceOfAssertFactory<StateMachine, StateMachineAssert> STATE_MACHINE =
      new InstanceOfAssertFactory<>(StateMachine.class, SfnAssertions::assertThat);
}
