package dev.sfntest.assertj;

/** The navigated assertions on the fake's own client. */
class NavigationAssertOnFakeTest extends NavigationAssertSuite {
  @Override
  Mode mode() {
    return Mode.FAKE;
  }
}
