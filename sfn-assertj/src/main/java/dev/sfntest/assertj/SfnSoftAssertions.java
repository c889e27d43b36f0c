package dev.sfntest.assertj;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions over executions and state machines: every failure is collected and reported
 * together by {@link #assertAll()}.
 *
 * <pre>{@code
 * SfnSoftAssertions softly = new SfnSoftAssertions();
 * softly.assertThat(run).hasSucceeded().hasVisitedStates("Ship");
 * softly.assertThat(run).task("ChargeCard").wasInvokedTimes(1);
 * softly.assertAll();
 * }</pre>
 *
 * <p>Or run a block: {@code SfnSoftAssertions.assertSoftly(softly -> softly.assertThat(run).hasSucceeded())}.
 */
public class SfnSoftAssertions extends AbstractSoftAssertions implements SfnSoftAssertionsProvider {

  /**
   * Runs {@code softly} with fresh soft assertions and then asserts them all.
   *
   * @throws AssertionError listing every failure collected
   */
  public static void assertSoftly(java.util.function.Consumer<SfnSoftAssertions> softly) {
    org.assertj.core.api.SoftAssertionsProvider.assertSoftly(SfnSoftAssertions.class, softly);
  }
}
