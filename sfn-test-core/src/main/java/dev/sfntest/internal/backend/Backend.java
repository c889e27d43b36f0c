package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.engine.Engine;
import dev.sfntest.internal.engine.EngineObserver;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.Ids;
import dev.sfntest.internal.engine.Limits;
import dev.sfntest.internal.engine.MapRun;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.history.RecordedEvent;
import dev.sfntest.internal.tasks.MockFile;
import dev.sfntest.internal.tasks.MockFileCases;
import dev.sfntest.internal.tasks.NestedExecutions;
import dev.sfntest.internal.tasks.ObjectStore;
import dev.sfntest.internal.tasks.ProgrammedMocks;
import dev.sfntest.internal.tasks.S3ItemReader;
import dev.sfntest.internal.tasks.S3ResultWriter;
import dev.sfntest.internal.tasks.TaskChain;
import dev.sfntest.internal.tasks.TaskLink;
import dev.sfntest.internal.tasks.TaskTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One fake's AWS API, without SDK types: the registries of state machines, versions, aliases,
 * executions, activities and tags, each an object with the operations on it. Every operation runs
 * under the scheduler's lock and, before returning, lets every execution run as far as it can.
 *
 * <p>It is also the one place a fake is put together: its constructor builds the scheduler, the
 * task chain (in its one order: state mock, resource mock, mock file, activity, nested execution,
 * then the "no mock" failure), the S3 stand-in and the engine, each given what it needs when it
 * is made. Nothing is wired in afterwards.
 *
 * <pre>{@code
 * Backend backend = new Backend(Backend.Settings.DEFAULTS);
 * backend.mocks().forState("Ship").add(MockResponse.returning(Json.object()));
 * backend.executions().start(machineArn, "run-1", "{}", null);
 * }</pre>
 */
public final class Backend {

  /**
   * What a fake is built with.
   *
   * @param region the region in ARNs
   * @param account the account id in ARNs
   * @param initialTime where the clock starts
   * @param timeSkipping whether the clock jumps to the next timer when nothing else can happen
   * @param seed the seed of generated names, tokens, jitter and random functions
   * @param timeSource the wall clock the scheduler reads (a {@link dev.sfntest.internal.engine.WallClock}),
   *     or {@code null} for virtual time alone
   * @param activityPollTimeout how long GetActivityTask waits for a task, in real time
   * @param mockFile a Step Functions Local mock file, or {@code null}
   * @param keepFinishedExecutions how many finished executions each state machine keeps
   *     ({@link Integer#MAX_VALUE}: all, as AWS keeps them for 90 days)
   * @param unmockedTasks what answers the tasks no other link answers (sfn-local's Lambda endpoint),
   *     made with the fake's task tokens and its scheduler; {@code null}: they fail saying how to mock them
   */
  public record Settings(String region, String account, Instant initialTime, boolean timeSkipping, long seed,
      Scheduler.TimeSource timeSource, Duration activityPollTimeout, MockFile mockFile,
      int keepFinishedExecutions, BiFunction<TaskTokens, Scheduler, TaskInvoker> unmockedTasks) {

    /** us-east-1, account 123456789012, 2024-01-01T00:00:00Z, time skipping, seed 0, AWS's 60 s poll, keep all. */
    public static final Settings DEFAULTS = new Settings("us-east-1", "123456789012",
        Instant.ofEpochSecond(1_704_067_200L), true, 0, null, ActivityTasks.DEFAULT_POLL_TIMEOUT, null,
        Integer.MAX_VALUE, null);
  }

  private final Arns arns;
  private final Scheduler scheduler;
  private final Ids ids;
  private final TaskTokens tokens;
  private final ProgrammedMocks mocks;
  private final MockFileCases mockFile;
  private final ObjectStore objects;
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

  public Backend(Settings settings) {
    this.arns = new Arns(settings.region(), settings.account());
    this.scheduler = new Scheduler(settings.initialTime(), settings.timeSkipping(), settings.timeSource());
    this.ids = new Ids(settings.seed());
    this.operations = new Operations(scheduler);
    // Callback tasks and activity tasks share one set of tokens: SendTask* answers both.
    this.tokens = new TaskTokens();
    this.mocks = new ProgrammedMocks(tokens);
    this.mockFile = new MockFileCases(tokens, settings.mockFile());
    this.activities = new Activities(operations, arns);
    this.activityTasks = new ActivityTasks(operations, activities, tokens, settings.activityPollTimeout());
    // The one order Task states are answered in: what the test programmed first, most specific first.
    List<TaskLink> links = new ArrayList<>(List.of(
        mocks.byStateName(),
        mocks.byResource(),
        mockFile,
        activityTasks,
        new NestedExecutions(this::startNested, tokens)));
    if (settings.unmockedTasks() != null) {
      links.add(TaskLink.of(settings.unmockedTasks().apply(tokens, scheduler)));
    }
    TaskChain tasks = new TaskChain(tokens, links);
    this.objects = new ObjectStore();
    // The engine calls its sink while it runs, under the lock: the scheduler's time is the clock's.
    this.engine = new Engine(scheduler, ids, tasks, Limits.AWS, new S3ItemReader(objects),
        new S3ResultWriter(objects, scheduler::now), new RecordsMapRuns(this));
    this.stateMachines = new StateMachines(operations, arns, ids, machine -> executions().hasRunning(machine));
    this.versions = new Versions(operations, stateMachines);
    this.aliases = new Aliases(operations, stateMachines, ids);
    this.executions = new Executions(operations, arns, ids, engine, stateMachines, aliases,
        this::mapRuns);
    this.taskResponses = new TaskResponses(operations, tokens, activityTasks);
    this.tags = new Tags(operations, stateMachines, activities);
    this.mapRuns = new MapRuns(operations, executions);
    executions.keepFinished(settings.keepFinishedExecutions());
    executions.checkTestCases(mockFile::refuseTestCase);
  }

  /** A nested {@code states:startExecution} Task starts its child as StartExecution would. */
  private ExecutionRun startNested(String stateMachineArn, String name, String input) {
    try {
      return startExecution(stateMachineArn, name, input);
    } catch (ApiException e) {
      throw new NestedExecutions.StartRefused(e.code(), e.getMessage());
    }
  }

  /** The mocks the test programs by state name and by resource. */
  public ProgrammedMocks mocks() {
    return mocks;
  }

  /** The Step Functions Local mock file in use. */
  public MockFileCases mockFile() {
    return mockFile;
  }

  /** The S3 objects distributed Maps read and write. */
  public ObjectStore objects() {
    return objects;
  }

  /** The task tokens callback and activity tasks wait on. */
  public TaskTokens tokens() {
    return tokens;
  }

  /** The interpreter. */
  public Engine engine() {
    return engine;
  }

  /**
   * Whether a state machine or an activity with that ARN exists now: what DescribeStateMachine or
   * DescribeActivity would find, asked without building an answer or an error.
   */
  public boolean exists(String arn) {
    return operations.call(() -> stateMachines.find(arn) != null || activities.find(arn) != null);
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
   * tokens and activity tasks, every programmed mock and every S3 object; restarts the generated
   * values from the seed and puts the clock back to {@code initialTime}. State machines, versions,
   * aliases, activities, tags and the mock file stay.
   */
  public void reset(Instant initialTime, boolean timeSkipping) {
    scheduler.call(() -> {
      executions.stopAndForgetAll();
      mapRuns.clear();
      activityTasks.clear();
      tokens.clear();
      mocks.clearMocks();
      objects.clear();
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
  public List<RecordedEvent> history(String arn) {
    return call(() -> executions.execution(arn).run().history().snapshot());
  }

  /**
   * Records the map runs and child executions distributed Maps start, for the API to answer about.
   * The registries it tells are made after the engine, so it reads them from the backend when told.
   */
  private static final class RecordsMapRuns implements EngineObserver {
    private final Backend backend;

    RecordsMapRuns(Backend backend) {
      this.backend = backend;
    }

    @Override
    public void mapRunStarted(MapRun mapRun) {
      backend.mapRuns().started(mapRun);
    }

    @Override
    public void childExecutionStarted(MapRun mapRun, ExecutionRun child, int itemCount) {
      backend.executions().childStarted(mapRun, child, itemCount);
    }

    @Override
    public void childExecutionRedriven(ExecutionRun child) {
      backend.executions().childRedriven(child);
    }
  }
}
