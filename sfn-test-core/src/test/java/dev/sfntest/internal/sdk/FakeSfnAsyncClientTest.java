package dev.sfntest.internal.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.core.FakeSfn;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/** What only the async client does: futures, and long polls that never hold the caller's thread. */
class FakeSfnAsyncClientTest {

  @Nested
  class Futures {
    @Test
    void an_operation_returns_a_completed_future() {
      try (FakeSfn fake = FakeSfn.create()) {
        // WHEN
        CompletableFuture<?> created = fake.asyncClient().createActivity(b -> b.name("pack"));
        // THEN
        assertThat(created).isCompleted();
      }
    }

    @Test
    void a_refusal_completes_the_future_with_the_aws_exception() {
      try (FakeSfn fake = FakeSfn.create()) {
        // WHEN
        CompletableFuture<?> described = fake.asyncClient().describeStateMachine(b -> b
            .stateMachineArn("arn:aws:states:us-east-1:123456789012:stateMachine:nope"));
        // THEN
        CompletionException error = catchThrowableOfType(CompletionException.class, described::join);
        assertThat(error.getCause()).isInstanceOf(StateMachineDoesNotExistException.class);
      }
    }
  }

  @Nested
  class Long_polls {
    @Test
    void a_poll_does_not_hold_the_callers_thread_and_completes_when_a_task_comes() throws Exception {
      try (FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ofSeconds(30)).build()) {
        // GIVEN
        SfnAsyncClient client = fake.asyncClient();
        String activity = client.createActivity(b -> b.name("pack")).join().activityArn();
        String machine = client.createStateMachine(b -> b.name("flow").roleArn(FakeSfn.ROLE_ARN)
            .definition("{\"StartAt\":\"Pack\",\"States\":{\"Pack\":{\"Type\":\"Task\",\"Resource\":\""
                + activity + "\",\"End\":true}}}")).join().stateMachineArn();
        // WHEN
        CompletableFuture<GetActivityTaskResponse> polled = client.getActivityTask(b -> b.activityArn(activity));
        // THEN: it returned at once and waits
        assertThat(polled).isNotDone();
        client.startExecution(b -> b.stateMachineArn(machine).input("{\"n\":1}")).join();
        assertThat(polled.get(10, TimeUnit.SECONDS).input()).isEqualTo("{\"n\":1}");
      }
    }

    @Test
    void closing_the_fake_ends_the_polls() throws Exception {
      // GIVEN
      FakeSfn fake = FakeSfn.builder().activityPollTimeout(Duration.ofSeconds(30)).build();
      String activity = fake.asyncClient().createActivity(b -> b.name("pack")).join().activityArn();
      CompletableFuture<GetActivityTaskResponse> polled = fake.asyncClient().getActivityTask(b -> b
          .activityArn(activity));
      // WHEN
      fake.close();
      // THEN
      assertThat(polled.get(10, TimeUnit.SECONDS).taskToken()).isNull();
    }

    @Test
    void after_close_a_poll_fails_at_once() {
      // GIVEN
      FakeSfn fake = FakeSfn.create();
      SfnAsyncClient client = fake.asyncClient();
      String activity = client.createActivity(b -> b.name("pack")).join().activityArn();
      fake.close();
      // WHEN
      CompletableFuture<GetActivityTaskResponse> polled = client.getActivityTask(b -> b.activityArn(activity));
      // THEN
      assertThat(polled).isCompletedExceptionally();
    }
  }
}
