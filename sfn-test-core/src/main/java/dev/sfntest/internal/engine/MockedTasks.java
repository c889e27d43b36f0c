package dev.sfntest.internal.engine;

/**
 * The task answers of a {@link StateTest} run: TestState's {@code mock} when the request has one
 * (AWS then calls no service, so nothing is refused either), else the fake's own answers (its
 * task mocks, nested executions), which stand in for the service call AWS would make.
 */
final class MockedTasks implements TaskInvoker {

  private final StateTest.Mock mock;
  private final TaskInvoker fake;

  MockedTasks(StateTest.Mock mock, TaskInvoker fake) {
    this.mock = mock;
    this.fake = fake;
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    if (mock == null) {
      return fake.invoke(request, callbacks);
    }
    if (mock.isError()) {
      callbacks.failed(mock.error(), mock.cause());
    } else {
      callbacks.succeeded(mock.result());
    }
    return TaskHandle.NOOP;
  }

  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
    return mock == null ? fake.refuse(execution, stateName, resource, kind) : null;
  }
}
