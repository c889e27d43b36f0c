package dev.sfntest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * One execution as the report needs it: the definition it ran and its history. Read it through any
 * {@link SfnClient}, the fake's or a live one, with only public operations.
 *
 * <pre>{@code
 * ExecutionRecord run = ExecutionRecord.read(client, execution.arn());
 * coverage.add(run);
 * }</pre>
 *
 * @param stateMachineName the name coverage is merged under
 * @param executionName the execution's name
 * @param definition the definition the execution ran
 * @param events its history, oldest first
 */
public record ExecutionRecord(String stateMachineName, String executionName, String definition,
    List<HistoryEvent> events) {

  public ExecutionRecord {
    Objects.requireNonNull(stateMachineName, "stateMachineName");
    Objects.requireNonNull(definition, "definition");
    events = List.copyOf(events);
  }

  /**
   * Reads an execution with {@code DescribeStateMachineForExecution} (the definition it ran, even
   * after an update) and {@code GetExecutionHistory} (every page).
   *
   * @throws software.amazon.awssdk.services.sfn.model.SfnException what the client throws, e.g.
   *     for an Express execution, which has no history to read
   */
  public static ExecutionRecord read(SfnClient client, String executionArn) {
    DescribeStateMachineForExecutionResponse machine =
        client.describeStateMachineForExecution(b -> b.executionArn(executionArn));
    // Page by page with nextToken, as the paginator does, without its per-page request decoration:
    // coverage reads every execution of every test.
    List<HistoryEvent> events = new ArrayList<>();
    String token = null;
    do {
      GetExecutionHistoryResponse page = client.getExecutionHistory(GetExecutionHistoryRequest.builder()
          .executionArn(executionArn).nextToken(token).build());
      events.addAll(page.events());
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    String executionName = executionArn.substring(executionArn.lastIndexOf(':') + 1);
    return new ExecutionRecord(machine.name(), executionName, machine.definition(), events);
  }

  /** The same execution, merged under another state machine name (e.g. without a unique suffix). */
  public ExecutionRecord withStateMachineName(String name) {
    return new ExecutionRecord(name, executionName, definition, events);
  }
}
