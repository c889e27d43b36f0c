package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;

/**
 * CreateActivity, DescribeActivity, DeleteActivity, ListActivities and GetActivityTask, with
 * activity Task states run by a worker. Long polls use real time only where they must wait, and
 * then with bounds (a 200 ms poll timeout, futures with a timeout); nothing sleeps.
 */
@ParameterizedClass
@EnumSource(ClientKind.class)
class ActivityApiTest {

  private final ClientKind kind;
  private final Api api;

  ActivityApiTest(ClientKind kind) {
    this.kind = kind;
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private String activity(String name) {
    return api.client.createActivity(b -> b.name(name)).activityArn();
  }

  /** A machine with one Task state on the activity. */
  private String machineOn(String activityArn, String extraFields) {
    return api.machine("worker-flow", "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\",\"Resource\":\""
        + activityArn + "\"," + extraFields + "\"End\":true}}}");
  }

  private GetActivityTaskResponse poll(String activityArn, String worker) {
    return api.client.getActivityTask(b -> b.activityArn(activityArn).workerName(worker));
  }

  @Nested
  class CreateActivity {
    @Test
    void creates_an_activity_at_the_fakes_arn() {
      CreateActivityResponse created = api.client.createActivity(b -> b.name("pack"));
      assertThat(created.activityArn()).isEqualTo(PREFIX + "activity:pack");
      assertThat(created.creationDate()).isEqualTo(api.fake.clock().now());
    }

    @Test
    void creating_it_again_returns_the_same_activity() {
      CreateActivityResponse first = api.client.createActivity(b -> b.name("pack"));
      api.fake.clock().advance(Duration.ofMinutes(1));
      CreateActivityResponse again = api.client.createActivity(b -> b.name("pack").tags(t -> t.key("k").value("v")));
      assertThat(again.activityArn()).isEqualTo(first.activityArn());
      assertThat(again.creationDate()).isEqualTo(first.creationDate());
    }

    @Test
    void an_illegal_name_is_invalid_name() {
      assertAwsError(() -> activity("TestActivity InvalidName$"), InvalidNameException.class, "InvalidName",
          "Invalid Name: 'TestActivity InvalidName$'");
    }

    @Test
    void names_may_hold_dots_and_dashes() {
      assertThat(activity("Retry.2024-11-23.abc")).isEqualTo(PREFIX + "activity:Retry.2024-11-23.abc");
    }
  }

  @Nested
  class DescribeActivity {
    @Test
    void describes_the_activity() {
      String arn = activity("pack");
      DescribeActivityResponse described = api.client.describeActivity(b -> b.activityArn(arn));
      assertThat(described.activityArn()).isEqualTo(arn);
      assertThat(described.name()).isEqualTo("pack");
      assertThat(described.creationDate()).isEqualTo(api.fake.clock().now());
      assertThat(described.encryptionConfiguration().typeAsString()).isEqualTo("AWS_OWNED_KEY");
    }

    @Test
    void a_deleted_activity_does_not_exist() {
      String arn = activity("pack");
      api.client.deleteActivity(b -> b.activityArn(arn));
      assertAwsError(() -> api.client.describeActivity(b -> b.activityArn(arn)), ActivityDoesNotExistException.class,
          "ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }

    @Test
    void text_that_is_no_arn_is_invalid_arn() {
      assertAwsError(() -> api.client.describeActivity(b -> b.activityArn("no_an_activity_arn")),
          InvalidArnException.class, "InvalidArn", "Invalid Arn: 'Invalid ARN prefix: no_an_activity_arn'");
    }
  }

  @Nested
  class DeleteActivity {
    @Test
    void deleting_an_activity_that_does_not_exist_succeeds() {
      api.client.deleteActivity(b -> b.activityArn(PREFIX + "activity:nope"));
    }
  }

  @Nested
  class ListActivities {
    @Test
    void lists_by_name_in_pages() {
      // GIVEN
      activity("b");
      activity("a");
      activity("c");
      // WHEN
      var first = api.client.listActivities(b -> b.maxResults(2));
      var rest = api.client.listActivities(b -> b.nextToken(first.nextToken()));
      // THEN
      assertThat(first.activities()).extracting(ActivityListItem::name).containsExactly("a", "b");
      assertThat(rest.activities()).extracting(ActivityListItem::name).containsExactly("c");
    }
  }

  @Nested
  class GetActivityTask {
    @Test
    void a_worker_takes_the_task_and_answers_it() {
      // GIVEN
      String activity = activity("pack");
      String run = api.start(machineOn(activity, ""), "x", "{\"Value1\":\"HelloWorld\"}");
      // WHEN
      GetActivityTaskResponse task = poll(activity, "BASE_ID_ACTIVITY_CONSUMER");
      api.client.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
      // THEN: the recorded events
      assertThat(task.input()).isEqualTo("{\"Value1\":\"HelloWorld\"}");
      assertThat(api.eventTypes(run)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
          "ActivityStarted", "ActivitySucceeded", "TaskStateExited", "ExecutionSucceeded");
      HistoryEvent started = api.history(run).get(3);
      assertThat(started.activityStartedEventDetails().workerName()).isEqualTo("BASE_ID_ACTIVITY_CONSUMER");
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
    }

    @Test
    void without_a_worker_name_the_started_event_has_empty_details() {
      String activity = activity("pack");
      String run = api.start(machineOn(activity, ""), "x", "{}");
      GetActivityTaskResponse task = api.client.getActivityTask(b -> b.activityArn(activity));
      api.client.sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{}"));
      HistoryEvent started = api.history(run).get(3);
      assertThat(started.activityStartedEventDetails()).isNotNull();
      assertThat(started.activityStartedEventDetails().workerName()).isNull();
    }

    @Test
    void a_worker_failure_fails_the_task() {
      // GIVEN
      String activity = activity("pack");
      String run = api.start(machineOn(activity, ""), "x", "{}");
      GetActivityTaskResponse task = poll(activity, "w");
      // WHEN
      api.client.sendTaskFailure(b -> b.taskToken(task.taskToken()).error("Programmatic Error").cause("oops"));
      // THEN
      DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(run));
      assertThat(described.statusAsString()).isEqualTo("FAILED");
      assertThat(described.error()).isEqualTo("Programmatic Error");
      assertThat(described.cause()).isEqualTo("oops");
      assertThat(api.eventTypes(run)).contains("ActivityFailed");
    }

    @Test
    void with_no_task_the_poll_ends_empty_after_its_timeout() {
      String activity = activity("idle");
      GetActivityTaskResponse none = poll(activity, "w");
      assertThat(none.taskToken()).isNull();
      assertThat(none.input()).isNull();
    }

    @Test
    void a_waiting_poll_gets_the_task_scheduled_meanwhile() throws Exception {
      // GIVEN: a poll that may wait long
      try (Api patient = new Api(kind, FakeSfn.builder().activityPollTimeout(Duration.ofSeconds(30)))) {
        String activity = patient.client.createActivity(b -> b.name("pack")).activityArn();
        String machine = patient.machine("flow", "{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\","
            + "\"Resource\":\"" + activity + "\",\"End\":true}}}");
        CompletableFuture<GetActivityTaskResponse> polled = CompletableFuture.supplyAsync(() ->
            patient.client.getActivityTask(b -> b.activityArn(activity).workerName("w")));
        // WHEN
        patient.start(machine, "x", "{\"n\":1}");
        // THEN
        GetActivityTaskResponse task = polled.get(10, TimeUnit.SECONDS);
        assertThat(task.input()).isEqualTo("{\"n\":1}");
      }
    }

    @Test
    void closing_the_fake_ends_a_waiting_poll() throws Exception {
      // GIVEN
      Api patient = new Api(kind, FakeSfn.builder().activityPollTimeout(Duration.ofSeconds(30)));
      String activity = patient.client.createActivity(b -> b.name("pack")).activityArn();
      CompletableFuture<GetActivityTaskResponse> polled = CompletableFuture.supplyAsync(() ->
          patient.client.getActivityTask(b -> b.activityArn(activity)));
      // WHEN
      patient.close();
      // THEN: an empty task, or the async client's refusal once its threads are gone
      GetActivityTaskResponse response = polled.handle((r, e) -> e == null ? r : GetActivityTaskResponse.builder()
          .build()).get(10, TimeUnit.SECONDS);
      assertThat(response.taskToken()).isNull();
    }

    @Test
    void an_activity_that_does_not_exist_is_activity_does_not_exist() {
      String arn = PREFIX + "activity:nope";
      assertAwsError(() -> poll(arn, "w"), ActivityDoesNotExistException.class, "ActivityDoesNotExist",
          "Activity Does Not Exist: '" + arn + "'");
    }

    @Test
    void text_that_is_no_arn_is_invalid_arn() {
      assertAwsError(() -> poll("no_an_activity_arn", "w"), InvalidArnException.class, "InvalidArn",
          "Invalid Arn: 'Invalid ARN prefix: no_an_activity_arn'");
    }
  }

  @Nested
  class Activity_tasks_in_executions {
    @Test
    void a_task_on_a_deleted_activity_fails_before_it_is_scheduled() {
      // GIVEN
      String activity = activity("gone");
      String machine = machineOn(activity, "");
      api.client.deleteActivity(b -> b.activityArn(activity));
      // WHEN
      String run = api.start(machine, "x", "{\"Value1\":\"HelloWorld\"}");
      // THEN: the recorded events and cause
      DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(run));
      assertThat(described.error()).isEqualTo("States.Runtime");
      assertThat(described.cause()).isEqualTo("An error occurred while executing the state 'Pack' (entered at the "
          + "event id #2). The activity " + activity + " does not exist.");
      assertThat(api.eventTypes(run)).containsExactly("ExecutionStarted", "TaskStateEntered", "ExecutionFailed");
      assertThat(api.history(run).get(2).previousEventId()).isEqualTo(2);
    }

    @Test
    void the_clock_waits_for_the_worker() {
      // GIVEN: time skipping is on, but the execution waits on a worker
      String activity = activity("pack");
      String run = api.start(machineOn(activity, "\"TimeoutSeconds\":5,"), "x", "{}");
      // THEN
      assertThat(api.status(run)).isEqualTo("RUNNING");
      assertThat(api.fake.clock().now()).isEqualTo(FakeSfn.DEFAULT_INITIAL_TIME);
      assertThat(((FakeSfnClient) api.fake.client()).waitsOnTest(run))
          .anyMatch(wait -> wait.startsWith("a worker to take the activity task of Task state 'Pack'"));
    }

    @Test
    void a_started_task_times_out_on_the_clock() {
      // GIVEN: the recorded start-timeout case
      String activity = activity("pack");
      String run = api.start(machineOn(activity, "\"TimeoutSeconds\":5,"), "x", "{}");
      poll(activity, "w");
      // WHEN
      api.fake.clock().advance(Duration.ofSeconds(5));
      // THEN
      assertThat(api.eventTypes(run)).containsExactly("ExecutionStarted", "TaskStateEntered", "ActivityScheduled",
          "ActivityStarted", "ActivityTimedOut", "ExecutionFailed");
      assertThat(api.client.describeExecution(b -> b.executionArn(run)).error()).isEqualTo("States.Timeout");
    }

    @Test
    void heartbeats_keep_a_task_alive() {
      // GIVEN
      String activity = activity("pack");
      String run = api.start(machineOn(activity, "\"HeartbeatSeconds\":10,"), "x", "{}");
      GetActivityTaskResponse task = poll(activity, "w");
      // WHEN
      api.fake.clock().advance(Duration.ofSeconds(9));
      api.client.sendTaskHeartbeat(b -> b.taskToken(task.taskToken()));
      api.fake.clock().advance(Duration.ofSeconds(9));
      // THEN
      assertThat(api.status(run)).isEqualTo("RUNNING");
      api.fake.clock().advance(Duration.ofSeconds(1));
      assertThat(api.status(run)).isEqualTo("FAILED");
      assertThat(api.client.describeExecution(b -> b.executionArn(run)).error()).isEqualTo("States.HeartbeatTimeout");
    }
  }
}
