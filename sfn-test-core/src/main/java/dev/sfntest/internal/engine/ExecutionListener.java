package dev.sfntest.internal.engine;

/** Told when an execution ends (the backend records it; a parent waiting on a child resumes). */
public interface ExecutionListener {
  void ended(ExecutionRun run);
}
