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
 * TaskInvoker tasks = new TaskChain(tokens, List.of(mocks.byStateName(), mocks.byResource(), mockFile,
 *     activityTasks, nestedExecutions));
 * }</pre>
 */
public final class TaskChain implements TaskInvoker {

  /** The name AWS gives the state of a single-state TestState definition. */
  private static final String SINGLE_STATE_NAME = "StateName";

  private final TaskTokens tokens;
  private final List<TaskLink> links;

  /**
   * @param tokens the fake's task tokens (a {@code .sync} job's token waits there, whoever answers it)
   * @param links the links, in the order they are asked
   */
  public TaskChain(TaskTokens tokens, List<TaskLink> links) {
    this.tokens = tokens;
    this.links = List.copyOf(links);
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    if (JobRunToken.applies(request)) {
      return JobRunToken.run(tokens, request, callbacks, job -> answer(request, job));
    }
    return answer(request, callbacks);
  }

  /** Answers from the first link that takes the task, else fails saying how to mock it. */
  private TaskHandle answer(TaskRequest request, TaskCallbacks callbacks) {
    for (TaskLink link : links) {
      TaskHandle handle = link.invoke(request, callbacks);
      if (handle != null) {
        return handle;
      }
    }
    callbacks.failed(ErrorNames.RUNTIME, noMock(request));
    return TaskHandle.NOOP;
  }

  /**
   * Why nothing answers a task, and how a Java test mocks it. A TestState request's state is named
   * as the request names it (a single-state definition's has no name of its own), and its own
   * {@code mock} comes first.
   */
  static String noMock(TaskRequest request) {
    String resource = request.resource();
    if (request.execution().isStateTest()) {
      boolean named = !isSingleState(request);
      return "No mock answers the Task state " + (named ? "'" + request.stateName() + "' " : "") + "under test"
          + " (resource " + resource + "). Give the TestState request a mock (mock.result or mock.errorOutput),"
          + " or mock it in the test, e.g. " + (named ? "sfn.mockTask(\"" + request.stateName() + "\")" : "sfn.mockResource(\""
          + resource + "\")") + ".thenReturn(\"{...}\").";
    }
    return "No mock answers the Task state '" + request.stateName() + "' (resource " + resource
        + "). Mock it in the test, e.g. sfn.mockTask(\"" + request.stateName() + "\").thenReturn(\"{...}\"),"
        + " or by resource with sfn.mockResource(\"" + resource + "\").";
  }

  /** Whether a TestState request tested a single-state definition (whose state AWS names StateName). */
  public static boolean isSingleState(TaskRequest request) {
    var graph = request.execution().spec().definition().graph();
    return graph.states().size() == 1 && SINGLE_STATE_NAME.equals(request.stateName());
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
