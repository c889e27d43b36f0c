package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import dev.sfntest.internal.history.History;
import dev.sfntest.internal.history.JsonText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One execution: its history, status, result, and the frames running it. All methods run under
 * the fake's lock.
 */
public final class ExecutionRun {

  private final Engine engine;
  private final ExecutionSpec spec;
  private ExecutionListener listener;
  private final History history = new History();
  private final Instant startDate;
  private ObjectNode contextExecution;
  private ObjectNode contextStateMachine;
  private final VariableScope variables = new VariableScope(null);
  private final Set<Frame> activeFrames = new LinkedHashSet<>();
  /** What it waits on from the test; {@code null} until it first does (most executions never do). */
  private Set<String> waitsOnTest;
  /** Task calls made so far, by state; {@code null} until the first. */
  private java.util.Map<String, Integer> taskCalls;
  private dev.sfntest.internal.expr.ExpressionBudget expressionBudget =
      dev.sfntest.internal.expr.ExpressionBudget.forExecution();
  private int redriveCount;
  private RunStatus status = RunStatus.RUNNING;
  private Instant stopDate;
  private JsonNode output;
  private String error;
  private String cause;
  private Frame root;
  private Scheduler.Timer machineTimeout;
  private final List<Throwable> handlerExceptions = new ArrayList<>();
  private final List<java.util.function.Consumer<ExecutionRun>> endListeners = new ArrayList<>();
  /** Set only when {@link StateTest} runs one state: the visits then ask it where a test differs. */
  private StateProbe probe;
  /**
   * The payload measured last in this execution, and its size: one passed on unchanged (into a
   * Wait, a Succeed, the execution's output) is measured once. Trees are never changed once built.
   */
  private JsonNode sized;
  private int sizedBytes;

  ExecutionRun(Engine engine, ExecutionSpec spec, ExecutionListener listener, int redriveCount) {
    this.engine = engine;
    this.spec = spec;
    this.listener = listener;
    this.redriveCount = redriveCount;
    this.startDate = engine.scheduler().now();
  }

  /** The longest an EXPRESS execution may run; it then times out with States.Timeout. */
  public static final Duration EXPRESS_MAX_DURATION = Duration.ofMinutes(5);

  /** The longest a STANDARD execution may run (AWS's quota: a year); it then times out with States.Timeout. */
  public static final Duration STANDARD_MAX_DURATION = Duration.ofDays(365);

  /** Where a STANDARD execution times out: just after {@link #STANDARD_MAX_DURATION} (see {@link #armMachineTimeout}). */
  private static final Duration STANDARD_LIMIT = STANDARD_MAX_DURATION.plusNanos(1);

  void start() {
    append(EventType.ExecutionStarted, 0, EventDetails.of(
        "input", JsonText.of(spec.input(), spec.inputText()),
        "inputDetails", EventDetails.NOT_TRUNCATED,
        "roleArn", spec.roleArn(),
        "stateMachineAliasArn", spec.aliasArn(),
        "stateMachineVersionArn", spec.versionArn()));
    armMachineTimeout();
    // AWS links the first state to no event (previousEventId 0), not to ExecutionStarted.
    root = newRoot(0);
    root.start(spec.definition().graph().startAt(), spec.input());
  }

  /**
   * Times the execution out after the machine's TimeoutSeconds, and at most after AWS's duration
   * limit: five minutes for an EXPRESS execution, a year for a STANDARD one ("If an execution runs
   * for more than the 1-year maximum, it will fail with a States.Timeout error"). The year also
   * keeps the clock from following a Wait to the end of time.
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html">Service quotas</a>
   */
  private void armMachineTimeout() {
    Duration timeout = spec.definition().timeoutSeconds() == null ? null
        : Duration.ofSeconds(spec.definition().timeoutSeconds());
    // A standard execution fails when it runs *more* than a year: one that ends a year to the
    // instant after it started (a Wait of 31536000 seconds) has not, so its limit falls just after.
    Duration limit = spec.express() ? EXPRESS_MAX_DURATION : STANDARD_LIMIT;
    if (timeout == null || timeout.compareTo(limit) > 0) {
      timeout = limit;
    }
    machineTimeout = engine.scheduler().scheduleAfter(timeout, this::timeOut);
  }

  private Frame newRoot(long anchor) {
    return new Frame(this, spec.definition().graph(), variables, anchor, FramePath.ROOT, new FrameOwner() {
      @Override
      public void succeeded(Frame frame, JsonNode result) {
        succeed(result, frame.anchor());
      }

      @Override
      public void failed(Frame frame, Failure failure) {
        fail(failure, frame.anchor());
      }
    });
  }

  /**
   * Redrives an execution that ended FAILED, TIMED_OUT or ABORTED ({@code RedriveExecution}): it
   * records {@code ExecutionRedriven} with the new redrive count and runs again from the top-level
   * state it ended in, with that state's original input; the states before it are not rerun, the
   * variables they assigned are kept, and the machine's TimeoutSeconds starts over. A Parallel or
   * inline Map state there reruns only its unsuccessful branches and iterations ({@link Redrive});
   * a distributed Map redrives its map run ({@link DistributedMap}). The caller checks AWS's
   * redrive rules first.
   *
   * @throws IllegalStateException when the execution is RUNNING or SUCCEEDED
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html">Redriving executions</a>
   */
  public void redrive() {
    if (status == RunStatus.RUNNING || status == RunStatus.SUCCEEDED) {
      throw new IllegalStateException("A " + status + " execution cannot be redriven");
    }
    Visit last = root == null ? null : root.current();
    redriveCount++;
    contextExecution = null;
    // A redrive runs again, with a fresh budget for its JSONata, as its timeout starts over.
    expressionBudget = dev.sfntest.internal.expr.ExpressionBudget.forExecution();
    status = RunStatus.RUNNING;
    stopDate = null;
    output = null;
    error = null;
    cause = null;
    long redriven = history.append(EventType.ExecutionRedriven, history.size(), engine.scheduler().now(),
        EventDetails.of("redriveCount", redriveCount));
    armMachineTimeout();
    root = newRoot(redriven);
    if (last == null) {
      root.start(spec.definition().graph().startAt(), spec.input());
    } else {
      root.redrive(last);
    }
  }

  /**
   * Redrives a map run's child as its redriven map run does: as {@link #redrive()}, telling
   * {@code listener} (the redriven run) of its end instead of the run that started it.
   */
  void redriveChild(ExecutionListener listener) {
    this.listener = listener;
    redrive();
  }

  // ------------------------------------------------------------------ queries

  public ExecutionSpec spec() {
    return spec;
  }

  public String arn() {
    return spec.executionArn();
  }

  public History history() {
    return history;
  }

  public RunStatus status() {
    return status;
  }

  public Instant startDate() {
    return startDate;
  }

  public Instant stopDate() {
    return stopDate;
  }

  public JsonNode output() {
    return output;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return cause;
  }

  public int redriveCount() {
    return redriveCount;
  }

  public boolean isRunning() {
    return status == RunStatus.RUNNING;
  }

  /** What the execution currently waits on from the test (task tokens, activity tasks, ...). */
  public List<String> waitsOnTest() {
    return waitsOnTest == null ? new ArrayList<>() : new ArrayList<>(waitsOnTest);
  }

  Engine engine() {
    return engine;
  }

  /** The run's TestState probe, or {@code null} for an execution. */
  StateProbe probe() {
    return probe;
  }

  void setProbe(StateProbe probe) {
    this.probe = probe;
  }

  /** Whether this run is a TestState request's, not an execution. */
  public boolean isStateTest() {
    return probe != null;
  }

  /** The top-level workflow variables (TestState seeds them before the state runs). */
  VariableScope variables() {
    return variables;
  }

  /** The scheduler this execution runs on (task answers that take time schedule on it). */
  public Scheduler scheduler() {
    return engine.scheduler();
  }

  /** The fake's seeded generator. */
  public Ids ids() {
    return engine.ids();
  }

  /** The JSONata evaluation this execution may still do, its Map iterations and branches included. */
  dev.sfntest.internal.expr.ExpressionBudget expressionBudget() {
    return expressionBudget;
  }

  /** Built on first use: most states of most executions never read the context object. */
  ObjectNode contextExecution() {
    if (contextExecution == null) {
      contextExecution = ContextObject.execution(spec, startDate, redriveCount);
    }
    return contextExecution;
  }

  ObjectNode contextStateMachine() {
    if (contextStateMachine == null) {
      contextStateMachine = ContextObject.stateMachine(spec);
    }
    return contextStateMachine;
  }

  /** Counts {@code calls} task calls of a state as made (TestState's attempt after that many retries). */
  void skipTaskCalls(String stateName, int calls) {
    taskCalls().merge(stateName, calls, (a, b) -> (int) Math.min(Integer.MAX_VALUE, (long) a + b));
  }

  /** Counts a task call of a state: 0 for its first in this execution, retries and iterations included. */
  int nextTaskCall(String stateName) {
    java.util.Map<String, Integer> calls = taskCalls();
    int call = calls.getOrDefault(stateName, 0);
    calls.put(stateName, call + 1);
    return call;
  }

  private java.util.Map<String, Integer> taskCalls() {
    if (taskCalls == null) {
      taskCalls = new java.util.HashMap<>();
    }
    return taskCalls;
  }

  void frameStarted(Frame frame) {
    activeFrames.add(frame);
  }

  void frameEnded(Frame frame) {
    activeFrames.remove(frame);
  }

  /**
   * What the execution waits for on the clock, soonest first: each running state's timers (a
   * Wait, a retry, a task's timeout or heartbeat, a mocked answer that takes time) and the
   * execution's own {@code TimeoutSeconds}; empty once it has ended.
   */
  public List<Deadline> deadlines() {
    List<Deadline> deadlines = new ArrayList<>();
    if (!isRunning()) {
      return deadlines;
    }
    for (Frame frame : activeFrames) {
      if (frame.current() != null) {
        frame.current().deadlines(deadlines);
      }
    }
    if (spec.definition().timeoutSeconds() != null && machineTimeout != null && machineTimeout.isPending()) {
      deadlines.add(new Deadline(null, "the execution times out (TimeoutSeconds)", machineTimeout.due()));
    }
    deadlines.sort(java.util.Comparator.comparing(Deadline::due));
    return deadlines;
  }

  /** The exceptions other than {@code TaskFailure} that task handlers threw in this execution, in order. */
  public List<Throwable> handlerExceptions() {
    synchronized (handlerExceptions) {
      return new ArrayList<>(handlerExceptions);
    }
  }

  /** Keeps an exception a task handler threw: its error and cause reach the history, its stack trace only this. */
  public void recordHandlerException(Throwable exception) {
    synchronized (handlerExceptions) {
      handlerExceptions.add(exception);
    }
  }

  /** Notes, for {@link #waitsOnTest()}, that the execution waits on the test for {@code what}. */
  public void waitOnTest(String what) {
    if (waitsOnTest == null) {
      waitsOnTest = new LinkedHashSet<>();
    }
    if (waitsOnTest.add(what)) {
      engine.scheduler().waitOnTest();
    }
  }

  /** Releases {@link #waitOnTest(String)}. */
  public void releaseWaitOnTest(String what) {
    if (waitsOnTest != null && waitsOnTest.remove(what)) {
      engine.scheduler().releaseWaitOnTest();
    }
  }

  // ------------------------------------------------------------------ history

  /**
   * Appends an event. When the history is about to pass the quota the execution fails instead,
   * as AWS ends STANDARD executions that reach 25,000 events; EXPRESS executions have no such
   * quota on AWS, only the fake's guard against loops that take no time (see {@link Limits}).
   *
   * @return the new event's id, or -1 when the execution is no longer running
   */
  long append(EventType type, long previousEventId, EventDetails details) {
    if (status != RunStatus.RUNNING && type != EventType.ExecutionStarted) {
      return -1;
    }
    int quota = spec.express() ? engine.limits().maxExpressHistoryEvents() : engine.limits().maxHistoryEvents();
    if (history.size() >= quota - 1 && !isTerminal(type)) {
      fail(Failure.runtime(spec.express()
          ? "The express execution reached " + quota + " history events without its five-minute limit passing:"
              + " AWS keeps no history quota for Express workflows, but this fake stops a loop that takes no time."
          : "The execution reached the maximum number of history events (" + quota + ")."), history.size());
      return -1;
    }
    return history.append(type, previousEventId, engine.scheduler().now(), details);
  }

  private static boolean isTerminal(EventType type) {
    return type == EventType.ExecutionSucceeded || type == EventType.ExecutionFailed
        || type == EventType.ExecutionAborted || type == EventType.ExecutionTimedOut;
  }

  /** {@link dev.sfntest.internal.expr.Json#utf8Size}, remembered for the payload measured last. */
  int utf8Size(JsonNode payload) {
    if (payload != sized || sized == null) {
      sizedBytes = dev.sfntest.internal.expr.Json.utf8Size(payload);
      sized = payload;
    }
    return sizedBytes;
  }

  // ------------------------------------------------------------------ endings

  void succeed(JsonNode result, long previousEventId) {
    if (status != RunStatus.RUNNING) {
      return;
    }
    if (utf8Size(result) > engine.limits().maxPayloadBytes()) {
      fail(Failure.of(ErrorNames.DATA_LIMIT_EXCEEDED,
          "The state/task 'ExecutionSucceeded' returned a result with a size exceeding the maximum number of bytes service limit."),
          previousEventId);
      return;
    }
    history.append(EventType.ExecutionSucceeded, previousEventId, engine.scheduler().now(), EventDetails.of(
        "output", JsonText.of(result),
        "outputDetails", EventDetails.NOT_TRUNCATED));
    output = result;
    end(RunStatus.SUCCEEDED);
  }

  void fail(Failure failure, long previousEventId) {
    if (status != RunStatus.RUNNING) {
      return;
    }
    history.append(EventType.ExecutionFailed, previousEventId, engine.scheduler().now(), EventDetails.of(
        "error", failure.error(),
        "cause", failure.cause()));
    error = failure.error();
    cause = failure.cause();
    end(RunStatus.FAILED);
  }

  private void timeOut() {
    if (status != RunStatus.RUNNING) {
      return;
    }
    // AWS reports no error or cause for a timed-out execution in DescribeExecution (recorded).
    history.append(EventType.ExecutionTimedOut, history.size(), engine.scheduler().now(), EventDetails.of(
        "error", ErrorNames.TIMEOUT));
    end(RunStatus.TIMED_OUT);
  }

  /**
   * Stops the execution ({@code StopExecution}). AWS records only ExecutionAborted, linked to no
   * event, and no abort of the state that was running (recorded for a Wait state).
   */
  public void stop(String stopError, String stopCause) {
    if (status != RunStatus.RUNNING) {
      return;
    }
    history.append(EventType.ExecutionAborted, 0, engine.scheduler().now(), EventDetails.of(
        "error", stopError,
        "cause", stopCause));
    error = stopError;
    cause = stopCause;
    end(RunStatus.ABORTED);
  }

  private void end(RunStatus ended) {
    status = ended;
    stopDate = engine.scheduler().now();
    if (machineTimeout != null) {
      machineTimeout.cancel();
    }
    // Copies, as each call below may change what it iterates; most executions end with nothing
    // left in them, and then need no copy.
    if (!activeFrames.isEmpty()) {
      for (Frame frame : new ArrayList<>(activeFrames)) {
        frame.abortQuietly();
      }
    }
    if (waitsOnTest != null && !waitsOnTest.isEmpty()) {
      for (String what : new ArrayList<>(waitsOnTest)) {
        releaseWaitOnTest(what);
      }
    }
    if (listener != null) {
      listener.ended(this);
    }
    if (!endListeners.isEmpty()) {
      for (java.util.function.Consumer<ExecutionRun> endListener : new ArrayList<>(endListeners)) {
        endListener.accept(this);
      }
    }
  }

  /** Calls {@code listener} when the execution ends (at once if it has ended). Under the fake's lock. */
  public void onEnd(java.util.function.Consumer<ExecutionRun> listener) {
    if (status != RunStatus.RUNNING) {
      listener.accept(this);
    } else {
      endListeners.add(listener);
    }
  }
}
