package dev.sfntest.spring.internal;

import dev.sfntest.trace.HistoryTable;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * For a failed test, the histories of the executions it and the application started, the last
 * events of each: what explains an assertion on an execution. Never throws: a history it cannot
 * read becomes a line saying why, so the test's own failure stays the one reported.
 */
final class FailureReport {

  private static final int EVENTS_SHOWN = 25;
  private static final int EXECUTIONS_SHOWN = 10;

  private FailureReport() {}

  static String of(String test, SfnClient client, List<String> executionArns) {
    if (executionArns.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("[sfn-test] ").append(test).append(" failed. The executions started in it (")
        .append(executionArns.size()).append("):\n");
    List<String> shown = executionArns.subList(Math.max(0, executionArns.size() - EXECUTIONS_SHOWN),
        executionArns.size());
    for (String arn : shown) {
      out.append('\n').append(execution(client, arn));
    }
    return out.toString();
  }

  private static String execution(SfnClient client, String arn) {
    try {
      DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(arn));
      String machine = described.stateMachineArn();
      List<HistoryEvent> events = new ArrayList<>();
      client.getExecutionHistoryPaginator(GetExecutionHistoryRequest.builder().executionArn(arn).build())
          .events().forEach(events::add);
      return "execution '" + described.name() + "' of state machine '" + machine.substring(machine.lastIndexOf(':') + 1)
          + "': " + described.statusAsString() + "\n" + HistoryTable.of(events).last(EVENTS_SHOWN).render();
    } catch (RuntimeException e) {
      return "execution " + arn + ": its history could not be read (" + e.getMessage() + ")\n";
    }
  }
}
