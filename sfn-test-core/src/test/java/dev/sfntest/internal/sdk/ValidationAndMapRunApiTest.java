package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.PASS;
import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** ValidateStateMachineDefinition; DescribeMapRun, ListMapRuns and UpdateMapRun. */
@ParameterizedClass
@EnumSource(ClientKind.class)
class ValidationAndMapRunApiTest {

  private static final String WAIT_FOR_TOKEN = "{\"StartAt\":\"SendMessageWithWait\",\"States\":{"
      + "\"SendMessageWithWait\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
      + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":\"m\"},\"End\":true}}}";

  private final Api api;

  ValidationAndMapRunApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private ValidateStateMachineDefinitionResponse validate(String definition, String type) {
    return api.client.validateStateMachineDefinition(b -> b.definition(definition).type(type));
  }

  @Nested
  class ValidateStateMachineDefinition {
    @Test
    void a_valid_definition_is_ok_without_diagnostics() {
      ValidateStateMachineDefinitionResponse response = validate(PASS, null);
      assertThat(response.resultAsString()).isEqualTo("OK");
      assertThat(response.diagnostics()).isEmpty();
      assertThat(response.truncated()).isFalse();
    }

    @Test
    void an_invalid_definition_fails_with_its_diagnostics() {
      ValidateStateMachineDefinitionResponse response = validate("{\"StartAt\":\"P\"}", "STANDARD");
      assertThat(response.resultAsString()).isEqualTo("FAIL");
      assertThat(response.diagnostics()).isNotEmpty();
      ValidateStateMachineDefinitionDiagnostic first = response.diagnostics().get(0);
      assertThat(first.severityAsString()).isEqualTo("ERROR");
      assertThat(first.code()).isEqualTo("SCHEMA_VALIDATION_FAILED");
      assertThat(first.message()).contains("States");
    }

    @Test
    void the_type_decides_what_is_allowed() {
      // WHEN
      ValidateStateMachineDefinitionResponse standard = validate(WAIT_FOR_TOKEN, "STANDARD");
      ValidateStateMachineDefinitionResponse express = validate(WAIT_FOR_TOKEN, "EXPRESS");
      // THEN (recorded)
      assertThat(standard.resultAsString()).isEqualTo("OK");
      assertThat(express.resultAsString()).isEqualTo("FAIL");
      assertThat(express.diagnostics()).containsExactly(ValidateStateMachineDefinitionDiagnostic.builder()
          .severity("ERROR").code("SCHEMA_VALIDATION_FAILED")
          .message("Express state machine does not support '.waitForTaskToken' service integration ")
          .location("/States/SendMessageWithWait/Resource").build());
    }

    @Test
    void max_results_truncates() {
      // GIVEN: two errors
      String definition = "{\"StartAt\":\"A\",\"States\":{"
          + "\"A\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"Next\":\"B\"},"
          + "\"B\":{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\",\"End\":true}}}";
      // WHEN
      ValidateStateMachineDefinitionResponse response = api.client.validateStateMachineDefinition(b -> b
          .definition(definition).type("EXPRESS").maxResults(1));
      // THEN
      assertThat(response.diagnostics()).hasSize(1);
      assertThat(response.truncated()).isTrue();
    }

    @Test
    void more_than_100_results_fails_validation() {
      assertAwsError(() -> api.client.validateStateMachineDefinition(b -> b.definition(PASS).maxResults(101)),
          ValidationException.class, "ValidationException", "1 validation error detected: Value '101' at "
              + "'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
    }

    @Test
    void a_definition_is_required() {
      assertAwsError(() -> api.client.validateStateMachineDefinition(b -> b.type("STANDARD")),
          ValidationException.class, "ValidationException", "1 validation error detected: Value null at "
              + "'definition' failed to satisfy constraint: Member must not be null");
    }
  }

  @Nested
  class MapRuns {
    private final String mapRun = PREFIX + "mapRun:order/Map:6cd34e2a-0000-0000-0000-000000000000";

    @Test
    void describing_a_map_run_that_does_not_exist_is_resource_not_found() {
      assertAwsError(() -> api.client.describeMapRun(b -> b.mapRunArn(mapRun)), ResourceNotFoundException.class,
          "ResourceNotFound", "Resource not found: '" + mapRun + "'");
    }

    @Test
    void updating_a_map_run_that_does_not_exist_is_resource_not_found() {
      assertAwsError(() -> api.client.updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(5)),
          ResourceNotFoundException.class, "ResourceNotFound", "Resource not found: '" + mapRun + "'");
    }

    @Test
    void an_update_must_change_something() {
      assertAwsError(() -> api.client.updateMapRun(b -> b.mapRunArn(mapRun)), ValidationException.class,
          "ValidationException", "At least one of maxConcurrency, toleratedFailurePercentage and "
              + "toleratedFailureCount must be specified");
    }

    @Test
    void a_tolerated_percentage_over_100_fails_validation() {
      assertAwsError(() -> api.client.updateMapRun(b -> b.mapRunArn(mapRun).toleratedFailurePercentage(101f)),
          ValidationException.class, "ValidationException", "1 validation error detected: Value '101.0' at "
              + "'toleratedFailurePercentage' failed to satisfy constraint: Member must have value less than or "
              + "equal to 100");
    }

    @Test
    void an_execution_arn_is_not_a_map_run_arn() {
      String run = api.start(api.machine("order", PASS), "x", "{}");
      assertAwsError(() -> api.client.describeMapRun(b -> b.mapRunArn(run)), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: execution'");
    }

    @Test
    void an_execution_without_map_runs_lists_none() {
      String run = api.start(api.machine("order", PASS), "x", "{}");
      assertThat(api.client.listMapRuns(b -> b.executionArn(run)).mapRuns()).isEmpty();
    }

    @Test
    void listing_map_runs_of_an_execution_that_does_not_exist_is_execution_does_not_exist() {
      String arn = PREFIX + "execution:order:nope";
      assertAwsError(() -> api.client.listMapRuns(b -> b.executionArn(arn)), ExecutionDoesNotExistException.class,
          "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
  }
}
