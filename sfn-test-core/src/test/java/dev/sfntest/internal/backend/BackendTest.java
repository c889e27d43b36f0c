package dev.sfntest.internal.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.engine.ExecutionRun;
import dev.sfntest.internal.engine.RunStatus;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.tasks.MockFile;
import dev.sfntest.internal.tasks.MockResponse;
import dev.sfntest.internal.tasks.TaskTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the backend does that the SDK cannot show: what it hands the engine, and its wiring. */
class BackendTest {

  private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  private static final String ROLE = "arn:aws:iam::123456789012:role/r";
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

  private static Backend backend() {
    return new Backend(Backend.Settings.DEFAULTS);
  }

  private static Backend backend(MockFile mockFile) {
    Backend.Settings d = Backend.Settings.DEFAULTS;
    return new Backend(new Backend.Settings(d.region(), d.account(), d.initialTime(), d.timeSkipping(), d.seed(),
        d.timeSource(), d.activityPollTimeout(), mockFile, d.keepFinishedExecutions(), d.unmockedTasks()));
  }

  /** A machine of one Task state named {@code Work} on {@code resource}. */
  private static String oneTask(Backend backend, String name, String resource) {
    return backend.createStateMachine(name, "{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\","
        + "\"Resource\":\"" + resource + "\",\"End\":true}}}", ROLE, null, null, null, null, Map.of()).arn();
  }

  @Nested
  class Start_execution {
    @Test
    void passes_the_test_case_of_the_arn_to_the_engine() {
      // GIVEN
      Backend backend = backend(MockFile.parse(
          "{\"StateMachines\":{\"order\":{\"TestCases\":{\"HappyPath\":{}}}},\"MockedResponses\":{}}", "mocks"));
      String machine = backend.createStateMachine("order", PASS, ROLE, null, null, null, null, Map.of()).arn();
      // WHEN
      ExecutionRun run = backend.executions().start(machine + "#HappyPath", "x", "{}", null).run();
      // THEN
      assertThat(run.spec().testCase()).isEqualTo("HappyPath");
      assertThat(run.spec().stateMachineArn()).isEqualTo(machine);
    }

    @Test
    void keeps_the_shortcut_other_code_starts_executions_with() {
      Backend backend = backend();
      String machine = backend.createStateMachine("order", PASS, ROLE, null, null, null, null, Map.of()).arn();
      assertThat(backend.startExecution(machine, "x", "{}").arn())
          .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:order:x");
    }
  }

  /** The task chain's one order: state mock, resource mock, mock file, activity, nested execution, "no mock". */
  @Nested
  class Task_chain {
    private static final String FILE = """
        {"StateMachines": {"flow": {"TestCases": {"Case": {"Work": "FromFile"}}}},
         "MockedResponses": {"FromFile": {"0": {"Return": {"by": "file"}}}}}""";

    @Test
    void a_state_mock_answers_before_a_resource_mock() {
      // GIVEN
      Backend backend = backend();
      String machine = oneTask(backend, "flow", LAMBDA);
      backend.mocks().forResource(LAMBDA).add(MockResponse.returning(Json.parseUnchecked("{\"by\":\"resource\"}")));
      backend.mocks().forState("Work").add(MockResponse.returning(Json.parseUnchecked("{\"by\":\"state\"}")));
      // WHEN
      ExecutionRun run = backend.startExecution(machine, "x", "{}");
      // THEN
      assertThat(Json.write(run.output())).isEqualTo("{\"by\":\"state\"}");
    }

    @Test
    void a_resource_mock_answers_before_the_mock_file() {
      // GIVEN
      Backend backend = backend(MockFile.parse(FILE, "test"));
      String machine = oneTask(backend, "flow", LAMBDA);
      backend.mocks().forResource(LAMBDA).add(MockResponse.returning(Json.parseUnchecked("{\"by\":\"resource\"}")));
      // WHEN
      ExecutionRun run = backend.startExecution(machine + "#Case", "x", "{}");
      // THEN
      assertThat(Json.write(run.output())).isEqualTo("{\"by\":\"resource\"}");
    }

    @Test
    void the_mock_file_answers_before_an_activity_which_then_need_not_exist() {
      // GIVEN: an activity nobody created, which would otherwise refuse the task
      Backend backend = backend(MockFile.parse(FILE, "test"));
      String machine = oneTask(backend, "flow", "arn:aws:states:us-east-1:123456789012:activity:missing");
      // WHEN
      ExecutionRun run = backend.startExecution(machine + "#Case", "x", "{}");
      // THEN
      assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
      assertThat(Json.write(run.output())).isEqualTo("{\"by\":\"file\"}");
    }

    @Test
    void an_activity_task_shares_its_token_with_callback_tasks() {
      // GIVEN
      Backend backend = backend();
      String activity = backend.activities().create("pack", List.of(), null).arn();
      String machine = oneTask(backend, "flow", activity);
      ExecutionRun run = backend.startExecution(machine, "x", "{}");
      // WHEN
      ActivityTasks.Grant task = backend.activityTasks().poll(activity, "w");
      // THEN
      assertThat(backend.tokens().status(task.taskToken())).isEqualTo(TaskTokens.Status.WAITING);
      backend.taskResponses().success(task.taskToken(), "{\"done\":1}");
      assertThat(Json.write(run.output())).isEqualTo("{\"done\":1}");
    }

    @Test
    void a_missing_activity_is_refused_when_nothing_mocks_it() {
      // GIVEN
      Backend backend = backend();
      String machine = oneTask(backend, "flow", "arn:aws:states:us-east-1:123456789012:activity:missing");
      // WHEN
      ExecutionRun run = backend.startExecution(machine, "x", "{}");
      // THEN
      assertThat(run.status()).isEqualTo(RunStatus.FAILED);
      assertThat(run.cause()).contains("The activity arn:aws:states:us-east-1:123456789012:activity:missing does not exist.");
    }

    @Test
    void an_unmocked_start_execution_task_starts_a_nested_execution() {
      // GIVEN
      Backend backend = backend();
      String child = backend.createStateMachine("child", PASS, ROLE, null, null, null, null, Map.of()).arn();
      String parent = backend.createStateMachine("parent", "{\"StartAt\":\"Work\",\"States\":{\"Work\":{"
          + "\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::states:startExecution.sync:2\","
          + "\"Parameters\":{\"StateMachineArn\":\"" + child + "\"},\"End\":true}}}",
          ROLE, null, null, null, null, Map.of()).arn();
      // WHEN
      ExecutionRun run = backend.startExecution(parent, "x", "{}");
      // THEN
      assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
      assertThat(run.output().path("ExecutionArn").asText()).contains(":execution:child:");
      assertThat(run.output().path("Status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_task_nothing_answers_fails_saying_how_to_mock_it() {
      // GIVEN
      Backend backend = backend();
      String machine = oneTask(backend, "flow", LAMBDA);
      // WHEN
      ExecutionRun run = backend.startExecution(machine, "x", "{}");
      // THEN
      assertThat(run.status()).isEqualTo(RunStatus.FAILED);
      assertThat(run.error()).isEqualTo("States.Runtime");
      assertThat(run.cause()).contains("No mock answers the Task state 'Work'", "sfn.mockTask(\"Work\")");
    }
  }
}
