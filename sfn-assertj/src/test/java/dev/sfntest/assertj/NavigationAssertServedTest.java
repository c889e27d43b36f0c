package dev.sfntest.assertj;

/** The navigated assertions through the real SDK client, on the fake served by sfn-local. */
class NavigationAssertServedTest extends NavigationAssertSuite {
  @Override
  Mode mode() {
    return Mode.SERVED;
  }
}
