package dev.sfntest.engine;

/**
 * The engine's port for answering Task states: mocks, activities, callbacks and nested executions
 * implement it. The engine records the history events; the invoker only says what happens, now or
 * later, through the {@link TaskCallbacks}. Callbacks must be made holding the fake's lock.
 */
public interface TaskInvoker {

  /** Starts one attempt of a task. */
  TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks);

  /** An invoker that answers nothing: every task fails with States.Runtime. */
  TaskInvoker NONE = (request, callbacks) -> {
    callbacks.failed(dev.sfntest.expr.ErrorNames.RUNTIME,
        "No task handler is configured for the Task state '" + request.stateName() + "'");
    return TaskHandle.NOOP;
  };
}
