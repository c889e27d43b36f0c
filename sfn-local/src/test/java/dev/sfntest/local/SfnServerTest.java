package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.Tag;

class SfnServerTest {

  @Nested
  class binding {

    @Test
    void binds_to_the_loopback_address_on_a_free_port() {
      // GIVEN
      SfnClient client = StubClient.of(Map.of());

      // WHEN
      try (SfnServer server = SfnServer.builder(client).port(0).start()) {
        // THEN
        assertThat(server.port()).isPositive();
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.endpoint()).hasToString("http://127.0.0.1:" + server.port());
      }
    }

    @Test
    void refuses_a_port_that_is_taken() {
      try (SfnServer first = SfnServer.builder(StubClient.of(Map.of())).port(0).start()) {
        // WHEN
        Throwable error = catchThrowable(() -> SfnServer.builder(StubClient.of(Map.of())).port(first.port()).start());

        // THEN
        assertThat(error).hasMessageStartingWith("Cannot listen on 127.0.0.1:" + first.port());
      }
    }

    @Test
    void stops_accepting_once_closed() {
      // GIVEN
      SfnServer server = SfnServer.builder(StubClient.of(Map.of())).port(0).start();
      int port = server.port();

      // WHEN
      server.close();

      // THEN
      assertThat(catchThrowable(() -> new Socket("127.0.0.1", port).close())).isInstanceOf(IOException.class);
    }
  }

  @Nested
  class closing {

    @Test
    void lets_a_request_in_flight_finish() throws Exception {
      // GIVEN a request the client is still answering
      CountDownLatch answering = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Map<String, Function<Object, Object>> answers = Map.of("listStateMachines", request -> {
        answering.countDown();
        await(release);
        return ListStateMachinesResponse.builder().build();
      });
      SfnServer server = SfnServer.builder(StubClient.of(answers)).port(0).shutdownGrace(Duration.ofSeconds(10)).start();
      RawRequests raw = new RawRequests(server.endpoint());
      CompletableFuture<HttpResponse<String>> request =
          CompletableFuture.supplyAsync(() -> raw.call("ListStateMachines", "{}"));
      assertThat(answering.await(10, TimeUnit.SECONDS)).isTrue();

      // WHEN
      CompletableFuture<Void> closed = CompletableFuture.runAsync(server::close);
      release.countDown();

      // THEN
      assertThat(request.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      closed.get(10, TimeUnit.SECONDS);
    }
  }

  @Nested
  class threads {

    @Test
    void a_blocked_long_poll_does_not_block_other_requests() throws Exception {
      // GIVEN a GetActivityTask that blocks until released, as a long poll does
      CountDownLatch polling = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Map<String, Function<Object, Object>> answers = Map.of(
          "getActivityTask", request -> {
            polling.countDown();
            await(release);
            return GetActivityTaskResponse.builder().build();
          },
          "listStateMachines", request -> ListStateMachinesResponse.builder().build());
      try (SfnServer server = SfnServer.builder(StubClient.of(answers)).port(0).start()) {
        RawRequests raw = new RawRequests(server.endpoint());
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(
            () -> raw.call("GetActivityTask", "{\"activityArn\": \"arn:aws:states:us-east-1:123456789012:activity:a\"}"));
        assertThat(polling.await(10, TimeUnit.SECONDS)).isTrue();

        // WHEN
        HttpResponse<String> other = raw.call("ListStateMachines", "{}");

        // THEN
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(poll).isNotDone();
        release.countDown();
        assertThat(poll.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      }
    }
  }

  @Nested
  class client_failures {

    @Test
    void an_operation_the_fake_lacks_is_an_unknown_operation_naming_it() {
      // GIVEN the fake's way of saying it lacks an operation
      Map<String, Function<Object, Object>> answers = Map.of("tagResource", request -> {
        throw new UnsupportedOperationException("FakeSfnClient does not support TagResource yet");
      });
      try (SfnServer server = SfnServer.builder(StubClient.of(answers)).port(0).start();
           SfnClient sdk = SdkClients.sync(server.endpoint())) {

        // WHEN
        var error = catchThrowableOfType(SfnException.class, () -> sdk.tagResource(b -> b
            .resourceArn("arn:aws:states:us-east-1:123456789012:stateMachine:m").tags(Tag.builder().key("k").value("v").build())));

        // THEN
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException");
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("FakeSfnClient does not support TagResource yet");
      }
    }

    @Test
    void a_bug_in_the_client_is_an_internal_failure_and_the_server_goes_on() {
      // GIVEN
      Map<String, Function<Object, Object>> answers = Map.of(
          "describeActivity", request -> {
            throw new IllegalStateException("boom");
          },
          "listStateMachines", request -> ListStateMachinesResponse.builder().build());
      try (SfnServer server = SfnServer.builder(StubClient.of(answers)).port(0).start()) {
        RawRequests raw = new RawRequests(server.endpoint());

        // WHEN
        HttpResponse<String> response = raw.call("DescribeActivity",
            "{\"activityArn\": \"arn:aws:states:us-east-1:123456789012:activity:a\"}");

        // THEN
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).startsWith("{\"__type\":\"com.amazon.coral.service#InternalFailure\"")
            .contains("java.lang.IllegalStateException: boom");
        assertThat(raw.call("ListStateMachines", "{}").statusCode()).isEqualTo(200);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
