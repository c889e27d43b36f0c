package dev.sfntest.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bodies larger than any request may be. A body over the server's 16 MiB bound is refused with a
 * JSON error as soon as its length is known, and the rest is dropped unread into memory, so a
 * client cannot fill the server's memory; a body a
 * little over AWS's own 1 MiB quotas reaches the operation, which refuses it as AWS does.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OversizedBodiesTest {

  private final Served served = new Served();

  @AfterEach
  void close() {
    served.close();
  }

  @Test
  void a_body_over_16_mib_is_refused_as_too_large_and_the_server_goes_on() throws Exception {
    // GIVEN 17 MiB of JSON, sent while the answer is read
    byte[] body = ("{\"name\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    try (Wire wire = served.wire()) {
      CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> wire.send(("POST / HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.CreateActivity\r\n"
          + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1)).send(body));

      // WHEN
      Wire.Response response = wire.read();

      // THEN
      Served.assertAwsError(response, 413, "RequestEntityTooLargeException");
      sending.handle((sent, error) -> null).get();
    }
    served.assertKeepsServing();
    assertThat(served.fake.client().listActivities().activities()).isEmpty();
  }

  @Test
  void a_body_claiming_ten_gigabytes_is_refused_at_once_unread() {
    // WHEN a client announces 10 GB and sends a few bytes, then waits
    Wire.Response response;
    try (Wire wire = served.wire()) {
      response = wire.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AWSStepFunctions.ListActivities\r\n"
          + "Content-Type: application/x-amz-json-1.0\r\nContent-Length: 10000000000\r\n\r\n{}").shutdownOutput().read();
    }

    // THEN it is refused from its declared length, none of it read
    Served.assertAwsError(response, 413, "RequestEntityTooLargeException");
    served.assertKeepsServing();
  }

  @Test
  void a_definition_just_over_1_mib_reaches_the_operation_and_is_refused_as_aws_refuses_it() {
    // WHEN
    Wire.Response response = served.call("CreateStateMachine", "{\"name\":\"big\",\"roleArn\":\""
        + "arn:aws:iam::123456789012:role/r\",\"definition\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}");

    // THEN
    Served.assertAwsError(response, 400, "ValidationException");
    served.assertKeepsServing();
  }

  @Test
  void an_execution_input_just_over_256_kib_is_refused_as_aws_refuses_it() {
    // GIVEN
    served.call("CreateStateMachine", "{\"name\":\"echo\",\"roleArn\":\"arn:aws:iam::123456789012:role/r\","
        + "\"definition\":\"{\\\"StartAt\\\":\\\"P\\\",\\\"States\\\":{\\\"P\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"End\\\":true}}}\"}");

    // WHEN
    Wire.Response response = served.call("StartExecution", "{\"stateMachineArn\":"
        + "\"arn:aws:states:us-east-1:123456789012:stateMachine:echo\",\"input\":\"\\\"" + "x".repeat(256 * 1024)
        + "\\\"\"}");

    // THEN
    Served.assertAwsError(response, 400, "InvalidExecutionInput");
    served.assertKeepsServing();
  }
}
