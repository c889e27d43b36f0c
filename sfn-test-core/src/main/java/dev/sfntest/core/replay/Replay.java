package dev.sfntest.core.replay;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.asl.DefinitionParser;
import dev.sfntest.internal.sdk.FakeSfnClient;
import dev.sfntest.trace.HistoryJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStartedEventDetails;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * Re-runs a recorded execution on the fake: from its history (exported from AWS, or read from a
 * live client), it takes the answers each Task attempt got (results, errors with their causes,
 * time-outs, callback completions and {@code .sync} submissions, in Map iterations and Parallel
 * branches too), runs the definition on a fake of its own with exactly those answers, and
 * compares the history it gets with the recorded one, event by event, under the rules the
 * project's conformance corpus is compared with. A match means the fake did what AWS did; the
 * answers can then become mocks, to keep a production failure as a regression test.
 *
 * <pre>{@code
 * // aws stepfunctions get-execution-history --execution-arn $ARN --output json > failed-run.json
 * Replay replay = Replay.of(definition, Files.readString(Path.of("failed-run.json"))).withExecutionArn(arn);
 * ReplayResult result = replay.run();
 * assertThat(result.matches()).as(result.describe()).isTrue();
 * String mocks = result.toJavaMocks();   // sfn.mockTask("ChargeCard").thenFail(...) ...
 * }</pre>
 *
 * <p>Not replayed: a redriven execution's history, a distributed Map's child executions (their
 * histories are not in the parent's), and an execution started through a version or alias (the
 * replay starts the machine itself).
 */
public final class Replay {

  private static final String DEFAULT_NAME = "replayed";

  private final String definition;
  private final List<HistoryEvent> recorded;
  private final List<RecordedAnswer> answers;
  private String executionArn;

  private Replay(String definition, List<HistoryEvent> recorded) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.recorded = List.copyOf(recorded);
    if (this.recorded.isEmpty() || this.recorded.get(0).type() != HistoryEventType.EXECUTION_STARTED) {
      throw new IllegalArgumentException("A recorded history starts with ExecutionStarted; this one starts with "
          + (this.recorded.isEmpty() ? "nothing" : this.recorded.get(0).typeAsString()));
    }
    for (HistoryEvent event : this.recorded) {
      if (event.type() == HistoryEventType.EXECUTION_REDRIVEN) {
        throw new UnsupportedOperationException("Replay does not replay a redriven execution (ExecutionRedriven #"
            + event.id() + "): export the history of its first run");
      }
      if (event.type() == HistoryEventType.MAP_RUN_STARTED) {
        throw new UnsupportedOperationException("Replay does not replay a distributed Map (MapRunStarted #"
            + event.id() + "): its iterations ran as child executions whose answers are not in this history");
      }
    }
    DefinitionParser.parse(definition);
    this.answers = AnswerReader.read(this.recorded, definition);
  }

  /**
   * A replay of the execution whose history is {@code historyJson}: {@code aws stepfunctions
   * get-execution-history --output json} (pages written one after the other are read as one
   * history), or {@code GetExecutionHistory}'s JSON as an SDK prints it.
   *
   * @param definition the state machine's definition the execution ran
   * @throws IllegalArgumentException when the history cannot be read or the definition is invalid
   * @throws UnsupportedOperationException for a history this class does not replay (see above)
   */
  public static Replay of(String definition, String historyJson) {
    return new Replay(definition, HistoryJson.read(Objects.requireNonNull(historyJson, "historyJson")));
  }

  /**
   * A replay of a history read through the SDK, e.g. a live execution's ({@code
   * Execution.history()}), to check the fake against AWS on one's own workflow.
   *
   * <pre>{@code Replay.of(definition, liveRun.history()).withExecutionArn(liveRun.arn()).run();}</pre>
   */
  public static Replay of(String definition, List<HistoryEvent> history) {
    return new Replay(definition, Objects.requireNonNull(history, "history"));
  }

  /**
   * The ARN of the recorded execution, which its history does not say: the replay then runs in
   * its region and account, under its state machine's and its own name, so that what the
   * workflow reads of them ({@code $$.Execution.Id}, ...) is the same. Without it, the region and
   * account come from the ARNs the history holds, and both names are {@value #DEFAULT_NAME}.
   *
   * @throws IllegalArgumentException when it is not an execution ARN
   */
  public Replay withExecutionArn(String executionArn) {
    String[] parts = Objects.requireNonNull(executionArn, "executionArn").split(":");
    if (parts.length != 8 || !parts[0].equals("arn") || !parts[2].equals("states") || !parts[5].equals("execution")) {
      throw new IllegalArgumentException("Not an execution ARN (arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME): "
          + executionArn);
    }
    this.executionArn = executionArn;
    return this;
  }

  /** The answers the recording gave each Task attempt, in the order they were recorded. */
  public List<RecordedAnswer> answers() {
    return answers;
  }

  /** The recorded events, in id order. */
  public List<HistoryEvent> recorded() {
    return recorded;
  }

  /** The execution's input, as it was sent. */
  public String input() {
    ExecutionStartedEventDetails started = recorded.get(0).executionStartedEventDetails();
    return started == null || started.input() == null ? "{}" : started.input();
  }

  /** Runs the definition on a fake of its own with the recorded answers, and compares the histories. */
  public ReplayResult run() {
    Names names = names();
    ExecutionStartedEventDetails started = recorded.get(0).executionStartedEventDetails();
    String role = started == null || started.roleArn() == null ? FakeSfn.ROLE_ARN : started.roleArn();
    Instant start = recorded.get(0).timestamp() == null ? FakeSfn.DEFAULT_INITIAL_TIME : recorded.get(0).timestamp();
    RecordedAnswers recordedAnswers = new RecordedAnswers(answers);
    try (FakeSfn fake = FakeSfn.builder().region(names.region).account(names.account).initialTime(start).build()) {
      ((FakeSfnClient) fake.client()).backend().engine().interceptTasks(recordedAnswers);
      SfnClient client = fake.client();
      String machineArn = client.createStateMachine(b -> b.name(names.machine).definition(definition).roleArn(role))
          .stateMachineArn();
      String arn = client.startExecution(b -> b.stateMachineArn(machineArn).name(names.execution).input(input()))
          .executionArn();
      List<HistoryEvent> replayed = new ArrayList<>();
      client.getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(arn).build())
          .events().forEach(replayed::add);
      return new ReplayResult(recorded, replayed, client.describeExecution(b -> b.executionArn(arn)),
          recordedAnswers.calls(), recordedAnswers.unanswered(), recordedAnswers.tokens(), names.machine);
    }
  }

  /** Where the replay runs: the recorded ARN's parts, or what the history's ARNs say. */
  private record Names(String region, String account, String machine, String execution) {}

  private Names names() {
    if (executionArn != null) {
      String[] parts = executionArn.split(":");
      return new Names(parts[3], parts[4], parts[6], parts[7]);
    }
    String region = null;
    String account = null;
    for (HistoryEvent event : recorded) {
      if (region == null && event.taskScheduledEventDetails() != null) {
        region = event.taskScheduledEventDetails().region();
      }
      if (region == null && event.lambdaFunctionScheduledEventDetails() != null) {
        region = regionOf(event.lambdaFunctionScheduledEventDetails().resource());
      }
      if (region == null && event.activityScheduledEventDetails() != null) {
        region = regionOf(event.activityScheduledEventDetails().resource());
      }
    }
    ExecutionStartedEventDetails started = recorded.get(0).executionStartedEventDetails();
    if (started != null && started.roleArn() != null) {
      String[] parts = started.roleArn().split(":");
      account = parts.length > 4 && parts[4].matches("\\d{12}") ? parts[4] : null;
    }
    return new Names(region == null ? "us-east-1" : region, account == null ? "123456789012" : account,
        DEFAULT_NAME, DEFAULT_NAME);
  }

  private static String regionOf(String arn) {
    String[] parts = arn == null ? new String[0] : arn.split(":");
    return parts.length > 3 && !parts[3].isEmpty() ? parts[3] : null;
  }
}
