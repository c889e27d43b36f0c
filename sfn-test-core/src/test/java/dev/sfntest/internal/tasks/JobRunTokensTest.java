package dev.sfntest.internal.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockedTask;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * Job-run tasks ({@code .sync}, {@code .sync:2}) have a task token, as AWS gives them: "available
 * only to Task states using the waitForTaskToken pattern, or optionally Task states using the job
 * run pattern". SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat answer it.
 */
class JobRunTokensTest {

  private static final String SYNC = "arn:aws:states:::glue:startJobRun.sync";

  /** The test moves the clock: a silent job would otherwise run into the execution's year-long timeout. */
  private final FakeSfn fake = FakeSfn.builder().timeSkipping(false).build();
  private final SfnTestContext sfn = SfnTestContext.of(fake);

  @AfterEach
  void close() {
    fake.close();
  }

  private static String job(String resource, String fields) {
    return "{\"StartAt\":\"Job\",\"States\":{\"Job\":{\"Type\":\"Task\",\"Resource\":\"" + resource + "\","
        + "\"Parameters\":{\"JobName\":\"j\",\"Arguments\":{\"--token.$\":\"$$.Task.Token\"}}," + fields
        + "\"End\":true}}}";
  }

  private Execution start(String definition) {
    return sfn.deploy("job", definition).start("{}");
  }

  private static String tokenOf(MockedTask mock) {
    return mock.invocations().get(0).input().get("Arguments").get("--token").asText();
  }

  @Nested
  class the_context_object {
    @ParameterizedTest
    @ValueSource(strings = {"arn:aws:states:::glue:startJobRun.sync", "arn:aws:states:::batch:submitJob.sync"})
    void has_the_token_in_jsonpath(String resource) {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").thenReturn("{}");

      // WHEN
      start(job(resource, ""));

      // THEN
      String passed = tokenOf(mock);
      assertThat(passed).isNotBlank().isEqualTo(mock.invocations().get(0).taskToken());
    }

    @Test
    void has_the_token_in_jsonata() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").thenReturn("{}");

      // WHEN
      start("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"Job\",\"States\":{\"Job\":{\"Type\":\"Task\","
          + "\"Resource\":\"" + SYNC + "\",\"Arguments\":{\"JobName\":\"j\","
          + "\"Arguments\":{\"--token\":\"{% $states.context.Task.Token %}\"}},\"End\":true}}}");

      // THEN
      assertThat(tokenOf(mock)).isNotBlank().isEqualTo(mock.invocations().get(0).taskToken());
    }

    @Test
    void a_request_response_task_still_has_none() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").thenReturn("{}");

      // WHEN
      Execution run = start(job("arn:aws:states:::glue:startJobRun", ""));

      // THEN: the path finds nothing, as on AWS
      assertThat(run.describe().error()).isEqualTo("States.Runtime");
      assertThat(mock.invocations()).isEmpty();
    }
  }

  @Nested
  class send_task_success {
    @Test
    void completes_the_task_while_the_job_runs() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").staysSilent();
      Execution run = start(job(SYNC, ""));

      // WHEN
      fake.client().sendTaskSuccess(b -> b.taskToken(tokenOf(mock)).output("{\"by\":\"token\"}"));

      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(run.output()).isEqualTo(Json.parseUnchecked("{\"by\":\"token\"}"));
      assertThat(run.history()).extracting(e -> e.typeAsString()).containsSubsequence(
          "TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskSucceeded", "TaskStateExited");
    }

    @Test
    void is_refused_once_the_job_answered() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").thenReturn("{\"by\":\"job\"}");
      Execution run = start(job(SYNC, ""));

      // WHEN
      var error = catchThrowableOfType(TaskTimedOutException.class,
          () -> fake.client().sendTaskSuccess(b -> b.taskToken(tokenOf(mock)).output("{}")));

      // THEN
      assertThat(run.output()).isEqualTo(Json.parseUnchecked("{\"by\":\"job\"}"));
      assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("Task Timed Out: 'Provided task does not exist anymore'");
    }

    @Test
    void answers_a_mock_that_completes_via_token() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").completesViaToken();
      Execution run = start(job("arn:aws:states:::glue:startJobRun.sync", ""));
      assertThat(run.describe().statusAsString()).isEqualTo("RUNNING");

      // WHEN
      fake.client().sendTaskSuccess(b -> b.taskToken(mock.invocations().get(0).taskToken()).output("{\"ok\":1}"));

      // THEN
      assertThat(run.output()).isEqualTo(Json.parseUnchecked("{\"ok\":1}"));
    }
  }

  @Nested
  class send_task_failure {
    @Test
    void fails_the_task_with_the_error() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").staysSilent();
      Execution run = start(job(SYNC, ""));

      // WHEN
      fake.client().sendTaskFailure(b -> b.taskToken(tokenOf(mock)).error("Job.Broken").cause("disk full"));

      // THEN
      assertThat(run.describe().error()).isEqualTo("Job.Broken");
      assertThat(run.describe().cause()).isEqualTo("disk full");
      assertThat(run.history()).extracting(e -> e.typeAsString()).contains("TaskFailed");
    }
  }

  @Nested
  class send_task_heartbeat {
    @Test
    void keeps_the_job_alive() {
      // GIVEN
      MockedTask mock = sfn.mockTask("Job").staysSilent();
      Execution run = start(job(SYNC, "\"HeartbeatSeconds\":10,"));
      String token = tokenOf(mock);

      // WHEN
      fake.clock().advance(Duration.ofSeconds(8));
      fake.client().sendTaskHeartbeat(b -> b.taskToken(token));
      fake.clock().advance(Duration.ofSeconds(8));

      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("RUNNING");
      fake.clock().advance(Duration.ofSeconds(3));
      assertThat(run.describe().error()).isEqualTo("States.Timeout");
    }
  }

  @Nested
  class a_child_execution {
    @Test
    void completes_the_parents_task_with_the_token() {
      // GIVEN: the child hands the parent's token back through SendTaskSuccess, then waits an hour
      String child = sfn.deploy("child", "{\"StartAt\":\"Done\",\"States\":{"
          + "\"Done\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::aws-sdk:sfn:sendTaskSuccess\","
          + "\"Parameters\":{\"TaskToken.$\":\"$.token\",\"Output\":{\"from\":\"child\"}},\"Next\":\"Later\"},"
          + "\"Later\":{\"Type\":\"Wait\",\"Seconds\":3600,\"End\":true}}}").arn();
      List<String> sent = new ArrayList<>();
      sfn.mockTask("Done").thenAnswer(call -> {
        JsonNode p = call.input();
        sent.add(p.get("TaskToken").asText());
        fake.client().sendTaskSuccess(b -> b.taskToken(p.get("TaskToken").asText()).output(Json.write(p.get("Output"))));
        return Json.object();
      });

      // WHEN
      Execution parent = sfn.deploy("parent", "{\"StartAt\":\"Run\",\"States\":{\"Run\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::states:startExecution.sync:2\",\"Parameters\":{\"StateMachineArn\":\""
          + child + "\",\"Input\":{\"token.$\":\"$$.Task.Token\"}},\"End\":true}}}").start("{}");

      // THEN
      assertThat(parent.describe().statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(parent.output()).isEqualTo(Json.parseUnchecked("{\"from\":\"child\"}"));
      assertThat(sent).hasSize(1);
      assertThat(fake.client().listExecutions(b -> b.stateMachineArn(child)).executions())
          .singleElement().satisfies(e -> assertThat(e.statusAsString()).isEqualTo("RUNNING"));
    }
  }
}
