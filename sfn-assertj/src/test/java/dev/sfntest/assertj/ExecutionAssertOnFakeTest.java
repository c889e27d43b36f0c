package dev.sfntest.assertj;

/** The execution assertions on the fake's own client. */
class ExecutionAssertOnFakeTest extends ExecutionAssertSuite {
  @Override
  Mode mode() {
    return Mode.FAKE;
  }
}
