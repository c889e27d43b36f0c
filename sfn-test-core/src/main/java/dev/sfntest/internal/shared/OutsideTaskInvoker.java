package dev.sfntest.internal.shared;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.tasks.TaskChain;
import dev.sfntest.internal.tasks.TaskTokens;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's side of {@link OutsideTasks}: the last link of the fake's task chain, which calls the
 * service off the fake's lock and delivers its answer under it, as every answer is delivered.
 */
final class OutsideTaskInvoker implements TaskInvoker {

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final OutsideTasks service;
  private final TaskTokens tokens;
  private final Scheduler fake;

  /**
   * @param service the service
   * @param tokens the fake's task tokens, for callback tasks
   * @param fake the fake's scheduler, whose lock a TestState request holds while its state runs
   */
  OutsideTaskInvoker(OutsideTasks service, TaskTokens tokens, Scheduler fake) {
    this.service = service;
    this.tokens = tokens;
    this.fake = fake;
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
    OutsideTasks.Task task = task(request);
    String answerer = service.answerer(task);
    if (answerer == null) {
      callbacks.failed(ErrorNames.RUNTIME, service.noAnswer(task));
      return TaskHandle.NOOP;
    }
    ExecutionRun run = request.execution();
    if (run.isStateTest()) {
      // TestState answers in its one request, which holds the fake's lock: the request waits for
      // the call, and other requests are answered meanwhile.
      deliver(request, fake.outsideLock(() -> service.call(task)), callbacks);
      return TaskHandle.NOOP;
    }
    String waiting = answerer + " to answer the Task state '" + request.stateName() + "'";
    Call call = new Call();
    run.waitOnTest(waiting);
    if (task.callback()) {
      // The token works from the start: the function may well send it back before it returns.
      tokens.register(request.taskToken(), run, request.stateName(), callbacks);
    }
    // The request that started the execution returns at once, as on AWS.
    Thread thread = new Thread(() -> {
      OutsideTasks.Answer answer = service.call(task);
      // Under the fake's lock, as every answer is, and the execution then runs as far as it can.
      run.scheduler().call(() -> {
        if (!call.cancelled) {
          run.releaseWaitOnTest(waiting);
          deliver(request, answer, callbacks);
        }
        return null;
      });
    }, "sfn-test-outside-task-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
    return () -> {
      // under the lock: the task timed out, or its execution stopped; a late answer is dropped
      call.cancelled = true;
      run.releaseWaitOnTest(waiting);
      if (request.taskToken() != null) {
        tokens.release(request.taskToken());
      }
    };
  }

  private static OutsideTasks.Task task(TaskRequest request) {
    ResourceKind kind = request.kind();
    OutsideTasks.Target target = kind.family() == ResourceKind.Family.LAMBDA ? OutsideTasks.Target.LAMBDA_FUNCTION
        : kind.family() == ResourceKind.Family.SERVICE && "lambda".equals(kind.resourceType())
            && kind.resource().startsWith("invoke") ? OutsideTasks.Target.LAMBDA_INVOKE
        : OutsideTasks.Target.OTHER;
    ExecutionRun run = request.execution();
    return new OutsideTasks.Task(request.stateName(), request.resource(), target, request.parameters(),
        kind.pattern() == ResourceKind.Pattern.WAIT_FOR_TASK_TOKEN, run.spec().stateMachineName(),
        run.isStateTest(), run.isStateTest() && TaskChain.isSingleState(request));
  }

  /**
   * The answer as the task's. A callback ({@code .waitForTaskToken}) task's call is only its
   * submission: the task then waits for its token, unless the call failed.
   */
  private void deliver(TaskRequest request, OutsideTasks.Answer answer, TaskCallbacks callbacks) {
    boolean callback = request.kind().pattern() == ResourceKind.Pattern.WAIT_FOR_TASK_TOKEN;
    if (!answer.succeeded()) {
      if (callback && request.taskToken() != null) {
        tokens.release(request.taskToken());
      }
      callbacks.failed(answer.error(), answer.cause());
    } else if (callback) {
      callbacks.submitted(answer.result());
    } else {
      callbacks.succeeded(answer.result());
    }
  }

  /** A call in flight. */
  private static final class Call {
    volatile boolean cancelled;
  }
}
