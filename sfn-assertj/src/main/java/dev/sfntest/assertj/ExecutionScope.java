package dev.sfntest.assertj;

import dev.sfntest.trace.Scope;

/**
 * One Map iteration or one Parallel branch of an execution: what {@link ScopeAssert} asserts on.
 *
 * <pre>{@code
 * assertThat(run).mapIteration("ProcessItems", 1).hasFailed().hasVisitedExactly("Check", "TooBig");
 * assertThat(run).branch(0).hasSucceeded();
 * }</pre>
 */
public final class ExecutionScope {

  final Origin origin;
  /** {@code null} when the navigation failed, soft, and asserting goes on without it. */
  final Scope scope;
  final String context;

  ExecutionScope(Origin origin, Scope scope, String context) {
    this.origin = origin;
    this.scope = scope;
    this.context = context;
  }

  /** The iteration's item index or the branch's position, from 0. */
  public int index() {
    return scope == null ? -1 : scope.index();
  }

  @Override
  public String toString() {
    return context;
  }
}
