package dev.sfntest.assertj;

import dev.sfntest.core.Execution;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft versions of {@link SfnAssertions}' entry points, to mix into any AssertJ soft-assertions
 * class. Navigations stay soft: {@code state(..)}, {@code task(..)}, {@code history()} and the
 * others answer soft assertions too, and a navigation that finds nothing records its failure once
 * and lets the test go on.
 *
 * <pre>{@code
 * class MySoftAssertions extends SoftAssertions implements SfnSoftAssertionsProvider {}
 *
 * MySoftAssertions softly = new MySoftAssertions();
 * softly.assertThat(run).hasSucceeded();
 * softly.assertThat(run).state("Ship").hasOutput("{}");
 * softly.assertAll();
 * }</pre>
 */
public interface SfnSoftAssertionsProvider extends SoftAssertionsProvider {

  /** Soft assertions about an execution. */
  default ExecutionAssert assertThat(Execution actual) {
    ExecutionAssert proxy = proxy(ExecutionAssert.class, Execution.class, actual);
    SoftNavigation.attach(proxy, this);
    return proxy;
  }

  /** Soft assertions about a state machine's definition. */
  default StateMachineAssert assertThat(StateMachine actual) {
    return proxy(StateMachineAssert.class, StateMachine.class, actual);
  }

  /** Soft assertions about a failure exploration. */
  default ExplorationAssert assertThat(Exploration actual) {
    return proxy(ExplorationAssert.class, Exploration.class, actual);
  }
}
