package dev.sfntest.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call of a Task state, as a mock or {@link TaskHandler} sees it.
 *
 * <pre>{@code
 * MockedTask ask = sfn.mockTask("AskManager").completesViaToken();
 * Execution run = approval.start("{\"amount\": 420}");
 * TaskInvocation call = ask.invocations().get(0);
 * client.sendTaskSuccess(b -> b.taskToken(call.taskToken()).output("{\"approved\": true}"));
 * }</pre>
 *
 * @param stateName the Task state's name
 * @param resource the resource ARN as written in the definition
 * @param input the effective input (after InputPath and Parameters, or Arguments)
 * @param executionArn the execution's ARN
 * @param invocation 0-based count of this state's calls in this execution (retries and Map
 *     iterations included): Step Functions Local's counter
 * @param retryCount the state's retries so far in this visit ({@code $$.State.RetryCount})
 * @param taskToken the task token ({@code .waitForTaskToken}, {@code .sync}, {@code .sync:2} and
 *     activities), or {@code null}
 */
public record TaskInvocation(
    String stateName,
    String resource,
    JsonNode input,
    String executionArn,
    int invocation,
    int retryCount,
    String taskToken) {}
