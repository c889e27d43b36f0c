package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One attempt of a Task state, as the invoker sees it.
 *
 * @param execution the execution
 * @param stateName the Task state's name
 * @param resource the resource ARN as written; an integration without its region and account (see
 *     {@link ResourceKind#regionless})
 * @param kind what kind of resource it is
 * @param parameters the effective input (after InputPath and Parameters, or Arguments)
 * @param taskToken the task token ({@code .waitForTaskToken}, {@code .sync}, {@code .sync:2} and
 *     activities), or {@code null}
 * @param retryCount retries of this state visit so far (0 on the first attempt)
 * @param invocation 0-based count of this state's task calls in this execution, retries and Map
 *     iterations included (Step Functions Local's mock counter)
 * @param timeoutSeconds the task timeout, or {@code null}
 * @param heartbeatSeconds the heartbeat timeout, or {@code null}
 * @param credentials {@code Credentials}, or {@code null}
 * @param path the Map iteration or Parallel branch the state runs in ({@link FramePath#ROOT} at the
 *     top level): with the state name it tells which visit an attempt belongs to, also when
 *     iterations run at once
 */
public record TaskRequest(
    ExecutionRun execution,
    String stateName,
    String resource,
    ResourceKind kind,
    JsonNode parameters,
    String taskToken,
    int retryCount,
    int invocation,
    Long timeoutSeconds,
    Long heartbeatSeconds,
    JsonNode credentials,
    FramePath path) {}
