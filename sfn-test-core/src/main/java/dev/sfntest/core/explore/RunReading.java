package dev.sfntest.core.explore;

import dev.sfntest.internal.engine.FramePath;
import dev.sfntest.trace.Outcome;
import dev.sfntest.trace.Scope;
import dev.sfntest.trace.Trace;
import dev.sfntest.trace.Visit;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Reads one sandbox run into a {@link FaultRun} through the trace model: the path is the states
 * the execution entered, with those of the child executions it started in their place; a fault is
 * handled unless its error, followed from the state it hit up through the Map iterations,
 * Parallel branches and parent executions around it, reaches the top of the explored execution.
 */
final class RunReading {

  private final Sandbox.Run run;
  private final Map<String, Trace> traces = new HashMap<>();

  private RunReading(Sandbox.Run run) {
    this.run = run;
  }

  static FaultRun read(Sandbox.Run run, List<Fault> faults) {
    return new RunReading(run).read(faults);
  }

  private FaultRun read(List<Fault> faults) {
    DescribeExecutionResponse execution = run.execution();
    List<String> path = new ArrayList<>();
    addPath(run.executionArn(), path);
    boolean hit = true;
    boolean handled = true;
    Duration retryTime = Duration.ZERO;
    for (FaultInjector.Target target : run.facts().targets()) {
      hit &= target.hit();
      handled &= !target.hit() || handled(target);
      if (target.retryTime().compareTo(retryTime) > 0) {
        retryTime = target.retryTime();
      }
    }
    Duration time = execution.stopDate() == null ? Duration.ZERO
        : Duration.between(execution.startDate(), execution.stopDate());
    return new FaultRun(faults, hit, execution.status(), execution.error(), execution.cause(), handled, path, time,
        retryTime);
  }

  private Trace trace(String executionArn) {
    return traces.computeIfAbsent(executionArn, arn -> {
      List<HistoryEvent> events = arn.equals(run.executionArn()) ? run.history() : run.children().get(arn);
      return Trace.of(events == null ? List.of() : events, () -> run.definitions().apply(arn));
    });
  }

  /** The states an execution entered, each child execution's after the state that started it. */
  private void addPath(String executionArn, List<String> path) {
    for (Visit visit : trace(executionArn).visits()) {
      path.add(visit.name());
      String child = visit.childExecutionArn();
      if (child != null && run.children().containsKey(child)) {
        addPath(child, path);
      }
      if (visit.mapRun() != null) {
        run.facts().parents().forEach((arn, link) -> {
          if (link.executionArn().equals(executionArn) && link.mapRunMachine() != null
              && visit.mapRun().arn().contains(":mapRun:" + link.mapRunMachine() + ":")) {
            addPath(arn, path);
          }
        });
      }
    }
  }

  /**
   * Whether the workflow handled the fault: a Retry got its state through, a Catch took the error,
   * or a Map tolerated it, on the way from the state it hit to the top of the explored execution.
   */
  private boolean handled(FaultInjector.Target target) {
    String executionArn = target.executionArn();
    Visit visit = find(trace(executionArn), target.path(), target.fault.state(), target.visitNumber());
    while (visit != null) {
      Outcome outcome = visit.outcome();
      if (outcome == Outcome.SUCCEEDED || outcome == Outcome.CAUGHT || outcome == Outcome.ABORTED) {
        // ABORTED: another branch or iteration failed first, and this fault's error went nowhere
        return true;
      }
      if (outcome != Outcome.FAILED) {
        return false; // still running, or the execution stopped or timed out while it ran
      }
      Scope scope = visit.scope();
      if (scope.kind() != Scope.Kind.EXECUTION) {
        visit = scope.owner();
        continue;
      }
      FaultInjector.ParentLink parent = run.facts().parents().get(executionArn);
      if (parent == null) {
        return false; // the error ended the explored execution
      }
      visit = starter(parent, executionArn);
      executionArn = parent.executionArn();
    }
    return false;
  }

  /** The visit of the parent that started a child: its startExecution Task, or its distributed Map. */
  private Visit starter(FaultInjector.ParentLink parent, String childArn) {
    for (Visit visit : trace(parent.executionArn()).visits()) {
      if (parent.state() != null && childArn.equals(visit.childExecutionArn())) {
        return visit;
      }
      if (parent.mapRunMachine() != null && visit.mapRun() != null
          && visit.mapRun().arn().contains(":mapRun:" + parent.mapRunMachine() + ":")) {
        return visit;
      }
    }
    return null;
  }

  /** The {@code number}-th visit of the state at that path, as the trace places it. */
  private static Visit find(Trace trace, FramePath path, String state, int number) {
    int seen = 0;
    for (Visit visit : trace.visitsOf(state)) {
      if (pathOf(visit).equals(path.toString()) && ++seen == number) {
        return visit;
      }
    }
    return null;
  }

  /** {@code Map[3]/Both[1]}: the iterations and branches around a visit, as a {@link FramePath} prints them. */
  static String pathOf(Visit visit) {
    Deque<String> steps = new ArrayDeque<>();
    Scope scope = visit.scope();
    while (scope.kind() != Scope.Kind.EXECUTION) {
      steps.addFirst(scope.owner().name() + "[" + scope.index() + "]");
      scope = scope.owner().scope();
    }
    return String.join("/", steps);
  }
}
