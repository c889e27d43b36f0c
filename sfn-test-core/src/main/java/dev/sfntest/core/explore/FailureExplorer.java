package dev.sfntest.core.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.StateMachine;
import dev.sfntest.internal.asl.DefinitionParser;
import dev.sfntest.internal.asl.StateMachineDefinition;
import dev.sfntest.internal.asl.TaskState;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Runs a state machine once per failure its Task states can meet, and reports how each run ended:
 * the paths a test suite does not think of. Given the test's normal mocks and an input, it first
 * runs the workflow without faults (the baseline), then once per fault of every Task state the
 * baseline reached (in Parallel branches, Map iterations and child executions started with {@code
 * .sync} too):
 * <ul>
 *   <li>each error its {@code Retry} and {@code Catch} name (and those of the Map and Parallel
 *       states around it), {@code States.TaskFailed}, and the
 *       integration's service errors ({@code Lambda.ServiceException}, {@code
 *       Lambda.TooManyRequestsException}, ...);
 *   <li>{@code States.Timeout} where the state sets {@code TimeoutSeconds}, a missed heartbeat
 *       where it sets {@code HeartbeatSeconds};
 *   <li>each on 1, 2, ... attempts in a row, up to the retrier's {@code MaxAttempts} plus one: the
 *       fault that goes away after a retry, and the one that outlasts every retry.
 * </ul>
 * With {@link #pairs()} it also runs every pair of faults in two different states (the second
 * may be in a state only the first leads to, like a Catch's compensation). A budget bounds the
 * executions; the {@link Exploration} says how many ran and what was not explored.
 *
 * <p>The runs happen in a fake of the explorer's own, with the test fake's state machines,
 * activities, region, account and current time, so the test's fake, its clock and its mocks'
 * recorded calls are left as they were. The test's mocks answer every call the faults leave alone
 * (a {@code TaskHandler} is called once per run that reaches it). Runs are deterministic: the same
 * machine, input and mocks give the same exploration.
 *
 * <pre>{@code
 * Exploration exploration = FailureExplorer.of(order)
 *     .withInput("{\"orderId\": \"42\"}")
 *     .explore();
 * assertThat(exploration).everyFaultIsHandled();
 * }</pre>
 */
public final class FailureExplorer {

  /** The executions an exploration may run unless told otherwise. */
  public static final int DEFAULT_BUDGET = 10_000;

  private final StateMachine machine;
  private String input = "{}";
  private String testCase;
  private boolean pairs;
  private int budget = DEFAULT_BUDGET;
  private JsonNode unmockedResult;

  private FailureExplorer(StateMachine machine) {
    this.machine = Objects.requireNonNull(machine, "machine");
  }

  /**
   * An explorer of a state machine deployed on the fake (in a test: the {@code @Deploy} field, or
   * {@code sfn.deploy(...)}).
   *
   * @throws NullPointerException when {@code machine} is null
   */
  public static FailureExplorer of(StateMachine machine) {
    return new FailureExplorer(machine);
  }

  /** The input every run starts with (default {@code {}}). */
  public FailureExplorer withInput(String json) {
    this.input = Objects.requireNonNull(json, "json");
    return this;
  }

  /**
   * Starts the runs on {@code stateMachineArn#testCase}, so that the fake's Step Functions Local
   * mock file answers the Task states that test case lists.
   */
  public FailureExplorer withTestCase(String testCase) {
    this.testCase = Objects.requireNonNull(testCase, "testCase");
    return this;
  }

  /** Also runs every pair of faults in two different Task states, after the single faults. */
  public FailureExplorer pairs() {
    this.pairs = true;
    return this;
  }

  /**
   * The most executions to run, the baseline included (default {@value #DEFAULT_BUDGET}). Faults
   * beyond it are reported as not explored.
   *
   * @throws IllegalArgumentException when less than 1
   */
  public FailureExplorer budget(int executions) {
    if (executions < 1) {
      throw new IllegalArgumentException("A budget allows at least the baseline execution: " + executions);
    }
    this.budget = executions;
    return this;
  }

  /**
   * What a Task no mock answers returns (not an activity, not a child execution of a machine in
   * the fake), instead of failing with {@code States.Runtime}: for exploring a definition before
   * its mocks are written ({@code sfn-local explore} answers {@code {}}).
   */
  public FailureExplorer answeringUnmockedTasksWith(String json) {
    this.unmockedResult = Json.parseUnchecked(Objects.requireNonNull(json, "json"));
    return this;
  }

  /**
   * Runs the baseline and the faults, within the budget.
   *
   * @throws IllegalArgumentException when the state machine is not on the fake
   * @throws IllegalStateException when the baseline run does not end: it waits on something only
   *     a test can give (a task token, an activity worker), which the explorer cannot
   */
  public Exploration explore() {
    long started = System.nanoTime();
    try (Sandbox sandbox = new Sandbox(machine.client(), machine.arn(), testCase, unmockedResult)) {
      return new Run(sandbox).explore(started);
    }
  }

  /** One exploration in progress. */
  private final class Run {
    private final Sandbox sandbox;
    private final List<FaultRun> runs = new ArrayList<>();
    private final List<NotExplored> notExplored = new ArrayList<>();
    /** The faults of each Task state reached so far, by machine and state. */
    private final Map<String, TaskFaults.Catalogue> catalogues = new LinkedHashMap<>();
    private int enumerated;
    private int executions;

    Run(Sandbox sandbox) {
      this.sandbox = sandbox;
    }

    Exploration explore(long started) {
      Sandbox.Run first = sandbox.run(input, List.of());
      executions++;
      FaultRun baseline = RunReading.read(first, List.of());
      if (baseline.status() == ExecutionStatus.RUNNING) {
        throw new IllegalStateException("The execution of '" + machine.name() + "' does not end without faults: "
            + "it waits on something only a test can give (a task token, an activity worker). Mock those Task "
            + "states so that the workflow can run on its own, then explore it.");
      }
      Set<String> reached = new LinkedHashSet<>(first.facts().tasks().keySet());
      List<Fault> singles = new ArrayList<>();
      for (FaultInjector.TaskSeen task : first.facts().tasks().values()) {
        singles.addAll(catalogue(task).faults());
      }
      enumerated += singles.size();
      Map<Fault, Map<String, FaultInjector.TaskSeen>> reachedAfter = new LinkedHashMap<>();
      int skipped = 0;
      for (Fault fault : singles) {
        if (executions >= budget) {
          skipped++;
          continue;
        }
        Sandbox.Run run = sandbox.run(input, List.of(fault));
        executions++;
        runs.add(RunReading.read(run, List.of(fault)));
        reachedAfter.put(fault, run.facts().tasks());
      }
      if (skipped > 0) {
        notExplored.add(new NotExplored(skipped + (skipped == 1 ? " single fault" : " single faults"),
            "beyond the budget of " + budget + " executions"));
      }
      Map<String, Fault> onlyAfterFault = new LinkedHashMap<>();
      reachedAfter.forEach((fault, tasks) -> tasks.forEach((key, task) -> {
        if (!reached.contains(key)) {
          catalogue(task);
          onlyAfterFault.putIfAbsent(key, fault);
        }
      }));
      if (pairs) {
        explorePairs(reachedAfter);
      } else {
        onlyAfterFault.forEach((key, fault) -> notExplored.add(new NotExplored(stateOf(key),
            "reached only after another fault (" + fault.describe() + "): explore pairs to fault it")));
      }
      Set<String> everReached = new HashSet<>(reached);
      reachedAfter.values().forEach(tasks -> everReached.addAll(tasks.keySet()));
      notReached(first, everReached);
      return new Exploration(machine.name(), input, baseline, runs, enumerated, notExplored,
          Duration.ofNanos(System.nanoTime() - started));
    }

    /** Every pair of faults in two states, the second reached in the first's run. */
    private void explorePairs(Map<Fault, Map<String, FaultInjector.TaskSeen>> reachedAfter) {
      Set<Set<Fault>> done = new HashSet<>();
      List<List<Fault>> pairsToRun = new ArrayList<>();
      reachedAfter.forEach((first, tasks) -> {
        for (FaultInjector.TaskSeen task : tasks.values()) {
          if (task.machine().equals(first.machine()) && task.state().name().equals(first.state())) {
            continue;
          }
          for (Fault second : catalogue(task).faults()) {
            if (done.add(Set.of(first, second))) {
              pairsToRun.add(List.of(first, second));
            }
          }
        }
      });
      enumerated += pairsToRun.size();
      int skipped = 0;
      for (List<Fault> pair : pairsToRun) {
        if (executions >= budget) {
          skipped++;
          continue;
        }
        Sandbox.Run run = sandbox.run(input, pair);
        executions++;
        runs.add(RunReading.read(run, pair));
      }
      if (skipped > 0) {
        notExplored.add(new NotExplored(skipped + (skipped == 1 ? " pair of faults" : " pairs of faults"),
            "beyond the budget of " + budget + " executions"));
      }
    }

    /** The faults of a Task state, enumerated once; what it cannot be explored with goes to the report. */
    private TaskFaults.Catalogue catalogue(FaultInjector.TaskSeen task) {
      return catalogues.computeIfAbsent(FaultInjector.key(task.machine(), task.state().name()), key -> {
        TaskFaults.Catalogue catalogue = TaskFaults.of(task.machine(), task.state(), task.kind(),
            task.enclosingNames());
        catalogue.notExplored().forEach(item -> notExplored.add(task.machine().equals(machine.name()) ? item
            : new NotExplored(task.machine() + "/" + item.what(), item.reason())));
        return catalogue;
      });
    }

    /** Task states of the explored definition no run reached. */
    private void notReached(Sandbox.Run first, Set<String> everReached) {
      StateMachineDefinition definition = DefinitionParser.parse(machine.describe().definition());
      for (TaskState state : FaultInjector.taskStatesOf(definition)) {
        if (!everReached.contains(FaultInjector.key(machine.name(), state.name()))) {
          notExplored.add(new NotExplored(state.name(), "no run reached it with this input and these mocks"));
        }
      }
    }

    private String stateOf(String key) {
      String[] parts = key.split("\u0000", 2);
      return parts[0].equals(machine.name()) ? parts[1] : parts[0] + "/" + parts[1];
    }
  }
}
