package dev.sfntest.assertj;

import dev.sfntest.core.Execution;
import dev.sfntest.trace.Trace;

/**
 * Where a navigated assertion comes from: the execution, its reading when navigating ({@code
 * null} when the navigation failed, soft), how to open further assertions, and the execution
 * assertion to return to.
 */
record Origin(Execution execution, Snapshot snapshot, Navigation navigation, AbstractExecutionAssert<?> parent) {

  /** The trace of the history as read when navigating, or {@code null}. */
  Trace trace() {
    return snapshot == null ? null : snapshot.trace();
  }
}
