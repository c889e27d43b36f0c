package dev.sfntest.bench;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.trace.EventKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * A workload deployed on a fake, ready to run executions one after another through the public
 * {@link SfnClient}. A fake keeps every finished execution's history, as AWS does; so that they do
 * not pile up during a measurement, it moves to a fresh fake after {@link #MAX_RUNS_PER_FAKE}
 * executions or about {@link #STATES_PER_FAKE} states entered (200 runs of pass-chain, 10 of
 * choice-loop), more than a test class runs.
 */
final class WorkloadRun {

  static final int STATES_PER_FAKE = 20_000;
  static final int MAX_RUNS_PER_FAKE = 1000;

  private final Workload workload;
  private FakeSfn fake;
  private SfnClient client;
  private String stateMachineArn;
  private TaskAnswers answers;
  private int runs;
  private final int runsPerFake;

  WorkloadRun(Workload workload) {
    this.workload = workload;
    this.runsPerFake = (int) Math.max(1, Math.min(MAX_RUNS_PER_FAKE,
        STATES_PER_FAKE / Math.max(1, workload.expectedStatesEntered())));
    freshFake();
  }

  private void freshFake() {
    if (fake != null) {
      fake.close();
    }
    fake = FakeSfn.create();
    answers = new TaskAnswers();
    answers.program(fake, workload.taskResults());
    client = fake.client();
    stateMachineArn = client.createStateMachine(b -> b.name(workload.name()).roleArn(FakeSfn.ROLE_ARN)
        .definition(workload.definition())).stateMachineArn();
    runs = 0;
  }

  /** Runs one execution to its end and returns its ARN. */
  String runOnce() {
    if (++runs > runsPerFake) {
      freshFake();
      runs = 1;
    }
    return client.startExecution(b -> b.stateMachineArn(stateMachineArn).input(workload.input())).executionArn();
  }

  /**
   * Runs one execution and checks it against the workload's expectations.
   *
   * @return the problems found (empty when it is right)
   */
  List<String> verify() {
    int callsBefore = answers.calls();
    String arn = runOnce();
    DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(arn));
    List<String> problems = new ArrayList<>();
    if (!"SUCCEEDED".equals(described.statusAsString())) {
      problems.add("status " + described.statusAsString() + " " + described.error() + ": " + described.cause());
      return problems;
    }
    if (!JsonValues.sameValue(JsonValues.parseUnchecked(described.output()), workload.expectedOutput())) {
      problems.add("output " + described.output() + " expected " + JsonValues.write(workload.expectedOutput()));
    }
    List<HistoryEvent> history = new ArrayList<>();
    client.getExecutionHistoryPaginator(b -> b.executionArn(arn)).events().forEach(history::add);
    long entered = history.stream().filter(e -> EventKind.of(e).isStateEntered()).count();
    if (entered != workload.expectedStatesEntered()) {
      problems.add("states entered " + entered + " expected " + workload.expectedStatesEntered());
    }
    int calls = answers.calls() - callsBefore;
    if (calls != workload.expectedTaskInvocations()) {
      problems.add("task calls " + calls + " expected " + workload.expectedTaskInvocations());
    }
    long elapsed = Duration.between(described.startDate(), described.stopDate()).toSeconds();
    if (elapsed != workload.expectedVirtualElapsedSeconds()) {
      problems.add("virtual seconds " + elapsed + " expected " + workload.expectedVirtualElapsedSeconds());
    }
    return problems;
  }

  void close() {
    fake.close();
  }
}
