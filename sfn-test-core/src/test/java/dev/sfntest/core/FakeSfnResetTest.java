package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.SfnException;

class FakeSfnResetTest {

  static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

  static final String WAIT_THEN_CHARGE = "{\"StartAt\":\"Wait\",\"States\":{"
      + "\"Wait\":{\"Type\":\"Wait\",\"Seconds\":3600,\"Next\":\"Charge\"},"
      + "\"Charge\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"Parameters\":{\"FunctionName\":\"charge\",\"Id.$\":\"States.UUID()\"},\"End\":true}}}";

  static final String CALLBACK = "{\"StartAt\":\"Ask\",\"States\":{\"Ask\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
      + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":{\"Token.$\":\"$$.Task.Token\"}},\"End\":true}}}";

  @Nested
  class reset {

    @Test
    void forgets_executions_and_keeps_state_machines() {
      try (FakeSfn fake = FakeSfn.builder().initialTime(START).build()) {
        // GIVEN
        SfnTestContext sfn = SfnTestContext.of(fake);
        StateMachine machine = sfn.deploy("charge", WAIT_THEN_CHARGE);
        sfn.mockTask("Charge").thenReturn("{}");
        Execution run = machine.start("first", "{}");
        // WHEN
        fake.reset();
        // THEN
        assertThatThrownBy(run::describe).isInstanceOf(ExecutionDoesNotExistException.class);
        assertThat(fake.client().listExecutions(b -> b.stateMachineArn(machine.arn())).executions()).isEmpty();
        assertThat(machine.describe().name()).isEqualTo("charge");
      }
    }

    @Test
    void stops_a_running_execution_and_clears_its_timers() {
      try (FakeSfn fake = FakeSfn.builder().initialTime(START).timeSkipping(false).build()) {
        // GIVEN
        StateMachine machine = SfnTestContext.of(fake).deploy("charge", WAIT_THEN_CHARGE);
        Execution run = machine.start("waiting", "{}");
        assertThat(run.status()).isEqualTo(ExecutionStatus.RUNNING);
        // WHEN
        fake.reset();
        // THEN
        assertThat(fake.clock().nextTimer()).isNull();
        assertThatThrownBy(run::describe).isInstanceOf(ExecutionDoesNotExistException.class);
      }
    }

    @Test
    void removes_the_mocks() {
      try (FakeSfn fake = FakeSfn.builder().initialTime(START).build()) {
        // GIVEN
        SfnTestContext sfn = SfnTestContext.of(fake);
        StateMachine machine = sfn.deploy("charge", WAIT_THEN_CHARGE);
        sfn.mockTask("Charge").thenReturn("{}");
        sfn.mockTask("Refund").thenReturn("{}");
        // WHEN
        fake.reset();
        Execution run = machine.start("after", "{}");
        // THEN
        assertThat(fake.unusedMocks()).isEmpty();
        assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(run.describe().error()).isEqualTo("States.Runtime");
      }
    }

    @Test
    void puts_the_clock_back_with_its_time_skipping() {
      try (FakeSfn fake = FakeSfn.builder().initialTime(START).build()) {
        // GIVEN
        fake.clock().advance(Duration.ofDays(3));
        fake.clock().setTimeSkipping(false);
        // WHEN
        fake.reset();
        // THEN
        assertThat(fake.clock().now()).isEqualTo(START);
        assertThat(fake.clock().isTimeSkipping()).isTrue();
      }
    }

    @Test
    void gives_the_history_a_new_fake_gives() {
      try (FakeSfn used = FakeSfn.builder().initialTime(START).seed(7).build();
           FakeSfn fresh = FakeSfn.builder().initialTime(START).seed(7).build()) {
        // GIVEN
        SfnTestContext sfn = SfnTestContext.of(used);
        StateMachine machine = sfn.deploy("charge", WAIT_THEN_CHARGE);
        sfn.mockTask("Charge").thenReturn("{}");
        machine.start("{}");                       // draws a generated name and a UUID from the seed
        used.clock().advance(Duration.ofHours(5));
        // WHEN
        used.reset();
        used.mockTask("Charge").thenReturn("{\"ok\":true}");
        Execution again = machine.start("{}");
        SfnTestContext other = SfnTestContext.of(fresh);
        StateMachine same = other.deploy("charge", WAIT_THEN_CHARGE);
        fresh.mockTask("Charge").thenReturn("{\"ok\":true}");
        Execution first = same.start("{}");
        // THEN
        assertThat(again.arn()).isEqualTo(first.arn());
        assertThat(again.history()).isEqualTo(first.history());
        assertThat(again.history()).extracting(HistoryEvent::timestamp).last()
            .isEqualTo(START.plus(Duration.ofHours(1)));
      }
    }

    @Test
    void forgets_task_tokens_and_activity_tasks() {
      try (FakeSfn fake = FakeSfn.builder().initialTime(START).activityPollTimeout(Duration.ZERO).build()) {
        // GIVEN
        SfnClient client = fake.client();
        SfnTestContext sfn = SfnTestContext.of(fake);
        MockedTask ask = sfn.mockTask("Ask").completesViaToken();
        sfn.deploy("callback", CALLBACK).start("{}");
        String token = ask.invocations().get(0).taskToken();
        String activity = client.createActivity(b -> b.name("review")).activityArn();
        String work = "{\"StartAt\":\"Review\",\"States\":{\"Review\":{\"Type\":\"Task\",\"Resource\":\""
            + activity + "\",\"End\":true}}}";
        sfn.deploy("review", work).start("{}");
        // WHEN
        fake.reset();
        // THEN
        assertThatThrownBy(() -> client.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
            .isInstanceOf(SfnException.class);
        assertThat(client.getActivityTask(b -> b.activityArn(activity)).taskToken()).isNull();
        assertThat(client.describeActivity(b -> b.activityArn(activity)).name()).isEqualTo("review");
      }
    }

    @Test
    void clears_the_s3_objects() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        fake.s3().putObject("orders", "in.json", "[]");
        // WHEN
        fake.reset();
        // THEN
        assertThat(fake.s3().listObjects("orders", "")).isEmpty();
      }
    }

    @Test
    void is_refused_once_the_fake_is_closed() {
      // GIVEN
      FakeSfn fake = FakeSfn.create();
      fake.close();
      // WHEN / THEN
      assertThatThrownBy(fake::reset).isInstanceOf(IllegalStateException.class)
          .hasMessage("The fake is closed; build a new one instead of resetting it");
    }
  }

  @Nested
  class mockConfigJson {

    static final String FILE = "{\"StateMachines\":{\"charge\":{\"TestCases\":{\"Paid\":{\"Charge\":\"Ok\"}}}},"
        + "\"MockedResponses\":{\"Ok\":{\"0\":{\"Return\":{\"paid\":true}}}}}";

    @Test
    void answers_a_test_case_from_the_text() {
      try (FakeSfn fake = FakeSfn.builder().mockConfigJson(FILE).build()) {
        // GIVEN
        StateMachine machine = SfnTestContext.of(fake).deploy("charge", WAIT_THEN_CHARGE);
        // WHEN
        String arn = fake.client().startExecution(b -> b.stateMachineArn(machine.arn() + "#Paid")).executionArn();
        // THEN
        Execution run = Execution.of(fake.client(), arn);
        assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(run.output().get("paid").asBoolean()).isTrue();
      }
    }

    @Test
    void refuses_text_that_is_no_mock_configuration() {
      // WHEN / THEN
      assertThatThrownBy(() -> FakeSfn.builder().mockConfigJson("[1"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("The mock configuration given to FakeSfn.builder().mockConfigJson is not valid JSON");
    }
  }
}
