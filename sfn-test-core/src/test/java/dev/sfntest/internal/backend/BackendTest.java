package dev.sfntest.internal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.TaskInvoker;
import dev.sfntest.internal.tasks.MockRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the backend does that the SDK cannot show: what it hands the engine, and its wiring. */
class BackendTest {

  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String ROLE = "arn:aws:iam::123456789012:role/r";

  private static Backend backend(TaskInvoker tasks) {
    return new Backend("us-east-1", "123456789012", Instant.parse("2024-01-01T00:00:00Z"), true, 0, tasks);
  }

  @Nested
  class Start_execution {
    @Test
    void passes_the_test_case_of_the_arn_to_the_engine() {
      // GIVEN
      MockRegistry mocks = new MockRegistry();
      mocks.setMockConfig(dev.sfntest.internal.tasks.MockConfig.parse(
          "{\"StateMachines\":{\"order\":{\"TestCases\":{\"HappyPath\":{}}}},\"MockedResponses\":{}}", "mocks"));
      Backend backend = backend(mocks);
      String machine = backend.createStateMachine("order", PASS, ROLE, null, null, null, null, Map.of()).arn();
      // WHEN
      ExecutionRun run = backend.executions().start(machine + "#HappyPath", "x", "{}", null).run();
      // THEN
      assertThat(run.spec().testCase()).isEqualTo("HappyPath");
      assertThat(run.spec().stateMachineArn()).isEqualTo(machine);
    }

    @Test
    void keeps_the_shortcut_other_code_starts_executions_with() {
      Backend backend = backend(new MockRegistry());
      String machine = backend.createStateMachine("order", PASS, ROLE, null, null, null, null, Map.of()).arn();
      assertThat(backend.startExecution(machine, "x", "{}").arn())
          .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:order:x");
    }
  }

  @Nested
  class Wiring {
    @Test
    void a_mock_registry_shares_its_task_tokens_and_gets_the_activities_as_fallback() {
      // GIVEN
      MockRegistry mocks = new MockRegistry();
      Backend backend = backend(mocks);
      String activity = backend.activities().create("pack", List.of(), null).arn();
      String machine = backend.createStateMachine("flow", "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\","
          + "\"Resource\":\"" + activity + "\",\"End\":true}}}", ROLE, null, null, null, null, Map.of()).arn();
      backend.startExecution(machine, "x", "{}");
      // WHEN
      ActivityTasks.Grant task = backend.activityTasks().poll(activity, "w");
      // THEN
      assertThat(mocks.tokens().status(task.taskToken())).isEqualTo(dev.sfntest.internal.tasks.TaskTokens.Status.WAITING);
    }

    @Test
    void another_invoker_is_asked_after_the_activities() {
      // GIVEN: an invoker that answers every task
      TaskInvoker echo = (request, callbacks) -> {
        callbacks.succeeded(request.parameters());
        return dev.sfntest.internal.engine.TaskHandle.NOOP;
      };
      Backend backend = backend(echo);
      String activity = backend.activities().create("pack", List.of(), null).arn();
      String machine = backend.createStateMachine("flow", "{\"StartAt\":\"A\",\"States\":{"
          + "\"A\":{\"Type\":\"Task\",\"Resource\":\"" + activity + "\",\"Next\":\"L\"},"
          + "\"L\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\",\"End\":true}}}",
          ROLE, null, null, null, null, Map.of()).arn();
      ExecutionRun run = backend.startExecution(machine, "x", "{}");
      // WHEN
      ActivityTasks.Grant task = backend.activityTasks().poll(activity, "w");
      backend.taskResponses().success(task.taskToken(), "{\"done\":1}");
      // THEN
      assertThat(run.output().toString()).isEqualTo("{\"done\":1}");
    }
  }
}
