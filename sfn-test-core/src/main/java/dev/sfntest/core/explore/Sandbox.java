package dev.sfntest.core.explore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.ForwardingSfnClient;
import dev.sfntest.internal.backend.Backend;
import dev.sfntest.internal.sdk.FakeSfnClient;
import dev.sfntest.internal.tasks.TestMocks;
import dev.sfntest.trace.Failure;
import dev.sfntest.trace.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/**
 * The fake the explorer runs its executions in, so that the test's own fake is left as it was (its
 * clock, executions and mock calls): a fake with the test fake's region, account, current time,
 * state machines and activities, whose Task states are answered by the test's mocks behind the
 * {@link FaultInjector}. Each run starts from the same moment and seed, so runs differ only by
 * their faults.
 */
final class Sandbox implements AutoCloseable {

  /**
   * An execution of the sandbox and the ones it started, as they ended.
   *
   * @param children the histories of the child executions, by ARN
   * @param definitions the definition an execution ran, by ARN (asked for when a reader needs it)
   */
  record Run(String executionArn, DescribeExecutionResponse execution, List<HistoryEvent> history,
      FaultInjector.RunFacts facts, java.util.Map<String, List<HistoryEvent>> children,
      java.util.function.Function<String, String> definitions) {}

  private final FakeSfn fake;
  private final FaultInjector injector;
  private final String machineArn;
  private final String target;
  private final boolean express;

  /**
   * @param client the test fake's client (the explored machine's)
   * @param machineArn the explored state machine
   * @param testCase the mock file's test case executions start with, or {@code null}
   * @param unmockedResult what a Task nothing answers returns, or {@code null}
   */
  Sandbox(SfnClient client, String machineArn, String testCase, JsonNode unmockedResult) {
    if (!(ForwardingSfnClient.unwrap(client) instanceof FakeSfnClient fakeClient)) {
      throw new IllegalArgumentException("The failure explorer runs on the fake: the state machine's client is "
          + "not a FakeSfn's (live mode?)");
    }
    Backend tested = fakeClient.backend();
    Instant now = tested.scheduler().read(tested.scheduler()::now);
    this.fake = FakeSfn.builder().region(tested.arns().region()).account(tested.arns().account())
        .initialTime(now).build();
    Backend sandbox = ((FakeSfnClient) fake.client()).backend();
    // The test's mock file, so that executions start on its #TestCase as they would in the test's fake
    sandbox.mockFile().use(tested.mockFile().file());
    this.machineArn = machineArn;
    this.target = testCase == null ? machineArn : machineArn + "#" + testCase;
    copyResources(client, fake.client());
    this.express = fake.client().describeStateMachine(b -> b.stateMachineArn(machineArn)).type()
        == StateMachineType.EXPRESS;
    this.injector = new FaultInjector(new TestMocks(tested.mocks(), tested.mockFile()), unmockedResult);
    sandbox.engine().interceptTasks(injector);
  }

  /** Every state machine and activity of the tested fake, under the same names (so the same ARNs). */
  private static void copyResources(SfnClient from, SfnClient to) {
    for (StateMachineListItem item : from.listStateMachinesPaginator(b -> { }).stateMachines()) {
      DescribeStateMachineResponse machine = from.describeStateMachine(b -> b.stateMachineArn(item.stateMachineArn()));
      to.createStateMachine(b -> b.name(machine.name()).definition(machine.definition()).roleArn(machine.roleArn())
          .type(machine.type()));
    }
    for (ActivityListItem activity : from.listActivitiesPaginator(b -> { }).activities()) {
      to.createActivity(b -> b.name(activity.name()));
    }
  }

  /** Runs the explored machine once with {@code faults}, from the sandbox's initial state. */
  Run run(String input, List<Fault> faults) {
    fake.reset();
    injector.begin(faults);
    SfnClient client = fake.client();
    String executionArn = client.startExecution(b -> b.stateMachineArn(target).input(input)).executionArn();
    List<HistoryEvent> history = history(executionArn);
    DescribeExecutionResponse described = express ? fromLog(executionArn, history)
        : client.describeExecution(b -> b.executionArn(executionArn));
    FaultInjector.RunFacts facts = injector.end();
    java.util.Map<String, List<HistoryEvent>> children = new java.util.LinkedHashMap<>();
    for (String child : facts.parents().keySet()) {
      children.put(child, history(child));
    }
    return new Run(executionArn, described, history, facts, children, this::definitionOf);
  }

  /**
   * How an EXPRESS execution ended, from its log: AWS answers no DescribeExecution for one started
   * with StartExecution, and neither does the fake.
   */
  private static DescribeExecutionResponse fromLog(String executionArn, List<HistoryEvent> log) {
    Trace trace = Trace.of(log);
    Failure failure = trace.failure();
    ExecutionStatus status = trace.status();
    return DescribeExecutionResponse.builder().executionArn(executionArn).status(status)
        .error(failure == null ? null : failure.error()).cause(failure == null ? null : failure.cause())
        .startDate(log.isEmpty() ? null : log.get(0).timestamp())
        .stopDate(status == ExecutionStatus.RUNNING || log.isEmpty() ? null : log.get(log.size() - 1).timestamp())
        .build();
  }

  /** The definition of the machine an execution ran; a distributed Map's child reads its parent's, which has its states. */
  private String definitionOf(String executionArn) {
    String[] parts = executionArn.split(":");
    String machine = parts.length > 6 ? parts[6] : "";
    int slash = machine.indexOf('/');
    String machineArn = String.join(":", parts[0], parts[1], parts[2], parts[3], parts[4], "stateMachine",
        slash < 0 ? machine : machine.substring(0, slash));
    return fake.client().describeStateMachine(b -> b.stateMachineArn(machineArn)).definition();
  }

  private List<HistoryEvent> history(String executionArn) {
    if (executionArn.contains(":express:")) {
      return fake.expressExecutionLog(executionArn);
    }
    List<HistoryEvent> events = new ArrayList<>();
    fake.client().getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(executionArn).build())
        .events().forEach(events::add);
    return events;
  }

  String machineArn() {
    return machineArn;
  }

  boolean isExpress() {
    return express;
  }

  @Override
  public void close() {
    fake.close();
  }
}
