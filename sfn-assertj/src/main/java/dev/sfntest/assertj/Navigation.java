package dev.sfntest.assertj;

import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * How an assertion opens the assertions it navigates to, and what a failed navigation does:
 * hard assertions throw; soft ones record the error and go on with proxies that collect too.
 */
final class Navigation {

  static final Navigation HARD = new Navigation(null);

  private final SoftAssertionsProvider softly;

  private Navigation(SoftAssertionsProvider softly) {
    this.softly = softly;
  }

  static Navigation soft(SoftAssertionsProvider softly) {
    return new Navigation(softly);
  }

  /** A new assertion on {@code actual}: a soft proxy when soft, else made by {@code create}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  <A extends AbstractAssert<?, ?>, T> A open(Class<A> type, Class<? super T> actualType, T actual,
      Function<T, A> create) {
    // The raw types bridge AssertJ's self-type bound, which a generic caller cannot name.
    return softly == null ? create.apply(actual) : (A) softly.proxy((Class) type, (Class) actualType, actual);
  }

  /** A navigation found nothing to go to: throw (hard) or record it once (soft). */
  void failed(AssertionError error) {
    if (softly == null) {
      throw error;
    }
    softly.collectAssertionError(error);
  }
}
