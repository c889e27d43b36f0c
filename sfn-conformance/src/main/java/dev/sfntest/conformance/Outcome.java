package dev.sfntest.conformance;

import java.util.Locale;

/** How one case went. */
public enum Outcome {
  /** Ran and matched AWS's recording. */
  PASS,
  /** Ran, but the answer differs from AWS's. */
  FAIL,
  /** CreateStateMachine or StartExecution was refused. */
  REJECTED,
  /** The runner or the target threw. */
  ERROR,
  /** Not runnable: tier D, or a case the target cannot show (see {@code Target.cannotRun}). */
  SKIPPED;

  /** The report's spelling: {@code pass}, {@code fail}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the case counts as failed: it ran or tried to, and did not pass. */
  public boolean isFailure() {
    return this == FAIL || this == REJECTED || this == ERROR;
  }
}
