package dev.sfntest.internal.engine;

/**
 * Told of what the engine starts by itself: a distributed Map's map run and child executions (the
 * backend records them for DescribeMapRun, ListMapRuns and ListExecutions). Called under the
 * fake's lock; a child is announced before its first event.
 */
public interface EngineObserver {

  /** A distributed Map started a map run. */
  default void mapRunStarted(MapRun mapRun) {}

  /**
   * A map run started a child execution.
   *
   * @param itemCount the items the child processes: 1, or its batch's size
   */
  default void childExecutionStarted(MapRun mapRun, ExecutionRun child, int itemCount) {}

  /** A map run's redrive redrives a STANDARD child execution it had started. */
  default void childExecutionRedriven(ExecutionRun child) {}

  EngineObserver NONE = new EngineObserver() { };
}
