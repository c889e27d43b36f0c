package dev.sfntest.internal.tasks;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import java.util.List;

/**
 * How a fake answers Task states: its links asked in one fixed order, the first that takes a task
 * answering it, and a task no link takes failing with {@code States.Runtime} and a cause that says
 * how to mock it. The fake's order is state mock, resource mock, mock file, activity, nested
 * execution: what the test programmed wins over what the definition would otherwise do.
 *
 * <pre>{@code
 * TaskInvoker tasks = new TaskChain(List.of(mocks.byStateName(), mocks.byResource(), mockFile,
 *     activityTasks, nestedExecutions));
 * }</pre>
 */
public final class TaskChain implements TaskInvoker {

  private final List<TaskLink> links;

  public TaskChain(List<TaskLink> links) {
    this.links = List.copyOf(links);
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    for (TaskLink link : links) {
      TaskHandle handle = link.invoke(request, callbacks);
      if (handle != null) {
        return handle;
      }
    }
    callbacks.failed(ErrorNames.RUNTIME, "No mock answers the Task state '" + request.stateName()
        + "' (resource " + request.resource() + "). Mock it in the test, e.g. sfn.mockTask(\""
        + request.stateName() + "\").thenReturn(\"{...}\"), or by resource with sfn.mockResource(\""
        + request.resource() + "\").");
    return TaskHandle.NOOP;
  }

  /**
   * Asks the links in order: a link that answers the task whatever its resource (a mock) means no
   * refusal; otherwise the first link to refuse it (an activity that does not exist) says why.
   */
  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
    for (TaskLink link : links) {
      if (link.answers(execution, stateName, resource)) {
        return null;
      }
      String refusal = link.refuse(execution, stateName, resource, kind);
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }
}
