package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;

/**
 * Everything needed to start an execution.
 *
 * @param executionArn the execution's ARN
 * @param name the execution's name
 * @param stateMachineArn the state machine's ARN (unqualified)
 * @param stateMachineName the state machine's name
 * @param definition the definition to run
 * @param input the input
 * @param inputText the input exactly as the caller sent it (AWS echoes it in ExecutionStarted)
 * @param roleArn the execution role
 * @param express whether the machine is EXPRESS
 * @param synchronous whether it was started with StartSyncExecution
 * @param versionArn the version started, or {@code null}
 * @param aliasArn the alias started, or {@code null}
 * @param testCase the Step Functions Local mock test case, or {@code null}
 * @param parent the execution that started this one, or {@code null}
 */
public record ExecutionSpec(
    String executionArn,
    String name,
    String stateMachineArn,
    String stateMachineName,
    StateMachineDefinition definition,
    JsonNode input,
    String inputText,
    String roleArn,
    boolean express,
    boolean synchronous,
    String versionArn,
    String aliasArn,
    String testCase,
    ExecutionRun parent) {}
