package dev.sfntest.internal.engine;

import java.util.Objects;

/**
 * The interpreter of one fake: starts executions and runs them on the fake's {@link Scheduler}.
 * It knows nothing of the AWS API; the backend calls it and reads the {@link ExecutionRun}s it
 * returns.
 */
public final class Engine {

  private final Scheduler scheduler;
  private final Ids ids;
  private final TaskInvoker tasks;
  private final Limits limits;
  private final ItemSource itemSource;
  private final ResultSink resultSink;
  private final EngineObserver observer;
  /** {@link #tasks}, or {@link #tasks} behind an interceptor. */
  private volatile TaskInvoker answering;

  /**
   * An engine with every collaborator ({@code Backend} builds the fake's).
   *
   * @param scheduler the fake's scheduler
   * @param ids the fake's seeded id generator (task tokens, jitter)
   * @param tasks answers Task states
   * @param limits the quotas to enforce
   * @param itemSource where distributed Maps read their items
   * @param resultSink where distributed Maps write their results
   * @param observer who hears of map runs and child executions the engine starts by itself
   */
  public Engine(Scheduler scheduler, Ids ids, TaskInvoker tasks, Limits limits, ItemSource itemSource,
      ResultSink resultSink, EngineObserver observer) {
    this.scheduler = Objects.requireNonNull(scheduler);
    this.ids = Objects.requireNonNull(ids);
    this.tasks = Objects.requireNonNull(tasks);
    this.limits = Objects.requireNonNull(limits);
    this.itemSource = Objects.requireNonNull(itemSource);
    this.resultSink = Objects.requireNonNull(resultSink);
    this.observer = Objects.requireNonNull(observer);
    this.answering = tasks;
  }

  /** An engine whose distributed Maps can neither read nor write S3 and that nobody observes. */
  public Engine(Scheduler scheduler, Ids ids, TaskInvoker tasks, Limits limits) {
    this(scheduler, ids, tasks, limits, ItemSource.NONE, ResultSink.NONE, EngineObserver.NONE);
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public Ids ids() {
    return ids;
  }

  /** How Task states are answered: the interceptor first, when there is one, then the fake's invoker. */
  TaskInvoker tasks() {
    return answering;
  }

  /**
   * Lets {@code interceptor} answer Task attempts before the fake's invoker does; {@code null}
   * removes it. For a tool that owns the fake it runs on (the failure explorer's sandbox, a
   * replay's): an interceptor sees every execution's tasks. The one thing set on an engine after
   * it is built, since a fake is built before it knows it will be explored.
   */
  public void interceptTasks(TaskInterceptor interceptor) {
    this.answering = interceptor == null ? tasks : new Intercepted(interceptor, tasks);
  }

  /** The interceptor, then the fake's own invoker. */
  private record Intercepted(TaskInterceptor first, TaskInvoker then) implements TaskInvoker {
    @Override
    public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
      return first.invoke(request, callbacks, then);
    }

    @Override
    public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
      return first.refuse(execution, stateName, resource, kind, then);
    }
  }

  Limits limits() {
    return limits;
  }

  /** Resources parsed once per engine: a Task is entered far more often than its machine is created. */
  private final java.util.Map<String, java.util.Optional<ResourceKind>> resourceKinds =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The kind of a Task's resource, or {@code null} when it is not one (see {@link ResourceKind#of}). */
  ResourceKind resourceKind(String resource) {
    return resourceKinds.computeIfAbsent(resource, r -> java.util.Optional.ofNullable(ResourceKind.of(r))).orElse(null);
  }

  ItemSource itemSource() {
    return itemSource;
  }

  ResultSink resultSink() {
    return resultSink;
  }

  EngineObserver observer() {
    return observer;
  }

  /** Starts a distributed Map's child execution, of {@code itemCount} items, and tells the observer. */
  ExecutionRun startChild(MapRun mapRun, int itemCount, ExecutionSpec spec, ExecutionListener listener) {
    ExecutionRun run = new ExecutionRun(this, spec, listener, 0);
    observer.childExecutionStarted(mapRun, run, itemCount);
    run.start();
    return run;
  }

  /**
   * Starts an execution: records {@code ExecutionStarted} and queues its first state. The caller
   * runs the scheduler (under the lock) to make it progress.
   */
  public ExecutionRun start(ExecutionSpec spec, ExecutionListener listener) {
    ExecutionRun run = new ExecutionRun(this, spec, listener, 0);
    run.start();
    return run;
  }
}
