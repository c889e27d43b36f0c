package dev.sfntest.junit5.internal;

import dev.sfntest.trace.HistoryTable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Prints, for a failed test, the histories of the executions it started: what a reader needs to
 * see why an assertion on an execution failed. It never throws: a history it cannot read becomes
 * a line saying why, so the test's own failure is always the one reported.
 *
 * <pre>
 * [sfn-test] ships() failed. The executions it started (1):
 *
 * execution 'a1b2' of state machine 'order': FAILED
 * Last events (3 of 23):
 *   #21  +2s  TaskStarted      ChargeCard
 *   #22  +2s  TaskFailed       ChargeCard  Payment.Declined: card expired
 *   #23  +2s  ExecutionFailed              Payment.Declined: card expired
 * </pre>
 */
public final class FailureReporter {

  /** Events shown per execution: the end of a history explains a failure. */
  static final int EVENTS_SHOWN = 25;

  /** Executions shown: the most recent ones, since a test's last step is usually the one failing. */
  static final int EXECUTIONS_SHOWN = 10;

  private final SfnClient client;

  /** @param client a client that records nothing, to read histories with */
  public FailureReporter(SfnClient client) {
    this.client = client;
  }

  /** The report on {@code test}'s executions; empty when it started none. */
  public String report(String test, List<String> executionArns) {
    if (executionArns.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("[sfn-test] ").append(test).append(" failed. The executions it started (")
        .append(executionArns.size()).append("):\n");
    List<String> shown = executionArns.subList(Math.max(0, executionArns.size() - EXECUTIONS_SHOWN),
        executionArns.size());
    if (shown.size() < executionArns.size()) {
      out.append("(the first ").append(executionArns.size() - shown.size()).append(" are not shown)\n");
    }
    for (String arn : shown) {
      out.append('\n').append(execution(arn));
    }
    return out.toString();
  }

  /** Prints the report, if there is one. */
  public void print(String test, List<String> executionArns, PrintStream to) {
    String report = report(test, executionArns);
    if (!report.isEmpty()) {
      to.print(report);
      to.flush();
    }
  }

  private String execution(String arn) {
    String title = "execution " + arn;
    try {
      DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(arn));
      String machine = described.stateMachineArn();
      title = "execution '" + described.name() + "' of state machine '"
          + machine.substring(machine.lastIndexOf(':') + 1) + "': " + described.statusAsString();
      List<HistoryEvent> events = new ArrayList<>();
      client.getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(arn).build())
          .events().forEach(events::add);
      return title + "\n" + HistoryTable.of(events).last(EVENTS_SHOWN).render();
    } catch (RuntimeException e) {
      // Express executions have no history to read, a live endpoint may be gone: say so and go on.
      return title + "\n  (history not available: " + e.getMessage() + ")\n";
    }
  }
}
