package dev.sfntest.core.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Reads one sandbox run into a {@link FaultRun}. Stop-gap until the trace model (issue 18) is on
 * main: the path is the states entered, and a fault counts as handled when its retries got
 * through, the execution succeeded, or it ended with an error of its own (a Catch led to a Fail
 * state).
 */
final class RunReading {

  private RunReading() {}

  static FaultRun read(Sandbox.Run run, List<Fault> faults) {
    DescribeExecutionResponse execution = run.execution();
    List<String> path = new ArrayList<>();
    for (HistoryEvent event : run.history()) {
      if (event.stateEnteredEventDetails() != null) {
        path.add(event.stateEnteredEventDetails().name());
      }
    }
    boolean hit = true;
    boolean recovered = true;
    Duration retryTime = Duration.ZERO;
    for (FaultInjector.Target target : run.facts().targets()) {
      hit &= target.hit();
      recovered &= target.recovered;
      if (target.retryTime().compareTo(retryTime) > 0) {
        retryTime = target.retryTime();
      }
    }
    ExecutionStatus status = execution.status();
    boolean handled = faults.isEmpty() || !hit || recovered || status == ExecutionStatus.SUCCEEDED
        || status == ExecutionStatus.FAILED && !propagated(execution.error(), faults);
    Duration time = execution.stopDate() == null ? Duration.ZERO
        : Duration.between(execution.startDate(), execution.stopDate());
    return new FaultRun(faults, hit, status, execution.error(), execution.cause(), handled, path, time, retryTime);
  }

  private static boolean propagated(String error, List<Fault> faults) {
    for (Fault fault : faults) {
      if (fault.error().equals(error)) {
        return true;
      }
    }
    return "States.TaskFailed".equals(error) || "States.Runtime".equals(error);
  }
}
