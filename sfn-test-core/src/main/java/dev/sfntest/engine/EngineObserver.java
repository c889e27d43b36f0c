package dev.sfntest.engine;

/** Told of what the engine starts by itself: a distributed Map's map run and child executions. */
public interface EngineObserver {

  /** A distributed Map started a map run. */
  default void mapRunStarted(MapRun mapRun) {}

  /** A map run started a child execution. */
  default void childExecutionStarted(ExecutionRun child) {}

  EngineObserver NONE = new EngineObserver() { };
}
