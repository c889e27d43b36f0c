package dev.sfntest.conformance.endpoint;

import dev.sfntest.core.FakeSfn;

/** Teaches a fake to answer a case's Task states from the recorded {@link TaskAnswers}. */
@FunctionalInterface
public interface TaskMocking {

  /** Leaves tasks unanswered. */
  TaskMocking NONE = (fake, answers) -> { };

  /** Programs the fake built for one case. */
  void install(FakeSfn fake, TaskAnswers answers);
}
