package dev.sfntest.core.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.MapState;
import dev.sfntest.internal.asl.ParallelState;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.StateGraph;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ExecutionSpec;
import dev.sfntest.internal.engine.FramePath;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInterceptor;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the Task attempts of the explorer's sandbox: the attempts a fault of the run hits fail
 * (or stay silent), every other attempt goes to the test's mocks and, when they have nothing, to
 * the sandbox's own activities and child executions. It also watches every call, which is how the
 * explorer learns which Task states a run reached (its own and its children's) and how long a
 * faulted state took to get over its faults.
 *
 * <p>A fault hits the first visit of its state in an execution of its machine: the first attempt
 * of that state (retry count 0) names the visit, by execution, iteration or branch path and visit
 * count, and the fault hits that visit's first {@link Fault#attempts()} attempts.
 */
final class FaultInjector implements TaskInterceptor {

  /** What the explorer writes as the cause of an injected error. */
  static final String CAUSE = "Injected by the sfn-test FailureExplorer";

  /**
   * A Task state some run called: the machine whose definition has it, the state, its resource,
   * and the error names the Retry and Catch of the Map and Parallel states around it name.
   */
  record TaskSeen(String machine, TaskState state, ResourceKind kind, List<String> enclosingNames) {}

  /** A Task state of a definition, with the error names its enclosing Map and Parallel states handle. */
  record TaskPlace(TaskState state, List<String> enclosingNames) {}

  /** One visit of a state: an execution, the iteration or branch, the state. */
  private record VisitKey(String executionArn, FramePath path, String state) {}

  /**
   * Where a child execution was started: the parent's execution, and the Task state that started
   * it ({@code states:startExecution}) or the map run's machine ({@code parent/label}) of the
   * distributed Map whose iteration it runs.
   */
  record ParentLink(String executionArn, String state, String mapRunMachine) {}

  /** What happened to one fault in a run. */
  static final class Target {
    final Fault fault;
    VisitKey visit;
    int visitNumber;
    int injected;
    boolean recovered;
    Instant firstStart;
    Instant lastEnd;

    Target(Fault fault) {
      this.fault = fault;
    }

    boolean hit() {
      return injected >= fault.attempts();
    }

    Duration retryTime() {
      if (firstStart == null || lastEnd == null || lastEnd.isBefore(firstStart)) {
        return Duration.ZERO;
      }
      return Duration.between(firstStart, lastEnd);
    }

    /** The execution of the visit it hit; {@code null} when not reached. */
    String executionArn() {
      return visit == null ? null : visit.executionArn();
    }

    /** The Map iterations and Parallel branches that lead to the visit it hit; {@code null} when not reached. */
    FramePath path() {
      return visit == null ? null : visit.path();
    }

    /** Which visit of its state at that path it hit (1 for the first). */
    int visitNumber() {
      return visitNumber;
    }
  }

  /** What the injector saw of one run. */
  record RunFacts(List<Target> targets, Map<String, TaskSeen> tasks, Map<String, ParentLink> parents) {}

  private final TaskInterceptor mocks;
  private final JsonNode unmockedResult;
  private final Map<StateMachineDefinition, Map<String, TaskPlace>> taskStates = new IdentityHashMap<>();
  private List<Target> targets = List.of();
  private final Map<VisitKey, Integer> visits = new HashMap<>();
  private final Map<String, TaskSeen> seen = new LinkedHashMap<>();
  private final Map<String, ParentLink> parents = new HashMap<>();
  /** Calls the faults took, by execution and state, which the mocks' call counts must not see. */
  private final Map<String, Integer> injectedCalls = new HashMap<>();

  /**
   * @param mocks the test's mocks, handing on what they do not answer
   * @param unmockedResult what a Task nothing answers returns (not an activity or a child
   *     execution), or {@code null} to let it fail as the fake fails it
   */
  FaultInjector(TaskInterceptor mocks, JsonNode unmockedResult) {
    this.mocks = mocks;
    this.unmockedResult = unmockedResult;
  }

  /** Starts a run that injects these faults. */
  void begin(List<Fault> faults) {
    targets = faults.stream().map(Target::new).toList();
    visits.clear();
    seen.clear();
    parents.clear();
    injectedCalls.clear();
  }

  /** Ends the run and tells what happened in it. */
  RunFacts end() {
    return new RunFacts(targets, new LinkedHashMap<>(seen), new HashMap<>(parents));
  }

  @Override
  public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks, TaskInvoker fake) {
    ExecutionRun top = top(request.execution());
    String machine = top.spec().stateMachineName();
    TaskPlace place = taskState(top.spec().definition(), request.stateName());
    if (place != null) {
      seen.putIfAbsent(key(machine, request.stateName()),
          new TaskSeen(machine, place.state(), request.kind(), place.enclosingNames()));
    }
    ExecutionSpec spec = request.execution().spec();
    if (spec.parent() != null) {
      parents.putIfAbsent(request.execution().arn(), new ParentLink(spec.parent().arn(), null, spec.stateMachineName()));
    }
    VisitKey visit = new VisitKey(request.execution().arn(), request.path(), request.stateName());
    int visitNumber = request.retryCount() == 0 ? visits.merge(visit, 1, Integer::sum) : visits.getOrDefault(visit, 1);
    Target target = targetOf(machine, visit, visitNumber, request.retryCount());
    Scheduler scheduler = request.execution().scheduler();
    if (target != null && target.firstStart == null && target.injected == 0) {
      target.firstStart = scheduler.now();
    }
    String calls = key(request.execution().arn(), request.stateName());
    if (target != null && request.retryCount() < target.fault.attempts()) {
      target.injected++;
      injectedCalls.merge(calls, 1, Integer::sum);
      return inject(target, request, callbacks);
    }
    TaskCallbacks watched = watch(target, request, callbacks);
    return mocks.invoke(uncounted(request, injectedCalls.getOrDefault(calls, 0)), watched,
        unmockedResult == null ? fake : new AnswerUnmocked(fake));
  }

  @Override
  public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind,
      TaskInvoker fake) {
    return mocks.refuse(execution, stateName, resource, kind, fake);
  }

  /**
   * The request as the mocks would have seen it without the faults: their sequences count a
   * state's calls (Step Functions Local's counter), and a call a fault took stands in for one the
   * mock would have answered, so the retry after it gets the answer the faulted call would have had.
   */
  private static TaskRequest uncounted(TaskRequest request, int injected) {
    if (injected == 0) {
      return request;
    }
    return new TaskRequest(request.execution(), request.stateName(), request.resource(), request.kind(),
        request.parameters(), request.taskToken(), request.retryCount(), request.invocation() - injected,
        request.timeoutSeconds(), request.heartbeatSeconds(), request.credentials(), request.path());
  }

  /** The fault that hits this attempt's visit, capturing the visit on its first attempt; else {@code null}. */
  private Target targetOf(String machine, VisitKey visit, int visitNumber, int retryCount) {
    for (Target target : targets) {
      if (!target.fault.machine().equals(machine) || !target.fault.state().equals(visit.state())) {
        continue;
      }
      if (target.visit == null && retryCount == 0) {
        target.visit = visit;
        target.visitNumber = visitNumber;
      }
      if (visit.equals(target.visit) && visitNumber == target.visitNumber) {
        return target;
      }
    }
    return null;
  }

  private TaskHandle inject(Target target, TaskRequest request, TaskCallbacks callbacks) {
    Scheduler scheduler = request.execution().scheduler();
    ResourceKind kind = request.kind();
    if (kind.family() == ResourceKind.Family.ACTIVITY) {
      callbacks.started(null); // a worker took the task, and failed it or went silent
    }
    if (kind.family() == ResourceKind.Family.SERVICE && kind.pattern() != ResourceKind.Pattern.REQUEST_RESPONSE) {
      callbacks.submitted(Json.object()); // the job or callback was submitted; its outcome is the fault
    }
    Fault fault = target.fault;
    if (fault.kind() == Fault.Kind.ERROR) {
      target.lastEnd = scheduler.now();
      callbacks.failed(fault.error(), CAUSE + ": " + fault.error() + " on attempt " + (request.retryCount() + 1)
          + " of " + fault.attempts());
      return TaskHandle.NOOP;
    }
    return new Silence(target, scheduler, callbacks,
        fault.kind() == Fault.Kind.TIMEOUT ? request.heartbeatSeconds() : null);
  }

  /** Callbacks that note when an attempt of a faulted visit ended, and which child an execution task started. */
  private TaskCallbacks watch(Target target, TaskRequest request, TaskCallbacks callbacks) {
    boolean startsChild = request.kind().family() == ResourceKind.Family.SERVICE
        && "states".equals(request.kind().resourceType()) && request.kind().resource().startsWith("startExecution");
    if (target == null && !startsChild) {
      return callbacks;
    }
    Scheduler scheduler = request.execution().scheduler();
    return new TaskCallbacks() {
      @Override
      public void started(String workerName) {
        callbacks.started(workerName);
      }

      @Override
      public void submitted(JsonNode output) {
        if (startsChild && output != null && output.path("ExecutionArn").isTextual()) {
          parents.put(output.get("ExecutionArn").asText(),
              new ParentLink(request.execution().arn(), request.stateName(), null));
        }
        callbacks.submitted(output);
      }

      @Override
      public void heartbeat() {
        callbacks.heartbeat();
      }

      @Override
      public void succeeded(JsonNode output) {
        ended(true);
        callbacks.succeeded(output);
      }

      @Override
      public void failed(String error, String cause) {
        ended(false);
        callbacks.failed(error, cause);
      }

      @Override
      public void timedOut(String error, String cause) {
        ended(false);
        callbacks.timedOut(error, cause);
      }

      private void ended(boolean succeeded) {
        if (target != null) {
          target.lastEnd = scheduler.now();
          target.recovered |= succeeded;
        }
      }
    };
  }

  /** A faulted call that never answers: the state's own timer ends it, which this notes. */
  private static final class Silence implements TaskHandle {
    private final Target target;
    private final Scheduler scheduler;
    private final TaskCallbacks callbacks;
    private Scheduler.Timer heartbeats;
    private boolean over;

    /** @param heartbeatSeconds when set, the silent call still sends heartbeats, twice per interval */
    Silence(Target target, Scheduler scheduler, TaskCallbacks callbacks, Long heartbeatSeconds) {
      this.target = target;
      this.scheduler = scheduler;
      this.callbacks = callbacks;
      if (heartbeatSeconds != null) {
        beat(Duration.ofMillis(heartbeatSeconds * 500));
      }
    }

    private void beat(Duration every) {
      heartbeats = scheduler.scheduleAfter(every, () -> {
        if (!over) {
          callbacks.heartbeat();
          beat(every);
        }
      });
    }

    @Override
    public void cancel() {
      if (!over) {
        over = true;
        target.lastEnd = scheduler.now();
        if (heartbeats != null) {
          heartbeats.cancel();
        }
      }
    }
  }

  /**
   * The sandbox's own answers, but for a Task nothing answers (not an activity, not a child
   * execution), which returns the configured result instead of failing.
   */
  private final class AnswerUnmocked implements TaskInvoker {
    private final TaskInvoker fake;

    AnswerUnmocked(TaskInvoker fake) {
      this.fake = fake;
    }

    @Override
    public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
      ResourceKind kind = request.kind();
      boolean startsChild = kind.family() == ResourceKind.Family.SERVICE && "states".equals(kind.resourceType())
          && kind.resource().startsWith("startExecution");
      if (kind.family() == ResourceKind.Family.ACTIVITY || startsChild) {
        return fake.invoke(request, callbacks);
      }
      if (kind.family() == ResourceKind.Family.SERVICE && kind.pattern() != ResourceKind.Pattern.REQUEST_RESPONSE) {
        callbacks.submitted(Json.object());
      }
      callbacks.succeeded(unmockedResult.deepCopy());
      return TaskHandle.NOOP;
    }

    @Override
    public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
      return fake.refuse(execution, stateName, resource, kind);
    }
  }

  static String key(String machine, String state) {
    return machine + "\u0000" + state;
  }

  /** The execution a distributed Map's child belongs to: its Task states are in that one's definition. */
  private static ExecutionRun top(ExecutionRun run) {
    ExecutionRun top = run;
    while (top.spec().parent() != null) {
      top = top.spec().parent();
    }
    return top;
  }

  /** The Task state of that name anywhere in the definition (state names are unique in a machine). */
  private TaskPlace taskState(StateMachineDefinition definition, String name) {
    return taskStates.computeIfAbsent(definition, d -> {
      Map<String, TaskPlace> found = new HashMap<>();
      collect(d.graph(), List.of(), found);
      return found;
    }).get(name);
  }

  /** The Task states of a graph, and of the branches and iterations in it, with the names handled around them. */
  static void collect(StateGraph graph, List<String> enclosing, Map<String, TaskPlace> found) {
    for (State state : graph.states().values()) {
      if (state instanceof TaskState task) {
        found.put(task.name(), new TaskPlace(task, enclosing));
      } else if (state instanceof ParallelState parallel) {
        List<String> names = handled(enclosing, parallel.errorHandling());
        parallel.branches().forEach(branch -> collect(branch, names, found));
      } else if (state instanceof MapState map) {
        collect(map.processor().graph(), handled(enclosing, map.errorHandling()), found);
      }
    }
  }

  private static List<String> handled(List<String> enclosing, dev.sfntest.internal.asl.ErrorHandling handling) {
    List<String> names = new ArrayList<>(enclosing);
    handling.retry().forEach(retrier -> names.addAll(retrier.errorEquals()));
    handling.catchers().forEach(catcher -> names.addAll(catcher.errorEquals()));
    return List.copyOf(names);
  }

  /** Every Task state of a definition, in definition order, nested ones after their container. */
  static List<TaskState> taskStatesOf(StateMachineDefinition definition) {
    Map<String, TaskPlace> found = new LinkedHashMap<>();
    collect(definition.graph(), List.of(), found);
    return found.values().stream().map(TaskPlace::state).toList();
  }
}
