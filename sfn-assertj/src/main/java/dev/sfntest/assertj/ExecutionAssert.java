package dev.sfntest.assertj;

import dev.sfntest.core.Execution;

/** Assertions about one execution; see {@link AbstractExecutionAssert}. */
public class ExecutionAssert extends AbstractExecutionAssert<ExecutionAssert> {

  /** Public: soft-assertion proxies need it. */
  public ExecutionAssert(Execution actual) {
    super(actual, ExecutionAssert.class);
  }
}
