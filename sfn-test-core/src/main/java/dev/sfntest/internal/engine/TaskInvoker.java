package dev.sfntest.internal.engine;

/**
 * The engine's port for answering Task states: mocks, activities, callbacks and nested executions
 * implement it. The engine records the history events; the invoker only says what happens, now or
 * later, through the {@link TaskCallbacks}. Callbacks must be made holding the fake's lock.
 */
public interface TaskInvoker {

  /** Starts one attempt of a task. */
  TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks);

  /**
   * Asked before a task is scheduled: why its resource cannot be used at all (e.g. an activity
   * that does not exist), or {@code null}. A refused task records nothing; its state fails with
   * {@code States.Runtime} and this cause after AWS's prefix (recorded for a deleted activity:
   * {@code TaskStateEntered}, then {@code ExecutionFailed}).
   *
   * @param execution the execution
   * @param stateName the Task state's name
   * @param resource the resource ARN, an integration without its region and account
   * @param kind what kind of resource it is
   */
  default String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
    return null;
  }

  /** An invoker that answers nothing: every task fails with States.Runtime. */
  TaskInvoker NONE = (request, callbacks) -> {
    callbacks.failed(dev.sfntest.internal.expr.ErrorNames.RUNTIME,
        "No task handler is configured for the Task state '" + request.stateName() + "'");
    return TaskHandle.NOOP;
  };
}
