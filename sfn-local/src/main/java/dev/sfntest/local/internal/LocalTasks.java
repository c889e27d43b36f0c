package dev.sfntest.local.internal;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.tasks.TaskTokens;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How {@code sfn-local} answers the Task states that no mock answers: a Lambda task calls the
 * Lambda endpoint when one is set, as Step Functions Local does; any other fails, saying how to mock
 * it where the user is (the mock configuration file over HTTP, the {@code run} command's flags, the
 * request's own {@code mock} for TestState), not with the Java API that only a test in the JVM has.
 *
 * <p>An execution's call runs on a thread of its own, so the request that started the execution
 * returns at once, as on AWS; meanwhile the execution waits (the clock does not skip past it), and
 * the answer is delivered under the fake's lock. A TestState request waits for its call.
 *
 * <pre>{@code
 * UnmockedTasks.answerWith(FakeSfn.builder(), tokens -> LocalTasks.of(lambdaEndpoint, region, Advice.SERVE, tokens));
 * }</pre>
 */
public final class LocalTasks implements TaskInvoker, AutoCloseable {

  /** Where the user is, which decides how a failure tells them to mock a task. */
  public enum Advice {
    /** {@code sfn-local serve}: a client over HTTP. */
    SERVE,
    /** {@code sfn-local run}: the command line. */
    RUN
  }

  private final LambdaEndpoint lambda;
  private final Advice advice;
  private final TaskTokens tokens;
  private final ExecutorService calls;

  private LocalTasks(LambdaEndpoint lambda, Advice advice, TaskTokens tokens) {
    this.lambda = lambda;
    this.advice = advice;
    this.tokens = tokens;
    AtomicInteger count = new AtomicInteger();
    this.calls = lambda == null ? null : Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "sfn-local-lambda-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * The answers for one fake.
   *
   * @param lambdaEndpoint the Lambda endpoint, or {@code null} for none
   * @param region the region the calls are signed for
   */
  public static LocalTasks of(URI lambdaEndpoint, String region, Advice advice, TaskTokens tokens) {
    return new LocalTasks(lambdaEndpoint == null ? null : new LambdaEndpoint(lambdaEndpoint, region), advice, tokens);
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    if (lambda == null || !LambdaEndpoint.handles(request)) {
      callbacks.failed(ErrorNames.RUNTIME, noMock(request));
      return TaskHandle.NOOP;
    }
    ExecutionRun run = request.execution();
    if (run.isStateTest()) {
      // TestState answers in the one request: its run cannot wait for another thread.
      deliver(request, lambda.invoke(request), callbacks);
      return TaskHandle.NOOP;
    }
    String waiting = "the Lambda endpoint " + lambda.endpoint() + " to answer the Task state '" + request.stateName()
        + "'";
    Call call = new Call();
    run.waitOnTest(waiting);
    if (request.kind().pattern() == ResourceKind.Pattern.WAIT_FOR_TASK_TOKEN) {
      // The token works from the start: the function may well send it back before it returns.
      tokens.register(request.taskToken(), run, request.stateName(), callbacks);
    }
    calls.execute(() -> {
      LambdaEndpoint.Outcome outcome = lambda.invoke(request);
      // Under the fake's lock, as every answer is, and the execution then runs as far as it can.
      run.scheduler().call(() -> {
        if (!call.cancelled) {
          run.releaseWaitOnTest(waiting);
          deliver(request, outcome, callbacks);
        }
        return null;
      });
    });
    return () -> {
      // under the lock: the task timed out, or its execution stopped; a late answer is dropped
      call.cancelled = true;
      run.releaseWaitOnTest(waiting);
      if (request.taskToken() != null) {
        tokens.release(request.taskToken());
      }
    };
  }

  /**
   * The outcome as the task's answer. A callback ({@code .waitForTaskToken}) task's invocation is
   * only its submission: the task then waits for its token, unless the invocation failed.
   */
  private void deliver(TaskRequest request, LambdaEndpoint.Outcome outcome, TaskCallbacks callbacks) {
    boolean callback = request.kind().pattern() == ResourceKind.Pattern.WAIT_FOR_TASK_TOKEN;
    if (!outcome.succeeded()) {
      if (callback) {
        tokens.release(request.taskToken());
      }
      callbacks.failed(outcome.error(), outcome.cause());
    } else if (callback) {
      callbacks.submitted(outcome.result());
    } else {
      callbacks.succeeded(outcome.result());
    }
  }

  /** Why nothing answers the task, and how to mock it where the user is. */
  String noMock(TaskRequest request) {
    String resource = request.resource();
    if (request.execution().isStateTest()) {
      boolean single = dev.sfntest.internal.tasks.TaskChain.isSingleState(request);
      return "No mock answers the Task state " + (single ? "" : "'" + request.stateName() + "' ") + "under test"
          + " (resource " + resource + "). Give the TestState request a mock (mock.result or mock.errorOutput)"
          + lambdaHint(request) + ".";
    }
    String machine = request.execution().spec().stateMachineName();
    String how = advice == Advice.RUN
        ? "Mock it in a test case of a mock configuration file for the state machine '" + machine
            + "' and run with --mock-config FILE --test-case NAME"
        : "Mock it in a test case of the mock configuration file (MockConfigFile.json in the working directory,"
            + " SFN_MOCK_CONFIG or --mock-config) for the state machine '" + machine + "', and start the execution"
            + " on its ARN followed by #TestCase";
    return "No mock answers the Task state '" + request.stateName() + "' (resource " + resource + "). " + how
        + lambdaHint(request) + ".";
  }

  /** For a Lambda task without an endpoint: the endpoint would answer it too. */
  private String lambdaHint(TaskRequest request) {
    if (lambda != null || !LambdaEndpoint.handles(request)) {
      return "";
    }
    return advice == Advice.RUN ? "" : ", or give sfn-local a Lambda endpoint to call (--lambda-endpoint or LAMBDA_ENDPOINT)";
  }

  /** A Lambda call in flight. */
  private static final class Call {
    volatile boolean cancelled;
  }

  @Override
  public void close() {
    if (calls != null) {
      calls.shutdownNow();
    }
    if (lambda != null) {
      lambda.close();
    }
  }
}
