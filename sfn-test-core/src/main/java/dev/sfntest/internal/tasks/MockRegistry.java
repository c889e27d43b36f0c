package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.TaskFailure;
import dev.sfntest.core.TaskInvocation;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInterceptor;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers Task states from what the test programmed: mocks by state name (first) or by resource
 * ARN. A task nobody mocked fails with {@code States.Runtime} and a cause that shows how to mock
 * it. Task tokens handed to the test are kept in {@link TaskTokens}.
 */
public final class MockRegistry implements TaskInvoker {

  private final Map<String, MockSequence> byState = new LinkedHashMap<>();
  private final Map<String, MockSequence> byResource = new LinkedHashMap<>();
  private final TaskTokens tokens = new TaskTokens();
  private MockConfig mockConfig;
  private final List<TaskInvoker> fallbacks = new ArrayList<>();

  /** The mock for a state name (created empty on first use). */
  public synchronized MockSequence forState(String stateName) {
    return byState.computeIfAbsent(stateName, k -> new MockSequence());
  }

  /**
   * The mock for a resource ARN (created empty on first use). An integration ARN with a region and
   * account mocks the same integration as without them, as AWS runs them alike.
   */
  public synchronized MockSequence forResource(String resourceArn) {
    return byResource.computeIfAbsent(ResourceKind.regionless(resourceArn), k -> new MockSequence());
  }

  /**
   * Removes every mock programmed by state name or resource; the mock file stays (it is a setting
   * of the fake, not something a test programs).
   */
  public synchronized void clearMocks() {
    byState.clear();
    byResource.clear();
  }

  /** The tokens of callback tasks waiting on the test. */
  public TaskTokens tokens() {
    return tokens;
  }

  /**
   * Adds an invoker asked, in order, for tasks no mock answers (activities, nested executions, the
   * Step Functions Local mock file). It returns {@code null} when it does not handle the request.
   */
  public synchronized void addFallback(TaskInvoker invoker) {
    fallbacks.add(invoker);
  }

  /** Uses a Step Functions Local mock file for executions started with a {@code #TestCase}. */
  public synchronized void setMockConfig(MockConfig config) {
    this.mockConfig = config;
  }

  /**
   * Why an execution cannot be started on {@code stateMachineArn#testCase}: no mock file is loaded,
   * or it has no such test case for the machine (the message names the cases it has); {@code null}
   * when the case exists.
   */
  public String refuseTestCase(String stateMachineName, String testCase) {
    MockConfig config = mockConfig();
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

  /** The mock file in use, or {@code null}. */
  public synchronized MockConfig mockConfig() {
    return mockConfig;
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    if (JobRunToken.applies(request)) {
      return JobRunToken.run(tokens, request, callbacks, job -> answer(request, job));
    }
    return answer(request, callbacks);
  }

  /** Answers from a mock, the mock file or a fallback, else fails saying how to mock the task. */
  private TaskHandle answer(TaskRequest request, TaskCallbacks callbacks) {
    TaskHandle mocked = answerFromMocks(request, callbacks, true);
    if (mocked != null) {
      return mocked;
    }
    for (TaskInvoker fallback : fallbacksSnapshot()) {
      TaskHandle handle = fallback.invoke(request, callbacks);
      if (handle != null) {
        return handle;
      }
    }
    callbacks.failed(ErrorNames.RUNTIME, noMock(request));
    return TaskHandle.NOOP;
  }

  /**
   * Answers from the mocks the test programmed (by state name, then by resource) and the mock
   * file's test case, or returns {@code null} when none of them answers the task.
   *
   * @param record whether the call counts in the mock's {@code invocations()}
   */
  private TaskHandle answerFromMocks(TaskRequest request, TaskCallbacks callbacks, boolean record) {
    int invocation = request.invocation();
    TaskInvocation call = new TaskInvocation(request.stateName(), request.resource(), request.parameters(),
        request.execution().arn(), invocation, request.retryCount(), request.taskToken());
    MockSequence mock = find(request);
    if (mock != null) {
      if (record) {
        mock.record(call);
      }
      MockResponse response = mock.responseFor(invocation);
      if (response == null) {
        callbacks.failed(ErrorNames.RUNTIME, "The mock of the Task state '" + request.stateName()
            + "' has no response for call #" + invocation + " of this execution (its sequence is spent).");
        return TaskHandle.NOOP;
      }
      return new MockCall(request, callbacks, response, call).start();
    }
    String testCase = request.execution().spec().testCase();
    MockConfig config = mockConfig();
    if (config != null && testCase != null) {
      String stateMachine = request.execution().spec().stateMachineName();
      String responseName = config.responseName(stateMachine, testCase, request.stateName());
      if (responseName != null) {
        MockResponse response = config.response(responseName, invocation);
        if (response == null) {
          // Step Functions Local fails the execution when no invocation key matches.
          callbacks.failed(ErrorNames.RUNTIME, "The mocked response '" + responseName + "' of test case '"
              + testCase + "' has no entry for invocation " + invocation + " of the Task state '"
              + request.stateName() + "'.");
          return TaskHandle.NOOP;
        }
        return new MockCall(request, callbacks, response, call).start();
      }
    }
    return null;
  }

  /**
   * These mocks (by state name, by resource, the mock file's test cases) answering the tasks of
   * another fake, which answers the rest itself: the failure explorer runs its executions in a
   * fake of its own, with the test's mocks. Calls made there are not recorded in the mocks'
   * {@code invocations()}, which stay the test's own.
   */
  public TaskInterceptor asInterceptor() {
    return new TaskInterceptor() {
      @Override
      public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks, TaskInvoker fake) {
        TaskHandle mocked = answerFromMocks(request, callbacks, false);
        return mocked != null ? mocked : fake.invoke(request, callbacks);
      }

      @Override
      public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind,
          TaskInvoker fake) {
        boolean mocked = isMocked(stateName, resource) || testCaseMocks(execution, stateName);
        return mocked ? null : fake.refuse(execution, stateName, resource, kind);
      }
    };
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

  /** The name AWS gives the state of a single-state TestState definition. */
  private static final String SINGLE_STATE_NAME = "StateName";

  /**
   * A mocked task is never refused, whether a test mocks it or the execution's Step Functions Local
   * test case does (that mock answers before any fallback is asked, as {@link #invoke} does);
   * otherwise the fallbacks decide (an activity that does not exist).
   */
  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
    if (isMocked(stateName, resource) || testCaseMocks(execution, stateName)) {
      return null;
    }
    for (TaskInvoker fallback : fallbacksSnapshot()) {
      String refusal = fallback.refuse(execution, stateName, resource, kind);
      if (refusal != null) {
        return refusal;
      }
    }
    return null;
  }

  private synchronized boolean isMocked(String stateName, String resource) {
    MockSequence byName = byState.get(stateName);
    MockSequence byArn = byResource.get(resource);
    return (byName != null && !byName.isEmpty()) || (byArn != null && !byArn.isEmpty());
  }

  /** Whether the execution's mock-config test case has a response for the state (the lookup {@link #invoke} makes). */
  private boolean testCaseMocks(ExecutionRun execution, String stateName) {
    String testCase = execution.spec().testCase();
    MockConfig config = mockConfig();
    return config != null && testCase != null
        && config.responseName(execution.spec().stateMachineName(), testCase, stateName) != null;
  }

  private synchronized MockSequence find(TaskRequest request) {
    MockSequence mock = byState.get(request.stateName());
    if (mock == null || mock.isEmpty()) {
      mock = byResource.get(request.resource());
    }
    return mock == null || mock.isEmpty() ? null : mock;
  }

  private synchronized List<TaskInvoker> fallbacksSnapshot() {
    return new ArrayList<>(fallbacks);
  }

  /** One call of a mocked task in progress. */
  private final class MockCall implements TaskHandle {
    private final TaskRequest request;
    private final TaskCallbacks callbacks;
    private final MockResponse response;
    private final TaskInvocation call;
    private final Scheduler scheduler;
    private Scheduler.Timer answerTimer;
    private Scheduler.Timer heartbeatTimer;
    private boolean cancelled;

    MockCall(TaskRequest request, TaskCallbacks callbacks, MockResponse response, TaskInvocation call) {
      this.request = request;
      this.callbacks = callbacks;
      this.response = response;
      this.call = call;
      this.scheduler = request.execution().scheduler();
    }

    TaskHandle start() {
      if (request.kind().family() == ResourceKind.Family.ACTIVITY) {
        // A mocked activity is a worker that takes the task at once.
        callbacks.started(response.workerName());
      }
      ResourceKind.Pattern pattern = request.kind().pattern();
      boolean submits = request.kind().family() == ResourceKind.Family.SERVICE
          && pattern != ResourceKind.Pattern.REQUEST_RESPONSE;
      if (submits && response.kind() != MockResponse.Kind.VIA_TOKEN) {
        callbacks.submitted(response.submitted() != null ? response.submitted() : Json.object());
      }
      switch (response.kind()) {
        case SILENT -> scheduleHeartbeats();
        case VIA_TOKEN -> {
          if (request.taskToken() == null) {
            callbacks.failed(ErrorNames.RUNTIME, "completesViaToken() needs a task token: the resource of the Task "
                + "state '" + request.stateName() + "' must end in .waitForTaskToken, .sync or .sync:2");
            return this;
          }
          if (submits) {
            callbacks.submitted(response.submitted() != null ? response.submitted() : Json.object());
          }
          tokens.register(request.taskToken(), request.execution(), request.stateName(), callbacks);
        }
        default -> {
          if (response.delay().isZero()) {
            answer();
          } else {
            scheduleHeartbeats();
            answerTimer = scheduler.scheduleAfter(response.delay(), this::answer);
          }
        }
      }
      return this;
    }

    private void scheduleHeartbeats() {
      Duration every = response.heartbeatEvery();
      if (every == null || every.isZero() || every.isNegative()) {
        return;
      }
      heartbeatTimer = scheduler.scheduleAfter(every, () -> {
        if (!cancelled) {
          callbacks.heartbeat();
          scheduleHeartbeats();
        }
      });
    }

    private void answer() {
      if (cancelled) {
        return;
      }
      if (heartbeatTimer != null) {
        heartbeatTimer.cancel();
      }
      switch (response.kind()) {
        case RETURN -> callbacks.succeeded(response.result());
        case FAIL -> callbacks.failed(response.error(), response.cause());
        case ANSWER -> {
          JsonNode result;
          try {
            result = response.handler().handle(call);
          } catch (TaskFailure failure) {
            callbacks.failed(failure.error(), failure.cause());
            return;
          } catch (RuntimeException e) {
            // A handler bug surfaces like an unhandled exception in a Lambda: its type and message.
            // The exception is kept, so that the test can still see where it was thrown.
            request.execution().recordHandlerException(e);
            callbacks.failed(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return;
          }
          callbacks.succeeded(result == null ? Json.NODES.nullNode() : result);
        }
        default -> throw new IllegalStateException(response.kind().name());
      }
    }

    @Override
    public java.time.Instant answerDue() {
      return answerTimer != null && answerTimer.isPending() ? answerTimer.due() : null;
    }

    @Override
    public void timedOut() {
      cancel();
      if (request.taskToken() != null) {
        tokens.timedOut(request.taskToken());
      }
    }

    @Override
    public void cancel() {
      cancelled = true;
      if (answerTimer != null) {
        answerTimer.cancel();
      }
      if (heartbeatTimer != null) {
        heartbeatTimer.cancel();
      }
      if (request.taskToken() != null) {
        tokens.release(request.taskToken());
      }
    }
  }
}
