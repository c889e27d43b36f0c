package dev.sfntest.junit5;

/**
 * What a test talks to: the in-JVM fake, or a live Step Functions endpoint (AWS itself, Step
 * Functions Local, or sfn-local).
 *
 * <pre>{@code
 * @SfnTest(mode = Mode.LIVE)       // or -Dsfntest.mode=live for the whole run
 * class OrderWorkflowLiveTest { ... }
 * }</pre>
 */
public enum Mode {

  /** The in-JVM fake: a fresh one per test (or per class), virtual time, task mocks. The default. */
  FAKE,

  /**
   * Real SDK clients against {@code sfntest.endpoint} or the AWS region: state machines get unique
   * names and are deleted after each test; tests that need the fake are skipped.
   */
  LIVE
}
