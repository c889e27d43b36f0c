package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** How a task reports back to the engine. Each call after the task ended is ignored. */
public interface TaskCallbacks {

  /** An activity worker took the task ({@code ActivityStarted}); {@code workerName} may be null. */
  void started(String workerName);

  /** A {@code .sync} or callback task was submitted; {@code output} is the service's response. */
  void submitted(JsonNode output);

  /** The worker or service is alive: the heartbeat timer starts over. */
  void heartbeat();

  /** The task succeeded with {@code output}. */
  void succeeded(JsonNode output);

  /** The task failed. */
  void failed(String error, String cause);

  /** The task timed out on the worker's side (e.g. a Lambda timeout), as {@code *TimedOut}. */
  void timedOut(String error, String cause);
}
