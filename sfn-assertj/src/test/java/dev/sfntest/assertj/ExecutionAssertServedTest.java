package dev.sfntest.assertj;

/** The execution assertions through the real SDK client, on the fake served by sfn-local. */
class ExecutionAssertServedTest extends ExecutionAssertSuite {
  @Override
  Mode mode() {
    return Mode.SERVED;
  }
}
