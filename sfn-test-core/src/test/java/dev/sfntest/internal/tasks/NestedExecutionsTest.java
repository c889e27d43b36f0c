package dev.sfntest.internal.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.internal.expr.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** states:startExecution runs the child in the same fake, with AWS's output shapes. */
class NestedExecutionsTest {

  private final FakeSfn fake = FakeSfn.create();
  private final SfnTestContext sfn = SfnTestContext.of(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private StateMachine child(String result) {
    return sfn.deploy("child", "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":30,\"Next\":\"R\"},"
        + "\"R\":" + result + "}}");
  }

  private Execution parent(String resource, StateMachine child) {
    return sfn.deploy("parent", "{\"StartAt\":\"Start\",\"States\":{\"Start\":{\"Type\":\"Task\",\"Resource\":\""
        + resource + "\",\"Parameters\":{\"StateMachineArn\":\"" + child.arn() + "\",\"Input\":{\"a\":1},"
        + "\"Name\":\"kid\"},\"End\":true}}}").start("{}");
  }

  @Test
  void sync_waits_for_the_child_and_returns_its_description() {
    // GIVEN
    StateMachine child = child("{\"Type\":\"Pass\",\"Result\":{\"done\":true},\"End\":true}");
    // WHEN
    Execution run = parent("arn:aws:states:::states:startExecution.sync", child);
    // THEN
    JsonNode output = run.output();
    assertThat(output.get("Status").asText()).isEqualTo("SUCCEEDED");
    assertThat(output.get("Output").asText()).isEqualTo("{\"done\":true}");
    assertThat(output.get("Input").asText()).isEqualTo("{\"a\":1}");
    assertThat(output.get("ExecutionArn").asText()).endsWith(":execution:child:kid");
    assertThat(run.history()).extracting(e -> e.typeAsString()).contains("TaskSubmitted", "TaskSucceeded");
  }

  @Test
  void sync2_returns_input_and_output_as_json() {
    StateMachine child = child("{\"Type\":\"Pass\",\"Result\":{\"done\":true},\"End\":true}");
    Execution run = parent("arn:aws:states:::states:startExecution.sync:2", child);
    assertThat(run.output().get("Output")).isEqualTo(Json.parseUnchecked("{\"done\":true}"));
  }

  @Test
  void a_failed_child_fails_the_task_with_states_task_failed() {
    StateMachine child = child("{\"Type\":\"Fail\",\"Error\":\"Boom\",\"Cause\":\"bad\"}");
    Execution run = parent("arn:aws:states:::states:startExecution.sync", child);
    assertThat(run.describe().error()).isEqualTo("States.TaskFailed");
    assertThat(Json.parseUnchecked(run.describe().cause()).get("Error").asText()).isEqualTo("Boom");
  }

  @Test
  void request_response_returns_the_start_response_at_once() {
    StateMachine child = child("{\"Type\":\"Pass\",\"End\":true}");
    Execution run = parent("arn:aws:states:::states:startExecution", child);
    assertThat(run.output().fieldNames()).toIterable().containsExactly("ExecutionArn", "StartDate");
  }

  @Test
  void a_missing_state_machine_is_the_service_error() {
    Execution run = sfn.deploy("parent", "{\"StartAt\":\"Start\",\"States\":{\"Start\":{\"Type\":\"Task\",\"Resource\":"
        + "\"arn:aws:states:::states:startExecution\",\"Parameters\":{\"StateMachineArn\":"
        + "\"arn:aws:states:us-east-1:123456789012:stateMachine:nope\"},\"End\":true}}}").start("{}");
    assertThat(run.describe().error()).isEqualTo("StepFunctions.StateMachineDoesNotExistException");
    assertThat(run.describe().cause()).startsWith("State Machine Does Not Exist: "
        + "'arn:aws:states:us-east-1:123456789012:stateMachine:nope' (Service: AWSStepFunctions; Status Code: 400;");
  }
}
