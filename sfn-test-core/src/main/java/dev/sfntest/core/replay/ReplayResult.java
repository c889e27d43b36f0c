package dev.sfntest.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.shared.compare.Difference;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * What a {@link Replay} did: the replayed execution's outcome and history, the first difference
 * from the recorded history (none when the fake did what AWS did), and the answers it gave, as
 * mocks to keep.
 *
 * <pre>{@code
 * ReplayResult result = Replay.of(definition, historyJson).run();
 * if (!result.matches()) {
 *   System.out.println(result.difference().orElseThrow().describe());
 * }
 * System.out.println(result.toJavaMocks());
 * }</pre>
 */
public final class ReplayResult {

  private final List<HistoryEvent> recorded;
  private final List<HistoryEvent> replayed;
  private final DescribeExecutionResponse execution;
  private final List<RecordedAnswers.Call> calls;
  private final List<String> unanswered;
  private final String machine;
  private final ReplayDifference difference;

  ReplayResult(List<HistoryEvent> recorded, List<HistoryEvent> replayed, DescribeExecutionResponse execution,
      List<RecordedAnswers.Call> calls, List<String> unanswered, Set<String> tokens, String machine) {
    this.recorded = List.copyOf(recorded);
    this.replayed = List.copyOf(replayed);
    this.execution = execution;
    this.calls = List.copyOf(calls);
    this.unanswered = List.copyOf(unanswered);
    this.machine = machine;
    Difference first = HistoryComparison.compare(recorded, replayed, tokens);
    this.difference = first == null ? null : new ReplayDifference(first.where(), first.path(),
        first.expected() == null ? null : Difference.show(first.expected()),
        first.actual() == null ? null : Difference.show(first.actual()), first.note());
  }

  /** Whether the replayed history equals the recorded one under the comparison rules. */
  public boolean matches() {
    return difference == null;
  }

  /** The first difference between the recorded and the replayed history, as the conformance runner reports it. */
  public Optional<ReplayDifference> difference() {
    return Optional.ofNullable(difference);
  }

  /** How the replayed execution ended. */
  public ExecutionStatus status() {
    return execution.status();
  }

  /** The replayed execution's error, or {@code null}. */
  public String error() {
    return execution.error();
  }

  /** The replayed execution's cause, or {@code null}. */
  public String cause() {
    return execution.cause();
  }

  /** The replayed execution's output, or {@code null} unless it succeeded. */
  public JsonNode output() {
    return execution.output() == null ? null : Json.parseUnchecked(execution.output());
  }

  /** The replayed history, in id order. */
  public List<HistoryEvent> history() {
    return replayed;
  }

  /** The recorded history, in id order. */
  public List<HistoryEvent> recorded() {
    return recorded;
  }

  /**
   * The Task attempts the recording had no answer for (the replay took another path than the
   * recorded execution), as {@code Items[2]/Charge, visit 1, attempt 2}; each failed with {@code
   * States.Runtime}.
   */
  public List<String> unanswered() {
    return unanswered;
  }

  /** One line: whether it matched, or the first difference. */
  public String describe() {
    String outcome = "replayed " + execution.statusAsString() + (execution.error() == null ? "" : " " + execution.error())
        + " in " + replayed.size() + " events (recorded: " + recorded.size() + ")";
    return matches() ? outcome + ", the same history" : outcome + ", first difference: " + difference.describe();
  }

  /**
   * Programs the recorded answers as the fake's task mocks, state by state in the order the replay
   * called them, so that an execution with the same input runs the recorded path again: for a
   * regression test of a production failure.
   *
   * <pre>{@code
   * result.mockTasks(sfn);
   * Execution run = order.start(replay.input());
   * assertThat(run).hasFailedWith("Payment.Declined", "card expired");
   * }</pre>
   */
  public void mockTasks(SfnTestContext sfn) {
    MockExport.of(calls).program(sfn);
  }

  /**
   * The same mocks as Java source, to paste into a regression test ({@code sfn.mockTask("Charge")
   * .thenFail("Payment.Declined", "card expired") ...}, one statement per state).
   */
  public String toJavaMocks() {
    return MockExport.of(calls).java();
  }

  /**
   * The answers as a Step Functions Local mock configuration file (for sfn-local, Step Functions
   * Local or {@code FakeSfn.Builder.mockConfigJson}), with one test case. That format knows only
   * results and errors: a recorded time-out or silence becomes the error {@code States.Timeout},
   * which Retry and Catch see alike, but the history records as a failure.
   *
   * @param stateMachine the state machine's name, the file's key under {@code StateMachines}
   * @param testCase the test case's name
   */
  public String toMockConfig(String stateMachine, String testCase) {
    return MockExport.of(calls).mockConfig(stateMachine, testCase);
  }

  /** The name the replay gave the state machine. */
  String machine() {
    return machine;
  }

  @Override
  public String toString() {
    return describe();
  }
}
