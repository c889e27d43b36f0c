package dev.sfntest.internal.tasks;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;

/**
 * One link of the {@link TaskChain}: a way a Task state can be answered (a mock, the mock file,
 * an activity, a nested execution). A link answers the tasks that are its own and passes on the
 * rest.
 */
public interface TaskLink {

  /**
   * Starts one attempt of the task if this link answers it.
   *
   * @return the running call, or {@code null} when the task is not this link's
   */
  TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks);

  /**
   * Whether this link answers the task whatever its resource is (a mock does), so that no later
   * link may refuse it: a mocked activity needs no activity.
   */
  default boolean answers(ExecutionRun execution, String stateName, String resource) {
    return false;
  }

  /** Why the task cannot run at all (an activity that does not exist), or {@code null}. */
  default String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
    return null;
  }

  /** An invoker as a link: it declines a task by returning {@code null}. */
  static TaskLink of(TaskInvoker invoker) {
    return new TaskLink() {
      @Override
      public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
        return invoker.invoke(request, callbacks);
      }

      @Override
      public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
        return invoker.refuse(execution, stateName, resource, kind);
      }
    };
  }
}
