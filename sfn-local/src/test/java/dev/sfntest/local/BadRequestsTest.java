package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What AWS's front end answers to requests no SDK sends, and that the server goes on serving after
 * each of them.
 */
class BadRequestsTest {

  private FakeSfn fake;
  private SfnServer server;
  private RawRequests raw;

  @BeforeEach
  void start() {
    fake = FakeSfn.create();
    server = SfnServer.builder(fake.client()).port(0).start();
    raw = new RawRequests(server.endpoint());
  }

  @AfterEach
  void stop() {
    server.close();
    fake.close();
  }

  @Test
  void an_unknown_target_is_an_unknown_operation_exception() {
    // WHEN
    HttpResponse<String> response = raw.post("AWSStepFunctions.LaunchRocket", "application/x-amz-json-1.0", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
        + "\"message\":\"Unknown operation AWSStepFunctions.LaunchRocket\"}");
    assertKeepsServing();
  }

  @Test
  void another_services_target_is_an_unknown_operation_exception() {
    // WHEN
    HttpResponse<String> response = raw.post("DynamoDB_20120810.ListTables", "application/x-amz-json-1.0", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"com.amazon.coral.service#UnknownOperationException\"");
    assertKeepsServing();
  }

  @Test
  void a_missing_target_is_an_unknown_operation_exception() {
    // WHEN
    HttpResponse<String> response = raw.post(null, "application/x-amz-json-1.0", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"com.amazon.coral.service#UnknownOperationException\"");
    assertKeepsServing();
  }

  @Test
  void malformed_json_is_a_serialization_exception() {
    // WHEN
    HttpResponse<String> response = raw.call("ListStateMachines", "{\"maxResults\": ");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"__type\":\"com.amazon.coral.service#SerializationException\","
        + "\"message\":\"The request body is not JSON: ");
    assertKeepsServing();
  }

  @Test
  void a_missing_body_is_a_serialization_exception() {
    // WHEN
    HttpResponse<String> response = raw.call("ListStateMachines", "");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"__type\":\"com.amazon.coral.service#SerializationException\"");
    assertKeepsServing();
  }

  @Test
  void a_body_that_is_not_an_object_is_a_serialization_exception() {
    // WHEN
    HttpResponse<String> response = raw.call("ListStateMachines", "[]");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\","
        + "\"message\":\"Expected a JSON object but got an array\"}");
    assertKeepsServing();
  }

  @Test
  void a_value_of_the_wrong_type_is_a_serialization_exception() {
    // WHEN
    HttpResponse<String> response = raw.call("ListStateMachines", "{\"maxResults\": \"ten\"}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\","
        + "\"message\":\"Expected a number at 'maxResults' but got a string\"}");
    assertKeepsServing();
  }

  @Test
  void a_missing_required_member_is_a_validation_exception() {
    // WHEN
    HttpResponse<String> response = raw.call("DescribeExecution", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.validate#ValidationException\","
        + "\"message\":\"1 validation error detected: Value null at 'executionArn' failed to satisfy constraint: "
        + "Member must not be null\"}");
    assertKeepsServing();
  }

  @Test
  void a_service_error_carries_the_step_functions_namespace() {
    // WHEN
    HttpResponse<String> response = raw.call("DescribeExecution",
        "{\"executionArn\": \"arn:aws:states:us-east-1:123456789012:execution:m:e\"}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist\","
        + "\"message\":\"Execution Does Not Exist: 'arn:aws:states:us-east-1:123456789012:execution:m:e'\"}");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
  }

  @Test
  void a_content_type_other_than_aws_json_is_a_bare_unknown_operation() {
    // WHEN
    HttpResponse<String> response = raw.post("AWSStepFunctions.ListStateMachines", "text/plain", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("<UnknownOperationException/>\n");
    assertKeepsServing();
  }

  @Test
  void a_missing_content_type_is_a_bare_unknown_operation() {
    // WHEN
    HttpResponse<String> response = raw.post("AWSStepFunctions.ListStateMachines", null, "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(404);
    assertKeepsServing();
  }

  @Test
  void plain_json_gets_the_rpc_envelope_aws_answers_it_with() {
    // WHEN
    HttpResponse<String> response = raw.post("AWSStepFunctions.ListStateMachines", "application/json", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"Output\":{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
        + "\"message\":null},\"Version\":\"1.0\"}");
    assertKeepsServing();
  }

  @Test
  void a_get_is_a_bare_unknown_operation() {
    // WHEN
    HttpResponse<String> response = raw.get();

    // THEN
    assertThat(response.statusCode()).isEqualTo(404);
    assertKeepsServing();
  }

  @Test
  void accepts_a_charset_in_the_content_type() {
    // WHEN
    HttpResponse<String> response = raw.post("AWSStepFunctions.ListStateMachines",
        "application/x-amz-json-1.0; charset=utf-8", "{}");

    // THEN
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"stateMachines\":[]}");
  }

  private void assertKeepsServing() {
    HttpResponse<String> next = raw.call("ListStateMachines", "{}");
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(next.body()).isEqualTo("{\"stateMachines\":[]}");
  }
}
