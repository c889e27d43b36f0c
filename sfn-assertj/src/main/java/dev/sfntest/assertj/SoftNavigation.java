package dev.sfntest.assertj;

import org.assertj.core.api.SoftAssertionsProvider;

/** Makes a soft execution assertion's navigations soft as well. */
final class SoftNavigation {

  private SoftNavigation() {}

  static void attach(AbstractExecutionAssert<?> assertion, SoftAssertionsProvider softly) {
    // a field of our own class, set from our own package: the proxy does not intercept field access
    assertion.navigation = Navigation.soft(softly);
  }
}
