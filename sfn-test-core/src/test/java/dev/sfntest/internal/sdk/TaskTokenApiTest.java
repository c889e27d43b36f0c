package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.InvalidOutputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat for callback ({@code .waitForTaskToken})
 * tasks and activity tasks, with AWS's errors.
 */
@ParameterizedClass
@EnumSource(ClientKind.class)
class TaskTokenApiTest {

  private static final String CALLBACK = "{\"StartAt\":\"Send\",\"States\":{\"Send\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"HeartbeatSeconds\":30,"
      + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody.$\":\"$$.Task.Token\"},\"End\":true}}}";

  private final Api api;
  private final String machine;

  TaskTokenApiTest(ClientKind kind) {
    this.api = new Api(kind);
    this.machine = api.machine("callback", CALLBACK);
    api.fake.mockTask("Send").completesViaToken();
  }

  @AfterEach
  void close() {
    api.close();
  }

  /** Starts the callback machine and returns the token its task waits for. */
  private String waitingToken(String executionName) {
    api.start(machine, executionName, "{}");
    var calls = api.fake.mockTask("Send").invocations();
    return calls.get(calls.size() - 1).taskToken();
  }

  private String execution(String name) {
    return Api.PREFIX + "execution:callback:" + name;
  }

  @Nested
  class SendTaskSuccess {
    @Test
    void completes_a_callback_task() {
      // GIVEN
      String token = waitingToken("x");
      // WHEN
      api.client.sendTaskSuccess(b -> b.taskToken(token).output("{\"sent\":true}"));
      // THEN
      assertThat(api.client.describeExecution(b -> b.executionArn(execution("x"))).output())
          .isEqualTo("{\"sent\":true}");
    }

    @Test
    void a_token_the_fake_never_issued_is_invalid_token() {
      assertAwsError(() -> api.client.sendTaskSuccess(b -> b.taskToken("FakeTaskToken").output("{}")),
          InvalidTokenException.class, "InvalidToken", "Invalid Token: 'Invalid token'");
    }

    @Test
    void a_token_answered_before_is_task_timed_out() {
      // GIVEN
      String token = waitingToken("x");
      api.client.sendTaskSuccess(b -> b.taskToken(token).output("{}"));
      // WHEN / THEN (recorded)
      assertAwsError(() -> api.client.sendTaskSuccess(b -> b.taskToken(token).output("{}")),
          TaskTimedOutException.class, "TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }

    @Test
    void a_token_whose_task_timed_out_is_task_timed_out() {
      // GIVEN
      String token = waitingToken("x");
      api.fake.clock().advance(Duration.ofSeconds(30));
      // WHEN / THEN
      assertAwsError(() -> api.client.sendTaskSuccess(b -> b.taskToken(token).output("{}")),
          TaskTimedOutException.class, "TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }

    @Test
    void output_that_is_no_json_is_invalid_output_and_the_task_still_waits() {
      // GIVEN
      String token = waitingToken("x");
      // WHEN
      assertAwsError(() -> api.client.sendTaskSuccess(b -> b.taskToken(token).output("{oops")),
          InvalidOutputException.class, "InvalidOutput", "Invalid Output: 'Unexpected character ('o' (code 111)): "
              + "was expecting double-quote to start field name'");
      // THEN
      api.client.sendTaskSuccess(b -> b.taskToken(token).output("{}"));
      assertThat(api.status(execution("x"))).isEqualTo("SUCCEEDED");
    }

    @Test
    void an_empty_token_fails_validation() {
      assertAwsError(() -> api.client.sendTaskSuccess(b -> b.taskToken("").output("{}")), ValidationException.class,
          "ValidationException", "1 validation error detected: Value '' at 'taskToken' failed to satisfy "
              + "constraint: Member must have length greater than or equal to 1");
    }

    @Test
    void the_token_of_a_task_on_a_deleted_activity_is_task_does_not_exist() {
      // GIVEN: a worker took the task, then the activity was deleted
      String activity = api.client.createActivity(b -> b.name("pack")).activityArn();
      String flow = api.machine("flow", "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\","
          + "\"Resource\":\"" + activity + "\",\"End\":true}}}");
      api.start(flow, "x", "{}");
      String token = api.client.getActivityTask(b -> b.activityArn(activity)).taskToken();
      api.client.deleteActivity(b -> b.activityArn(activity));
      // WHEN / THEN
      assertAwsError(() -> api.client.sendTaskSuccess(b -> b.taskToken(token).output("{}")),
          TaskDoesNotExistException.class, "TaskDoesNotExist", "Task Does Not Exist: 'Provided task does not exist'");
    }
  }

  @Nested
  class SendTaskFailure {
    @Test
    void fails_a_callback_task_with_error_and_cause() {
      // GIVEN
      String token = waitingToken("x");
      // WHEN
      api.client.sendTaskFailure(b -> b.taskToken(token).error("Rejected").cause("no stock"));
      // THEN
      var described = api.client.describeExecution(b -> b.executionArn(execution("x")));
      assertThat(described.statusAsString()).isEqualTo("FAILED");
      assertThat(described.error()).isEqualTo("Rejected");
      assertThat(described.cause()).isEqualTo("no stock");
    }

    @Test
    void a_token_the_fake_never_issued_is_invalid_token() {
      assertAwsError(() -> api.client.sendTaskFailure(b -> b.taskToken("FakeTaskToken")),
          InvalidTokenException.class, "InvalidToken", "Invalid Token: 'Invalid token'");
    }

    @Test
    void an_error_over_256_characters_fails_validation() {
      String token = waitingToken("x");
      String error = "e".repeat(257);
      assertAwsError(() -> api.client.sendTaskFailure(b -> b.taskToken(token).error(error)),
          ValidationException.class, "ValidationException", "1 validation error detected: Value '" + error
              + "' at 'error' failed to satisfy constraint: Member must have length less than or equal to 256");
    }
  }

  @Nested
  class SendTaskHeartbeat {
    @Test
    void restarts_the_heartbeat_timeout() {
      // GIVEN
      String token = waitingToken("x");
      api.fake.clock().advance(Duration.ofSeconds(25));
      // WHEN
      api.client.sendTaskHeartbeat(b -> b.taskToken(token));
      api.fake.clock().advance(Duration.ofSeconds(25));
      // THEN
      assertThat(api.status(execution("x"))).isEqualTo("RUNNING");
    }

    @Test
    void a_token_the_fake_never_issued_is_invalid_token() {
      // (recorded against AWS with this very token)
      assertAwsError(() -> api.client.sendTaskHeartbeat(b -> b.taskToken("FakeTaskToken")),
          InvalidTokenException.class, "InvalidToken", "Invalid Token: 'Invalid token'");
    }

    @Test
    void a_token_of_an_ended_task_is_task_timed_out() {
      String token = waitingToken("x");
      api.client.stopExecution(b -> b.executionArn(execution("x")));
      assertAwsError(() -> api.client.sendTaskHeartbeat(b -> b.taskToken(token)), TaskTimedOutException.class,
          "TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
    }
  }
}
