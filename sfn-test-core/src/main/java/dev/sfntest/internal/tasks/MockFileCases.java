package dev.sfntest.internal.tasks;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;

/**
 * The link of the {@link TaskChain} that answers from a Step Functions Local mock file: a Task
 * state the test case of an execution started on {@code stateMachineArn#TestCase} lists.
 *
 * <pre>{@code
 * MockFileCases cases = new MockFileCases(tokens, MockFile.fromClasspath("MockConfigFile.json"));
 * }</pre>
 */
public final class MockFileCases implements TaskLink {

  private final TaskTokens tokens;
  private volatile MockFile file;

  /** @param file the mock file, or {@code null} for none yet */
  public MockFileCases(TaskTokens tokens, MockFile file) {
    this.tokens = tokens;
    this.file = file;
  }

  /** The mock file in use, or {@code null}. */
  public MockFile file() {
    return file;
  }

  /** Uses another mock file for the executions started from now on. */
  public void use(MockFile file) {
    this.file = file;
  }

  /**
   * Why an execution cannot be started on {@code stateMachineArn#testCase}: no mock file is loaded,
   * or it has no such test case for the machine (the message names the cases it has); {@code null}
   * when the case exists.
   */
  public String refuseTestCase(String stateMachineName, String testCase) {
    MockFile config = file;
    if (config == null) {
      return "No mock configuration file is loaded, so there is no test case '" + testCase
          + "' to start the state machine '" + stateMachineName + "' with";
    }
    if (config.hasTestCase(stateMachineName, testCase)) {
      return null;
    }
    java.util.List<String> cases = config.testCases(stateMachineName);
    if (cases.isEmpty()) {
      return "The mock configuration " + config.source() + " has no test cases for the state machine '"
          + stateMachineName + "'; it has test cases for: " + String.join(", ", config.stateMachines());
    }
    return "The mock configuration " + config.source() + " has no test case '" + testCase
        + "' for the state machine '" + stateMachineName + "'; its test cases are: " + String.join(", ", cases);
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    MockFile current = file;
    String responseName = responseName(current, request.execution(), request.stateName());
    if (responseName == null) {
      return null;
    }
    TaskCall call = TaskCall.of(request);
    MockResponse response = current.response(responseName, call.invocation());
    if (response == null) {
      // Step Functions Local fails the execution when no invocation key matches.
      callbacks.failed(ErrorNames.RUNTIME, "The mocked response '" + responseName + "' of test case '"
          + request.execution().spec().testCase() + "' has no entry for invocation " + call.invocation()
          + " of the Task state '" + request.stateName() + "'.");
      return TaskHandle.NOOP;
    }
    return new MockCall(request, callbacks, response, call, tokens).start();
  }

  @Override
  public boolean answers(ExecutionRun execution, String stateName, String resource) {
    return responseName(file, execution, stateName) != null;
  }

  private static String responseName(MockFile file, ExecutionRun execution, String stateName) {
    String testCase = execution.spec().testCase();
    if (file == null || testCase == null) {
      return null;
    }
    return file.responseName(execution.spec().stateMachineName(), testCase, stateName);
  }
}
