package dev.sfntest.internal.engine;

/**
 * Stands before the fake's own way of answering Task states (mocks, the mock file, activities,
 * nested executions) and may answer an attempt itself, or hand it on, watching it: for tools that
 * run a workflow with answers of their own, such as the failure explorer's injected faults or a
 * replay's recorded answers. Installed with {@link Engine#interceptTasks}; called holding the
 * fake's lock, like a {@link TaskInvoker}.
 */
public interface TaskInterceptor {

  /**
   * Starts one attempt of a task.
   *
   * @param fake the fake's own invoker, to hand the attempt on to (with these or other callbacks)
   */
  TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks, TaskInvoker fake);

  /**
   * Why the task cannot run at all, or {@code null} (see {@link TaskInvoker#refuse}); by default
   * what the fake says. An interceptor that answers a state's tasks whatever their resource is
   * refuses none of them, as a mocked activity needs no activity.
   */
  default String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind,
      TaskInvoker fake) {
    return fake.refuse(execution, stateName, resource, kind);
  }
}
