package dev.sfntest.conformance.endpoint;

import dev.sfntest.core.FakeSfn;

/**
 * Teaches a fake to answer a case's Task states from the recorded {@link TaskAnswers}. Today the
 * fake has no task mocks, so the only implementation is {@link #NONE} and tier C cases run like
 * tier A (their tasks fail); wiring the fake's mock API in here is all tier C needs.
 */
@FunctionalInterface
public interface TaskMocking {

  /** Leaves tasks unanswered. */
  TaskMocking NONE = (builder, answers) -> { };

  /** Configures the fake about to be built for one case. */
  void install(FakeSfn.Builder builder, TaskAnswers answers);
}
