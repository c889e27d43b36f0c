package dev.sfntest.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answers a Task from its input, like the real integration would. Return the task's result, or
 * throw {@link TaskFailure} to fail it with an error name and cause. Works as a Mockito mock.
 *
 * <pre>{@code
 * sfn.mockTask("Price").thenAnswer(call ->
 *     Json.parseUnchecked("{\"total\": " + call.input().get("qty").asInt() * 10 + "}"));
 * }</pre>
 */
@FunctionalInterface
public interface TaskHandler {

  /**
   * @return the task's result
   * @throws TaskFailure to fail the task
   */
  JsonNode handle(TaskInvocation invocation);
}
