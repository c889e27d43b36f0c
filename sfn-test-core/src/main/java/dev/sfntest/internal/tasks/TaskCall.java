package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.TaskRequest;

/**
 * One call of a mocked Task state, as the mock saw it; the API hands it to tests as a {@code
 * TaskInvocation}.
 *
 * @param stateName the Task state's name
 * @param resource the resource ARN as written in the definition
 * @param input the effective input (after InputPath and Parameters, or Arguments)
 * @param executionArn the execution's ARN
 * @param invocation 0-based count of this state's calls in this execution (Step Functions Local's counter)
 * @param retryCount the state's retries so far in this visit
 * @param taskToken the task token, or {@code null}
 */
public record TaskCall(
    String stateName,
    String resource,
    JsonNode input,
    String executionArn,
    int invocation,
    int retryCount,
    String taskToken) {

  static TaskCall of(TaskRequest request) {
    return new TaskCall(request.stateName(), request.resource(), request.parameters(), request.execution().arn(),
        request.invocation(), request.retryCount(), request.taskToken());
  }
}
