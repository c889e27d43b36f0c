package dev.sfntest.internal.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.Engine;
import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.ExecutionSpec;
import dev.sfntest.internal.engine.RunStatus;
import dev.sfntest.internal.engine.Ids;
import dev.sfntest.internal.engine.Limits;
import dev.sfntest.internal.engine.MapRun;
import dev.sfntest.internal.engine.Scheduler;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.RecordedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The executions of one fake: StartExecution (of a machine, a version or an alias, with a Step
 * Functions Local {@code #TestCase}), StartSyncExecution, DescribeExecution,
 * DescribeStateMachineForExecution, ListExecutions, GetExecutionHistory, StopExecution and
 * RedriveExecution, with AWS's rules. A distributed Map's child executions are recorded here too,
 * as the engine starts them, and answer these operations as AWS's do.
 *
 * <pre>{@code
 * ExecutionRecord run = executions.start(machineArn + ":prod", "order-42", "{}", null);
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html">StartExecution</a>
 */
public final class Executions {

  /** The statuses ListExecutions filters by, in the order AWS lists them in its message (recorded). */
  private static final List<String> STATUSES =
      List.of("SUCCEEDED", "TIMED_OUT", "PENDING_REDRIVE", "ABORTED", "FAILED", "RUNNING");

  /** The longest {@code nextToken} of ListExecutions and GetExecutionHistory (recorded). */
  private static final int MAX_TOKEN_LENGTH = 3096;

  /** What ListExecutions lists by. */
  public record Query(String stateMachineArn, String mapRunArn, String statusFilter, String redriveFilter,
      Integer maxResults, String nextToken) {}

  private record Target(StateMachineRecord machine, VersionRecord version, AliasRecord alias) {
    Revision revision() {
      return version != null ? version.revision() : machine.revision();
    }
  }

  private final Operations operations;
  private final Scheduler scheduler;
  private final Arns arns;
  private final Ids ids;
  private final Engine engine;
  private final StateMachines machines;
  private final Aliases aliases;
  private final Supplier<MapRuns> mapRuns;
  /** Every execution the fake keeps, by ARN: DescribeExecution finds one at once. */
  private final Map<String, ExecutionRecord> executions = new HashMap<>();
  /** The executions each machine started, by status: ListExecutions reads only these. */
  private final Map<StateMachineRecord, MachineExecutions> byMachine = new IdentityHashMap<>();
  /** Why a Step Functions Local test case cannot be used, by machine name and case; null when it can. */
  private volatile java.util.function.BiFunction<String, String, String> testCases = (machine, testCase) -> null;
  /** The revision each map run's children run, made once per map run (a run may have thousands). */
  private final Map<String, Revision> childRevisions = new HashMap<>();
  private long sequence;
  private int keepFinished = Integer.MAX_VALUE;

  /** @param mapRuns the map runs the engine's distributed Maps started; read under the lock */
  Executions(Operations operations, Arns arns, Ids ids, Engine engine, StateMachines machines, Aliases aliases,
      Supplier<MapRuns> mapRuns) {
    this.operations = operations;
    this.scheduler = operations.scheduler();
    this.arns = arns;
    this.ids = ids;
    this.engine = engine;
    this.machines = machines;
    this.aliases = aliases;
    this.mapRuns = mapRuns;
  }

  /**
   * Records a child execution a map run started (the engine tells, under the lock). Its machine is
   * its parent's; its revision is the Map's ItemProcessor (see {@link ItemProcessors}).
   */
  void childStarted(MapRun mapRun, ExecutionRun child, int itemCount) {
    ExecutionRecord parent = executions.get(child.spec().parent().arn());
    Revision revision = childRevisions.computeIfAbsent(mapRun.arn(),
        arn -> ItemProcessors.revision(parent.revision(), mapRun, child.spec().definition()));
    executions.put(child.arn(), new ExecutionRecord(child, parent.machine(), revision, sequence++, mapRun, itemCount));
  }

  /** A map run's redrive redrives one of its STANDARD children: DescribeExecution shows when. */
  void childRedriven(ExecutionRun child) {
    ExecutionRecord record = executions.get(child.arn());
    if (record != null) {
      record.redriven(scheduler.now(), null);
    }
  }

  /** Checks the {@code #TestCase} of StartExecution: the reason a case cannot be used, or null. */
  void checkTestCases(java.util.function.BiFunction<String, String, String> check) {
    this.testCases = java.util.Objects.requireNonNull(check);
  }

  // ------------------------------------------------------------------ start

  /**
   * StartExecution. On return the execution has run as far as it can. Starting a name again while
   * that execution runs with the same input returns it; otherwise {@code ExecutionAlreadyExists}.
   *
   * @param stateMachineArn a machine, version or alias ARN, optionally with {@code #TestCase}
   */
  public ExecutionRecord start(String stateMachineArn, String name, String input, String traceHeader) {
    return operations.call(() -> startNow(stateMachineArn, name, input, traceHeader, false));
  }

  /**
   * StartSyncExecution: EXPRESS machines only. Runs the execution to its end, moving the clock
   * from timer to timer as a real wait would, whether time skipping is on or not. An execution that
   * still has not ended when it reaches the Express limit of five minutes (it waits on the test: a
   * silent mock) times out there, and the answer is AWS's for a timed-out execution.
   */
  public ExecutionSnapshot startSync(String stateMachineArn, String name, String input, String traceHeader) {
    return operations.call(() -> {
      ExecutionRecord record = startNow(stateMachineArn, name, input, traceHeader, true);
      runToEnd(record.run());
      return ExecutionSnapshot.of(record, null);
    });
  }

  private ExecutionRecord startNow(String stateMachineArn, String name, String input, String traceHeader,
      boolean sync) {
    Constraints.required(stateMachineArn, "stateMachineArn");
    String arn = stateMachineArn;
    String testCase = null;
    int hash = stateMachineArn.indexOf('#');
    if (hash >= 0) {
      // Step Functions Local's mock test case: "stateMachineArn#TestCase".
      arn = stateMachineArn.substring(0, hash);
      testCase = stateMachineArn.substring(hash + 1);
      if (testCase.isEmpty()) {
        throw ApiException.invalidArn("Invalid Arn: 'Invalid ARN prefix: " + stateMachineArn + "'");
      }
    }
    Target target = resolve(arn);
    StateMachineRecord machine = target.machine();
    if (sync && !machine.isExpress()) {
      throw ApiException.typeNotSupported();
    }
    if (testCase != null) {
      // Refused at once, naming the cases there are, rather than an execution that mocks nothing.
      String refusal = testCases.apply(machine.name(), testCase);
      if (refusal != null) {
        throw ApiException.validation(refusal);
      }
    }
    String executionName;
    if (name == null) {
      executionName = ids.uuid(); // a UUID is always a legal name
    } else {
      Names.check(name);
      executionName = name;
    }
    Constraints.length(traceHeader, "traceHeader", 0, 256);
    String inputText = input == null ? "{}" : input;
    JsonNode inputNode = parsedInput(inputText);
    if (machine.isDeleting()) {
      throw ApiException.stateMachineDeleting(machine.arn());
    }
    String executionArn = machine.isExpress()
        ? arns.expressExecution(machine.name(), executionName, ids.uuid())
        : arns.execution(machine.name(), executionName);
    ExecutionRecord existing = executions.get(executionArn);
    if (existing != null) {
      if (existing.run().isRunning() && existing.run().spec().inputText().equals(inputText)) {
        return existing;
      }
      throw new ApiException("ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'");
    }
    Revision revision = target.revision();
    VersionRecord version = target.version();
    ExecutionSpec spec = new ExecutionSpec(executionArn, executionName, machine.arn(), machine.name(),
        revision.definition(), inputNode, inputText, revision.roleArn(), machine.isExpress(), sync,
        version == null ? null : version.arn(), target.alias() == null ? null : target.alias().arn(), testCase, null);
    ExecutionRun run = engine.start(spec, this::ended);
    ExecutionRecord record = new ExecutionRecord(run, machine, revision, traceHeader, sequence++);
    executions.put(executionArn, record);
    byMachine.computeIfAbsent(machine, m -> new MachineExecutions()).add(record);
    return record;
  }

  /** The machine, version or alias a start names; an alias picks its version by weight. */
  private Target resolve(String arn) {
    Arns.Parsed parsed = parsedTarget(arn);
    switch (parsed.kind()) {
      case VERSION: {
        VersionRecord version = machines.version(parsed);
        return new Target(version.machine(), version, null);
      }
      case ALIAS: {
        AliasRecord alias = machines.findAlias(parsed);
        if (alias == null) {
          throw ApiException.stateMachineDoesNotExist(arn);
        }
        return new Target(alias.machine(), aliases.pick(alias), alias);
      }
      default:
        return new Target(machines.machine(arn), null, null);
    }
  }

  /**
   * The last start target parsed, by its text: tests and benchmarks start many executions of one
   * machine, and a parsed ARN is immutable. Only the text is remembered; the machine, version or
   * alias it names is looked up on every start.
   */
  private Arns.Parsed lastTarget;

  private Arns.Parsed parsedTarget(String arn) {
    Arns.Parsed last = lastTarget;
    if (last != null && last.arn().equals(arn)) {
      return last;
    }
    Arns.Parsed parsed = Arns.require(arn, "stateMachineArn", Arns.Kind.STATE_MACHINE, Arns.Kind.VERSION, Arns.Kind.ALIAS);
    lastTarget = parsed;
    return parsed;
  }

  /**
   * The last input parsed, by its text: tests and benchmarks start many executions with the same
   * input, and the engine never changes a tree it was given, so the parsed tree can be shared.
   */
  private String lastInputText;
  private JsonNode lastInput;

  private JsonNode parsedInput(String inputText) {
    if (!inputText.equals(lastInputText)) {
      lastInput = parseInput(inputText);
      lastInputText = inputText;
    }
    return lastInput;
  }

  /** AWS's checks of an execution input; the parse error's text is Jackson's, as AWS's (recorded). */
  private static JsonNode parseInput(String inputText) {
    if (inputText.isEmpty()) {
      throw new ApiException("InvalidExecutionInput", "Invalid State Machine Execution Input: 'Invalid execution input.'");
    }
    if (inputText.getBytes(StandardCharsets.UTF_8).length > Limits.AWS.maxPayloadBytes()) {
      throw new ApiException("InvalidExecutionInput",
          "Invalid State Machine Execution Input: 'Input size exceeds the maximum allowed size of 256 KiB.'");
    }
    try {
      return Json.parse(inputText);
    } catch (JsonProcessingException e) {
      throw new ApiException("InvalidExecutionInput",
          "Invalid State Machine Execution Input: '" + e.getOriginalMessage() + "'");
    }
  }

  /** Moves the clock from timer to timer until the execution ends; the Express limit bounds it. */
  private void runToEnd(ExecutionRun run) {
    Instant deadline = run.startDate().plus(ExecutionRun.EXPRESS_MAX_DURATION);
    scheduler.runUntilQuiet();
    while (run.isRunning()) {
      Instant next = scheduler.nextTimer();
      Instant target = next == null || next.isAfter(deadline) ? deadline : next;
      if (target.isBefore(scheduler.now())) {
        target = scheduler.now();
      }
      scheduler.setTime(target);
      if (!target.isBefore(deadline) && run.isRunning()) {
        return; // cannot happen: the engine times an EXPRESS execution out at the deadline
      }
    }
  }

  // ------------------------------------------------------------------ describe and list

  /**
   * DescribeExecution. EXPRESS executions are not describable, AWS's InvalidArn (recorded), unless
   * a map run started them (AWS documents the exception).
   *
   * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html">DescribeExecution</a>
   */
  public ExecutionSnapshot describe(String executionArn) {
    return operations.call(() -> {
      ExecutionRecord record = describable(executionArn);
      return ExecutionSnapshot.of(record, RedriveRules.judge(record, scheduler.now()));
    });
  }

  private ExecutionRecord describable(String executionArn) {
    Arns.Parsed parsed = Arns.require(executionArn, "executionArn", Arns.Kind.EXECUTION, Arns.Kind.EXPRESS_EXECUTION);
    if (parsed.kind() == Arns.Kind.EXPRESS_EXECUTION) {
      ExecutionRecord record = executions.get(executionArn);
      if (record != null && record.isMapRunChild()) {
        return record;
      }
    }
    // Any other EXPRESS ARN gets the InvalidArn it always got, whether the execution exists or not.
    return execution(executionArn);
  }

  /**
   * What a running execution waits on from the test, in words; empty once it ended. Not an AWS
   * operation.
   */
  public List<String> waitsOnTest(String executionArn) {
    return operations.call(() -> execution(executionArn).run().waitsOnTest());
  }

  /**
   * What a running execution waits for on the clock, with the clock's time, read at one moment
   * (without letting executions progress). Not an AWS operation.
   */
  public dev.sfntest.internal.engine.Deadline.Waits deadlines(String executionArn) {
    return scheduler.read(() -> new dev.sfntest.internal.engine.Deadline.Waits(scheduler.now(),
        scheduler.isTimeSkipping(), execution(executionArn).run().deadlines()));
  }

  /** The exceptions other than {@code TaskFailure} that task handlers threw in the execution. Not an AWS operation. */
  public List<Throwable> handlerExceptions(String executionArn) {
    return scheduler.read(() -> execution(executionArn).run().handlerExceptions());
  }

  /** DescribeStateMachineForExecution: not for EXPRESS executions, a map run's neither (AWS documents). */
  public ExecutionRecord stateMachineFor(String executionArn) {
    return operations.call(() -> execution(executionArn));
  }

  /** The execution, or AWS's {@code ExecutionDoesNotExist}. Under the lock. */
  ExecutionRecord execution(String executionArn) {
    Arns.require(executionArn, "executionArn", Arns.Kind.EXECUTION);
    ExecutionRecord record = executions.get(executionArn);
    if (record == null) {
      throw ApiException.executionDoesNotExist(executionArn);
    }
    return record;
  }

  /**
   * ListExecutions of a machine (every execution, also those through versions and aliases), of a
   * version, or of an alias; newest first, as AWS lists them (recorded). With {@code mapRunArn}: the
   * map run's child executions, STANDARD or EXPRESS, newest first too (assumed).
   */
  public Page<ExecutionSnapshot> list(Query query) {
    return operations.call(() -> {
      Page.checkedSize(query.maxResults());
      Constraints.oneOf(query.statusFilter(), "statusFilter", STATUSES);
      Constraints.oneOf(query.redriveFilter(), "redriveFilter", List.of("REDRIVEN", "NOT_REDRIVEN"));
      if ((query.stateMachineArn() == null) == (query.mapRunArn() == null)) {
        // AWS documents the rule (one of the two, not both); its text is not known.
        throw ApiException.validation("Exactly one of stateMachineArn and mapRunArn must be specified");
      }
      if (query.mapRunArn() != null) {
        return children(query).map(record -> ExecutionSnapshot.of(record, null));
      }
      Arns.Parsed parsed = Arns.require(query.stateMachineArn(), "stateMachineArn", Arns.Kind.STATE_MACHINE, Arns.Kind.VERSION,
          Arns.Kind.ALIAS);
      StateMachineRecord machine;
      if (parsed.kind() == Arns.Kind.VERSION) {
        machine = machines.version(parsed).machine();
      } else if (parsed.kind() == Arns.Kind.ALIAS) {
        machine = aliases.alias(parsed.arn()).machine();
      } else {
        machine = machines.machine(parsed.arn());
      }
      if (machine.isExpress()) {
        throw ApiException.typeNotSupported();
      }
      MachineExecutions started = byMachine.getOrDefault(machine, new MachineExecutions());
      NavigableMap<Long, ExecutionRecord> candidates = query.statusFilter() == null ? started.all()
          : started.withStatus(RunStatus.valueOf(query.statusFilter()));
      String listing = "executions:" + parsed.arn() + ":" + query.statusFilter() + ":" + query.redriveFilter();
      return Page.afterKey(candidates,
          e -> (parsed.kind() != Arns.Kind.VERSION || parsed.arn().equals(e.versionArn()))
              && (parsed.kind() != Arns.Kind.ALIAS || parsed.arn().equals(e.aliasArn()))
              && matches(e, query),
          query.maxResults(), query.nextToken(), listing, MAX_TOKEN_LENGTH, true)
          .map(record -> ExecutionSnapshot.of(record, null));
    });
  }

  /** ListExecutions of a map run: its children, with the same filters. Under the lock. */
  private Page<ExecutionRecord> children(Query query) {
    Arns.require(query.mapRunArn(), "mapRunArn", Arns.Kind.MAP_RUN);
    MapRun mapRun = mapRuns.get().mapRun(query.mapRunArn());
    List<ExecutionRecord> all = mapRun.children().stream()
        .map(child -> executions.get(child.arn()))
        .filter(e -> matches(e, query))
        .sorted(Comparator.comparingLong(ExecutionRecord::sequence).reversed())
        .collect(Collectors.toList());
    String listing = "executions:" + query.mapRunArn() + ":" + query.statusFilter() + ":" + query.redriveFilter();
    return Page.afterKey(all, query.maxResults(), query.nextToken(), listing, MAX_TOKEN_LENGTH,
        ExecutionRecord::sequence, true);
  }

  private static boolean matches(ExecutionRecord record, Query query) {
    return (query.statusFilter() == null || record.run().status().name().equals(query.statusFilter()))
        && (query.redriveFilter() == null
            || (record.run().redriveCount() > 0) == query.redriveFilter().equals("REDRIVEN"));
  }

  /** GetExecutionHistory: one page of events, in id order or reversed. */
  public Page<RecordedEvent> history(String executionArn, Integer maxResults, String nextToken, boolean reverse) {
    return operations.call(() -> {
      Page.checkedSize(maxResults);
      List<RecordedEvent> events = new ArrayList<>(execution(executionArn).run().history().snapshot());
      if (reverse) {
        Collections.reverse(events);
      }
      return Page.afterKey(events, maxResults, nextToken, "history:" + executionArn + ":" + reverse, MAX_TOKEN_LENGTH,
          RecordedEvent::id, reverse);
    });
  }

  /**
   * The events an EXPRESS execution logs (AWS sends them to CloudWatch Logs at level ALL instead of
   * keeping a history). Not an AWS operation; a standard execution's ARN is refused as AWS's
   * InvalidArn for the wrong resource type.
   */
  public List<RecordedEvent> expressLog(String executionArn) {
    return operations.call(() -> {
      Arns.require(executionArn, "executionArn", Arns.Kind.EXPRESS_EXECUTION);
      ExecutionRecord record = executions.get(executionArn);
      if (record == null) {
        throw ApiException.executionDoesNotExist(executionArn);
      }
      return List.copyOf(record.run().history().snapshot());
    });
  }

  // ------------------------------------------------------------------ stop and redrive

  /**
   * StopExecution: the execution ends ABORTED with the given error and cause. Stopping an execution
   * that has already ended changes nothing and answers its stop date.
   */
  public Instant stop(String executionArn, String error, String cause) {
    return operations.call(() -> {
      Constraints.length(error, "error", 0, 256);
      Constraints.length(cause, "cause", 0, 32_768);
      ExecutionRecord record = execution(executionArn);
      record.run().stop(error, cause);
      return record.run().stopDate();
    });
  }

  /**
   * RedriveExecution: reruns a FAILED, TIMED_OUT or ABORTED execution from the state it ended in
   * (see {@link ExecutionRun#redrive()}). A repeated call with the same {@code clientToken} while
   * the redriven execution runs answers the same redrive date and redrives nothing.
   */
  public Instant redrive(String executionArn, String clientToken) {
    return operations.call(() -> {
      Constraints.length(clientToken, "clientToken", 1, 64);
      ExecutionRecord record = execution(executionArn);
      if (record.isMapRunChild()) {
        // AWS redrives a map run's children by redriving the parent (documented); its refusal of a
        // child's own redrive is not known, the words are the fake's.
        throw new ApiException("ExecutionNotRedrivable", "Execution was started by the Map Run "
            + record.mapRun().arn() + "; redrive its parent execution " + record.mapRun().executionArn());
      }
      if (clientToken != null && clientToken.equals(record.redriveToken()) && record.run().isRunning()) {
        return record.redriveDate();
      }
      RedriveRules.Verdict verdict = RedriveRules.judge(record, scheduler.now());
      if (!verdict.redrivable()) {
        // AWS's text is not known; the reason is the one DescribeExecution gives.
        throw new ApiException("ExecutionNotRedrivable", verdict.reason());
      }
      record.redriven(scheduler.now(), clientToken);
      record.run().redrive();
      file(record);
      return record.redriveDate();
    });
  }

  // ------------------------------------------------------------------ for the other registries

  /**
   * Stops every execution still running (a Map's or a nested child too, whatever the order) and
   * forgets them all, with their histories. Under the lock.
   */
  void stopAndForgetAll() {
    boolean stopped;
    do {
      stopped = false;
      for (ExecutionRecord record : new ArrayList<>(executions.values())) {
        if (record.run().isRunning()) {
          record.run().stop("sfn-test.Reset", "The fake was reset");
          stopped = true;
        }
      }
      // Stopping one may have started work (a parent's catch), which the scheduler runs now.
      scheduler.runUntilQuiet();
    } while (stopped);
    executions.clear();
    byMachine.clear();
    childRevisions.clear();
    lastTarget = null;
    lastInputText = null;
    lastInput = null;
  }

  /**
   * Whether an execution of the machine is running (a map run's children run only while their
   * parent does). Under the lock.
   */
  boolean hasRunning(StateMachineRecord machine) {
    MachineExecutions started = byMachine.get(machine);
    return started != null && started.hasRunning();
  }

  // ------------------------------------------------------------------ status changes and retention

  /**
   * Keeps at most {@code count} finished executions of each state machine: when one more
   * finishes, the one that finished earliest is forgotten, with its map runs and their child
   * executions (DescribeExecution then answers {@code ExecutionDoesNotExist}, as AWS does once it
   * no longer keeps a closed execution). Running executions are always kept.
   *
   * @throws IllegalArgumentException for a negative count
   */
  public void keepFinished(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("The number of finished executions to keep is 0 or more: " + count);
    }
    operations.run(() -> {
      keepFinished = count;
      byMachine.values().forEach(this::retain);
    });
  }

  /** An execution the API started ended (the engine tells, under the lock). */
  private void ended(ExecutionRun run) {
    ExecutionRecord record = executions.get(run.arn());
    if (record == null) {
      return; // it ended before it was recorded; recording it files it by its status then
    }
    file(record);
    machines.removeIfDone(record.machine());
  }

  /** Files the execution under its status now, and applies the retention to its machine. */
  private void file(ExecutionRecord record) {
    MachineExecutions started = byMachine.get(record.machine());
    if (started != null && !record.isMapRunChild()) {
      started.file(record);
      retain(started);
    }
  }

  private void retain(MachineExecutions started) {
    while (started.finishedCount() > keepFinished) {
      forget(started.removeEarliestFinished());
    }
  }

  private void forget(ExecutionRecord record) {
    executions.remove(record.arn());
    for (MapRun mapRun : mapRuns.get().forget(record.arn())) {
      childRevisions.remove(mapRun.arn());
      for (ExecutionRun child : mapRun.children()) {
        executions.remove(child.arn());
      }
    }
  }
}
