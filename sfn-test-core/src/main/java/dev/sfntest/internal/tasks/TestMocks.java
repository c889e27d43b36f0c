package dev.sfntest.internal.tasks;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInterceptor;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The mocks a test programmed on one fake (by state name, by resource, and the mock file's test
 * cases) answering the Task states of another fake, which answers the rest itself: the failure
 * explorer runs its executions in a fake of its own, with the test's mocks. Calls made there are
 * not recorded in the mocks' {@code invocations()}, which stay the test's own.
 *
 * <pre>{@code
 * sandboxBackend.engine().interceptTasks(new TestMocks(testBackend.mocks(), testBackend.mockFile()));
 * }</pre>
 */
public final class TestMocks implements TaskInterceptor {

  private final List<TaskLink> links;

  public TestMocks(ProgrammedMocks mocks, MockFileCases mockFile) {
    List<TaskLink> all = new ArrayList<>(mocks.unrecorded());
    all.add(mockFile);
    this.links = List.copyOf(all);
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks, TaskInvoker fake) {
    for (TaskLink link : links) {
      TaskHandle handle = link.invoke(request, callbacks);
      if (handle != null) {
        return handle;
      }
    }
    return fake.invoke(request, callbacks);
  }

  /** A task these mocks answer is never refused, as a mocked activity needs no activity. */
  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind,
      TaskInvoker fake) {
    for (TaskLink link : links) {
      if (link.answers(execution, stateName, resource)) {
        return null;
      }
    }
    return fake.refuse(execution, stateName, resource, kind);
  }
}
