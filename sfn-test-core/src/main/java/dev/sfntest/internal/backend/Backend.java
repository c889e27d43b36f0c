package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.engine.Engine;
import dev.sfntest.internal.engine.EngineObserver;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.Ids;
import dev.sfntest.internal.engine.Limits;
import dev.sfntest.internal.engine.MapRun;
import dev.sfntest.internal.engine.ResourceKind;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskCallbacks;
import dev.sfntest.internal.engine.TaskHandle;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.engine.TaskRequest;
import dev.sfntest.internal.history.HistoryEvent;
import dev.sfntest.internal.tasks.MockRegistry;
import dev.sfntest.internal.tasks.TaskTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One fake's AWS API, without SDK types: the registries of state machines, versions, aliases,
 * executions, activities and tags, each an object with the operations on it. Every operation runs
 * under the scheduler's lock and, before returning, lets every execution run as far as it can.
 *
 * <pre>{@code
 * Backend backend = new Backend("us-east-1", "123456789012", Instant.EPOCH, true, 0, mocks);
 * backend.stateMachines().create(...);
 * backend.executions().start(machineArn, "run-1", "{}", null);
 * }</pre>
 */
public final class Backend {

  private final Arns arns;
  private final Scheduler scheduler;
  private final Ids ids;
  private final Engine engine;
  private final Operations operations;
  private final StateMachines stateMachines;
  private final Versions versions;
  private final Aliases aliases;
  private final Executions executions;
  private final Activities activities;
  private final ActivityTasks activityTasks;
  private final TaskResponses taskResponses;
  private final Tags tags;
  private final MapRuns mapRuns;
  private final DefinitionValidation validation = new DefinitionValidation();
  private volatile TaskTokens tokens;
  /** The mocks a test programs, when Task states are answered by a {@link MockRegistry}; else {@code null}. */
  private final MockRegistry mocks;

  /**
   * @param tasks answers Task states; a {@link MockRegistry} gets the activities as a fallback and
   *     shares its task tokens, so that SendTask* answers callbacks and activities alike
   */
  public Backend(String region, String account, Instant initialTime, boolean timeSkipping, long seed,
      TaskInvoker tasks) {
    this(region, account, initialTime, timeSkipping, seed, tasks, null);
  }

  /**
   * A backend whose clock reads {@code timeSource} (a {@link dev.sfntest.internal.engine.WallClock}), or the
   * virtual clock alone when it is {@code null}.
   */
  public Backend(String region, String account, Instant initialTime, boolean timeSkipping, long seed,
      TaskInvoker tasks, Scheduler.TimeSource timeSource) {
    this.arns = new Arns(region, account);
    this.scheduler = new Scheduler(initialTime, timeSkipping, timeSource);
    this.ids = new Ids(seed);
    this.operations = new Operations(scheduler);
    this.activities = new Activities(operations, arns);
    Supplier<TaskTokens> tokenSource = () -> this.tokens;
    this.activityTasks = new ActivityTasks(operations, activities, tokenSource);
    TaskInvoker engineTasks;
    if (tasks instanceof MockRegistry registry) {
      this.mocks = registry;
      this.tokens = registry.tokens();
      registry.addFallback(activityTasks);
      engineTasks = registry;
    } else {
      this.mocks = null;
      this.tokens = new TaskTokens();
      engineTasks = new ActivitiesFirst(activityTasks, tasks);
    }
    this.engine = new Engine(scheduler, ids, engineTasks, Limits.AWS);
    this.stateMachines = new StateMachines(operations, arns, ids, machine -> executions().hasRunning(machine));
    this.versions = new Versions(operations, stateMachines);
    this.aliases = new Aliases(operations, stateMachines, ids);
    this.executions = new Executions(operations, arns, ids, engine, stateMachines, aliases,
        this::mapRuns);
    this.taskResponses = new TaskResponses(operations, tokenSource, activityTasks);
    this.tags = new Tags(operations, stateMachines, activities);
    this.mapRuns = new MapRuns(operations, executions);
    if (tasks instanceof MockRegistry registry) {
      executions.checkTestCases(registry::refuseTestCase);
    }
    engine.setObserver(new RecordsMapRuns(mapRuns, executions));
  }

  /** The mocks a test programs (state, resource, mock file), or {@code null} for a backend built without them. */
  public MockRegistry mocks() {
    return mocks;
  }

  /** The interpreter (the fake wires its item source and result sink into it). */
  public Engine engine() {
    return engine;
  }

  public Arns arns() {
    return arns;
  }

  public Scheduler scheduler() {
    return scheduler;
  }

  public Ids ids() {
    return ids;
  }

  public StateMachines stateMachines() {
    return stateMachines;
  }

  public Versions versions() {
    return versions;
  }

  public Aliases aliases() {
    return aliases;
  }

  public Executions executions() {
    return executions;
  }

  public Activities activities() {
    return activities;
  }

  public ActivityTasks activityTasks() {
    return activityTasks;
  }

  public TaskResponses taskResponses() {
    return taskResponses;
  }

  public Tags tags() {
    return tags;
  }

  public MapRuns mapRuns() {
    return mapRuns;
  }

  public DefinitionValidation validation() {
    return validation;
  }

  /** Runs an operation under the lock, then lets the executions progress. */
  public <T> T call(Supplier<T> operation) {
    return operations.call(operation);
  }

  /**
   * Forgets every execution (stopping those still running), with its history, map runs, task
   * tokens and activity tasks; restarts the generated values from the seed and puts the clock back
   * to {@code initialTime}. State machines, versions, aliases, activities and tags stay.
   */
  public void reset(Instant initialTime, boolean timeSkipping) {
    scheduler.call(() -> {
      executions.stopAndForgetAll();
      mapRuns.clear();
      activityTasks.clear();
      tokens.clear();
      scheduler.reset(initialTime, timeSkipping);
      ids.reset();
      return null;
    });
    // long polls look again: their tasks are gone
    scheduler.wakeWaiters();
  }

  /** Ends the workers' long polls at once; the fake is closing. */
  public void close() {
    activityTasks.close();
  }

  // ------------------------------------------------------------------ shortcuts kept for callers

  /** Creates a state machine (see {@link StateMachines#create}). */
  public StateMachineRecord createStateMachine(String name, String definitionText, String roleArn, String type,
      JsonNode logging, JsonNode tracing, JsonNode encryption, Map<String, String> tagMap) {
    List<Map.Entry<String, String>> tagList = tagMap == null ? List.of() : new ArrayList<>(tagMap.entrySet());
    return stateMachines.create(new StateMachines.NewMachine(name, definitionText, roleArn, type, logging, tracing,
        encryption, null, null, tagList)).machine();
  }

  /** Parses a definition for a STANDARD machine, turning every problem into AWS's {@code InvalidDefinition}. */
  public static StateMachineDefinition parseDefinition(String definitionText) {
    return Definitions.parse(definitionText, "STANDARD");
  }

  /** The state machine with that ARN, or AWS's {@code StateMachineDoesNotExist}. */
  public StateMachineRecord describeStateMachine(String arn) {
    return stateMachines.describe(arn).machine();
  }

  public Page<StateMachineRecord> listStateMachines(Integer maxResults, String nextToken) {
    return stateMachines.list(maxResults, nextToken);
  }

  public void deleteStateMachine(String arn) {
    stateMachines.delete(arn);
  }

  /** Starts an execution (see {@link Executions#start}). */
  public ExecutionRun startExecution(String stateMachineArn, String name, String input) {
    return executions.start(stateMachineArn, name, input, null).run();
  }

  /** The execution's events, in id order. */
  public List<HistoryEvent> history(String arn) {
    return call(() -> executions.execution(arn).run().history().snapshot());
  }

  /** Records the map runs and child executions distributed Maps start, for the API to answer about. */
  private static final class RecordsMapRuns implements EngineObserver {
    private final MapRuns mapRuns;
    private final Executions executions;

    RecordsMapRuns(MapRuns mapRuns, Executions executions) {
      this.mapRuns = mapRuns;
      this.executions = executions;
    }

    @Override
    public void mapRunStarted(MapRun mapRun) {
      mapRuns.started(mapRun);
    }

    @Override
    public void childExecutionStarted(MapRun mapRun, ExecutionRun child, int itemCount) {
      executions.childStarted(mapRun, child, itemCount);
    }

    @Override
    public void childExecutionRedriven(ExecutionRun child) {
      executions.childRedriven(child);
    }
  }

  /** Asks the activities first, then the given invoker, when that is no MockRegistry. */
  private static final class ActivitiesFirst implements TaskInvoker {
    private final ActivityTasks activityTasks;
    private final TaskInvoker next;

    ActivitiesFirst(ActivityTasks activityTasks, TaskInvoker next) {
      this.activityTasks = activityTasks;
      this.next = next;
    }

    @Override
    public TaskHandle invoke(TaskRequest request, TaskCallbacks callbacks) {
      TaskHandle handle = activityTasks.invoke(request, callbacks);
      return handle != null ? handle : next.invoke(request, callbacks);
    }

    @Override
    public String refuse(ExecutionRun execution, String stateName, String resource, ResourceKind kind) {
      String refusal = activityTasks.refuse(execution, stateName, resource, kind);
      return refusal != null ? refusal : next.refuse(execution, stateName, resource, kind);
    }
  }
}
