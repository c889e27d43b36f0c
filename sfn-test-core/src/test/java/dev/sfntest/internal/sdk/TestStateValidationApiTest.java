package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.ROLE;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * TestState's refusals: each rule AWS applies before it runs the state, with AWS's exception and
 * message. Cases marked "recorded" have AWS's exact words (LocalStack's recordings against AWS);
 * the others keep AWS's shape.
 */
@ParameterizedClass
@EnumSource(ClientKind.class)
class TestStateValidationApiTest {

  private static final String TASK = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\","
      + "\"Parameters\":{\"FunctionName\":\"f\"},\"End\":true}";
  private static final String MAP = "{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"Inner\",\"States\":{"
      + "\"Inner\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
  private static final String PARALLEL = "{\"Type\":\"Parallel\",\"Branches\":["
      + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}},"
      + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}],\"End\":true}";
  private static final String MAP_OR_PARALLEL = "TestState API does not support Map or Parallel states. "
      + "Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]";

  private final Api api;

  TestStateValidationApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private ThrowingCallable testing(Consumer<TestStateRequest.Builder> request) {
    return () -> api.client.testState(request);
  }

  private void refused(Consumer<TestStateRequest.Builder> request, String message) {
    assertAwsError(testing(request), ValidationException.class, "ValidationException", message);
  }

  @Nested
  class Members {
    @Test
    void the_definition_is_required() {
      refused(b -> b.input("{}"), "1 validation error detected: Value null at 'definition' failed to satisfy "
          + "constraint: Member must not be null");
    }

    @Test
    void the_inspection_level_is_one_of_aws_levels() {
      refused(b -> b.definition(TASK).inspectionLevel("LOUD"), "1 validation error detected: Value 'LOUD' at "
          + "'inspectionLevel' failed to satisfy constraint: Member must satisfy enum value set: [INFO, DEBUG, TRACE]");
    }

    @Test
    void the_field_validation_mode_is_one_of_aws_modes() {
      refused(b -> b.definition(TASK).mock(m -> m.result("{}").fieldValidationMode("LAX")),
          "1 validation error detected: Value 'LAX' at 'mock.fieldValidationMode' failed to satisfy constraint: "
              + "Member must satisfy enum value set: [STRICT, PRESENT, NONE]");
    }

    @Test
    void a_state_name_is_at_most_80_characters() {
      String name = "s".repeat(81);
      refused(b -> b.definition(TASK).stateName(name), "1 validation error detected: Value '" + name
          + "' at 'stateName' failed to satisfy constraint: Member must have length less than or equal to 80");
    }

    @Test
    void retries_spent_are_never_negative() {
      refused(b -> b.definition(TASK).mock(m -> m.result("{}")).stateConfiguration(c -> c.retrierRetryCount(-1)),
          "1 validation error detected: Value '-1' at 'stateConfiguration.retrierRetryCount' failed to satisfy "
              + "constraint: Member must have value greater than or equal to 0");
    }

    @Test
    void failed_iterations_are_never_negative() {
      refused(b -> b.definition(MAP).mock(m -> m.result("[]")).stateConfiguration(c -> c.mapIterationFailureCount(-2)),
          "1 validation error detected: Value '-2' at 'stateConfiguration.mapIterationFailureCount' failed to "
              + "satisfy constraint: Member must have value greater than or equal to 0");
    }

    @Test
    void a_role_arn_must_be_an_iam_role_arn() {
      assertAwsError(testing(b -> b.definition(TASK).roleArn("arn:aws:s3:::bucket")), InvalidArnException.class,
          "InvalidArn", "Invalid Arn: 'Invalid ARN prefix: arn:aws:s3:::bucket'");
    }
  }

  @Nested
  class Definitions {
    @Test
    void a_definition_that_is_no_valid_state_is_invalid_definition_located_in_the_state() {
      // "/" is the state's definition; nothing is said of the machine the fake wraps the state in
      assertAwsError(testing(b -> b.definition("{\"Type\":\"Pass\"}")), InvalidDefinitionException.class,
          "InvalidDefinition", "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: This object should have "
              + "only one of the following fields: [Next, End] at /'");
    }

    @Test
    void the_problems_of_a_state_are_located_in_the_state() {
      assertAwsError(testing(b -> b.definition("{\"Type\":\"Teleport\",\"End\":true}")),
          InvalidDefinitionException.class, "InvalidDefinition",
          "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these "
              + "values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] at /Type'");
    }

    @Test
    void a_definition_that_is_no_json_is_invalid_definition() {
      assertThatThrownBy(testing(b -> b.definition("{\"Type\":")))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessageStartingWith("Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: ");
    }

    @Test
    void a_state_name_the_machine_does_not_have_is_refused() {
      // recorded
      refused(b -> b.definition(Api.PASS).stateName("dne"), "State not found in definition");
    }

    @Test
    void with_a_state_name_the_whole_machine_must_be_valid() {
      // GIVEN a machine CreateStateMachine refuses
      String machine = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}}}";
      InvalidDefinitionException created = catchThrowableOfType(InvalidDefinitionException.class,
          () -> api.client.createStateMachine(b -> b.name("m").definition(machine).roleArn(ROLE)));
      // WHEN / THEN TestState refuses it alike
      assertAwsError(testing(b -> b.definition(machine).stateName("P")), InvalidDefinitionException.class,
          "InvalidDefinition", created.awsErrorDetails().errorMessage());
    }
  }

  @Nested
  class Payloads {
    @Test
    void input_that_is_no_json_is_invalid_execution_input() {
      assertAwsError(testing(b -> b.definition(Api.PASS).stateName("P").input("{oops")),
          InvalidExecutionInputException.class, "InvalidExecutionInput", "Invalid State Machine Execution Input: "
              + "'Unexpected character ('o' (code 111)): was expecting double-quote to start field name'");
    }

    @Test
    void variables_must_be_a_json_object() {
      refused(b -> b.definition(Api.PASS).stateName("P").variables("[1]"),
          "Invalid variables provided: variables must be a JSON object");
    }
  }

  @Nested
  class StateTypes {
    @Test
    void a_map_state_needs_a_mock() {
      // recorded
      assertAwsError(testing(b -> b.definition(MAP).roleArn(ROLE)), InvalidDefinitionException.class,
          "InvalidDefinition", MAP_OR_PARALLEL);
    }

    @Test
    void a_parallel_state_needs_a_mock() {
      // recorded
      assertAwsError(testing(b -> b.definition(PARALLEL).roleArn(ROLE)), InvalidDefinitionException.class,
          "InvalidDefinition", MAP_OR_PARALLEL);
    }

    @Test
    void pass_fail_and_succeed_states_take_no_mock() {
      // recorded
      refused(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").mock(m -> m.result("{}")),
          "State type 'Pass' is not supported when a mock is specified");
      refused(b -> b.definition("{\"Type\":\"Fail\"}").mock(m -> m.errorOutput(e -> e.error("E"))),
          "State type 'Fail' is not supported when a mock is specified");
      refused(b -> b.definition("{\"Type\":\"Succeed\"}").mock(m -> m.result("{}")),
          "State type 'Succeed' is not supported when a mock is specified");
    }

    @Test
    void choice_and_wait_states_take_no_mock() {
      refused(b -> b.definition("{\"Type\":\"Wait\",\"Seconds\":1,\"End\":true}").mock(m -> m.result("{}")),
          "State type 'Wait' is not supported when a mock is specified");
      refused(b -> b.definition("{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,"
          + "\"Next\":\"A\"}]}").mock(m -> m.result("{}")), "State type 'Choice' is not supported when a mock is specified");
    }

    @Test
    void a_task_without_a_mock_needs_a_role() {
      // recorded
      refused(b -> b.definition(TASK), "RoleArn must be specified when testing a Task state");
    }

    @Test
    void a_task_on_an_activity_or_a_callback_pattern_needs_a_mock() {
      String message = "TestState API does not support Activity tasks, .sync or .waitForTaskToken service "
          + "integration patterns without a mock.";
      for (String resource : new String[] {"arn:aws:states:us-east-1:123456789012:activity:review",
          "arn:aws:states:::states:startExecution.sync:2", "arn:aws:states:::sqs:sendMessage.waitForTaskToken"}) {
        String parameters = "{\"StateMachineArn\":\"arn:aws:states:us-east-1:123456789012:stateMachine:child\","
            + "\"QueueUrl\":\"q\",\"MessageBody\":\"m\"}";
        assertAwsError(testing(b -> b.definition("{\"Type\":\"Task\",\"Resource\":\"" + resource + "\","
            + (resource.contains(":activity:") ? "" : "\"Parameters\":" + parameters + ",") + "\"End\":true}")
            .roleArn(ROLE)), InvalidDefinitionException.class, "InvalidDefinition", message);
      }
    }
  }

  @Nested
  class Mocks {
    @Test
    void a_mock_has_a_result_or_an_error_output_not_both() {
      // recorded
      refused(b -> b.definition(TASK).mock(m -> m.result("{}").errorOutput(e -> e.error("E"))),
          "A test mock should have only one of the following fields: [result, errorOutput].");
    }

    @Test
    void a_mock_has_a_result_or_an_error_output() {
      refused(b -> b.definition(TASK).mock(m -> m.fieldValidationMode("NONE")),
          "A test mock should have one of the following fields: [result, errorOutput].");
    }

    @Test
    void a_mock_does_not_reveal_secrets() {
      // recorded
      refused(b -> b.definition(TASK).revealSecrets(true).mock(m -> m.result("{}")),
          "TestState does not support RevealSecrets when a mock is specified.");
    }

    @Test
    void a_mocked_result_is_json_even_without_field_validation() {
      // recorded as refused; AWS's words are not
      refused(b -> b.definition(TASK).mock(m -> m.result("not JSON string").fieldValidationMode("NONE")),
          "Mocked result must be valid JSON");
    }

    @Test
    void a_maps_mocked_result_is_an_array() {
      // recorded
      refused(b -> b.definition(MAP).mock(m -> m.result("{}")), "Mocked result must be an array.");
    }

    @Test
    void a_maps_mocked_result_is_an_object_when_it_writes_its_results() {
      // recorded
      String distributed = "{\"Type\":\"Map\",\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
          + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"Inner\",\"States\":{\"Inner\":{\"Type\":\"Pass\","
          + "\"End\":true}}},\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\","
          + "\"Parameters\":{\"Bucket\":\"b\",\"Prefix\":\"p\"}},\"End\":true}";
      refused(b -> b.definition(distributed).mock(m -> m.result("[1]")), "Mocked result must be a JSON object.");
    }

    @Test
    void a_parallels_mocked_result_is_an_array_with_one_item_per_branch() {
      // recorded
      refused(b -> b.definition(PARALLEL).mock(m -> m.result("{}")), "Mocked result must be an array.");
      refused(b -> b.definition(PARALLEL).mock(m -> m.result("[1,2,3]")),
          "Mocked result must contain the same number of items as number of Parallel branches.");
    }
  }

  @Nested
  class ContextObjects {
    private static final String PREFIX = "Invalid Context object provided: ";

    @Test
    void a_context_needs_a_mock() {
      refused(b -> b.definition(TASK).roleArn(ROLE).context("{}"),
          "TestState does not support a context object without a mock.");
    }

    @Test
    void the_mock_rule_of_the_state_comes_before_the_context() {
      // recorded: a Pass state with a mock and a context is refused for the mock
      refused(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").context("{}").mock(m -> m.result("{}")),
          "State type 'Pass' is not supported when a mock is specified");
    }

    @Test
    void a_context_has_only_the_fields_of_a_context_object() {
      // recorded
      refused(b -> b.definition(TASK).context("{\"Pokedex\":{}}").mock(m -> m.result("{}")),
          PREFIX + "Field 'Pokedex' is not allowed");
      refused(b -> b.definition(TASK).context("{\"Execution\":{\"pokemon\":\"squirtle\"}}").mock(m -> m.result("{}")),
          PREFIX + "Field 'pokemon' is not allowed");
    }

    @Test
    void a_context_has_no_map_field() {
      // recorded
      refused(b -> b.definition(TASK).context("{\"Map\":{}}").mock(m -> m.result("{}")),
          PREFIX + "'Map' field is not supported when mocking a Context object");
    }

    @Test
    void a_context_field_has_its_type() {
      // recorded for Execution.Id
      refused(b -> b.definition(TASK).context("{\"Execution\":{\"Id\":1}}").mock(m -> m.result("{}")),
          PREFIX + "Execution.Id must be a string");
      refused(b -> b.definition(TASK).context("{\"State\":{\"RetryCount\":\"1\"}}").mock(m -> m.result("{}")),
          PREFIX + "State.RetryCount must be an integer");
    }

    @Test
    void a_context_has_a_task_token_only_for_a_state_that_has_one() {
      // recorded
      refused(b -> b.definition(TASK).context("{\"Task\":{\"Token\":\"abcd123\"}}").mock(m -> m.result("{}")),
          PREFIX + "Context object contains 'Task' when state is not a Task state with a '.sync' or "
              + "'.waitForTaskToken' service integration pattern");
    }

    @Test
    void a_context_is_a_json_object() {
      refused(b -> b.definition(TASK).context("[]").mock(m -> m.result("{}")),
          PREFIX + "Context object must be a JSON object");
    }
  }

  @Nested
  class StateConfigurations {
    @Test
    void the_state_an_error_comes_from_is_inside_the_tested_map_or_parallel() {
      refused(b -> b.definition(MAP).mock(m -> m.errorOutput(e -> e.error("E")))
              .stateConfiguration(c -> c.errorCausedByState("NoSuchState")),
          "stateConfiguration.errorCausedByState 'NoSuchState' is not a state of the tested Map or Parallel state.");
      refused(b -> b.definition(TASK).mock(m -> m.errorOutput(e -> e.error("E")))
              .stateConfiguration(c -> c.errorCausedByState("StateName")),
          "stateConfiguration.errorCausedByState 'StateName' is not a state of the tested Map or Parallel state.");
    }

    @Test
    void failed_iterations_are_for_map_states() {
      refused(b -> b.definition(TASK).mock(m -> m.result("{}")).stateConfiguration(c -> c.mapIterationFailureCount(1)),
          "stateConfiguration.mapIterationFailureCount is only supported for Map states.");
    }

    @Test
    void item_reader_data_is_for_map_states_with_an_item_reader() {
      refused(b -> b.definition(MAP).mock(m -> m.result("[]")).stateConfiguration(c -> c.mapItemReaderData("[]")),
          "stateConfiguration.mapItemReaderData is only supported for Map states with an ItemReader.");
    }

    @Test
    void item_reader_data_of_a_csv_reader_is_not_supported_yet_and_says_so() {
      String map = "{\"Type\":\"Map\",\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\","
          + "\"ReaderConfig\":{\"InputType\":\"CSV\",\"CSVHeaderLocation\":\"FIRST_ROW\"},"
          + "\"Parameters\":{\"Bucket\":\"b\",\"Key\":\"k\"}},\"ItemProcessor\":{\"ProcessorConfig\":"
          + "{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":"
          + "{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
      assertThatThrownBy(testing(b -> b.definition(map).mock(m -> m.result("[]"))
          .stateConfiguration(c -> c.mapItemReaderData("a,b\n1,2\n"))))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("FakeSfnClient does not support stateConfiguration.mapItemReaderData for ReaderConfig "
              + "InputType CSV yet (JSON and JSONL are supported)");
    }
  }

  @Nested
  class FieldValidation {
    private static final String PREFIX = "Mock result schema validation error: ";
    private static final String START_EXECUTION = "{\"Type\":\"Task\",\"Resource\":"
        + "\"arn:aws:states:::states:startExecution\",\"Parameters\":{\"StateMachineArn\":"
        + "\"arn:aws:states:us-east-1:123456789012:stateMachine:TargetStateMachine\"},\"End\":true}";
    private static final String PUT_EVENTS = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::events:putEvents\","
        + "\"Parameters\":{\"Entries.$\":\"$.Entries\"},\"End\":true}";
    private static final String PUT_ITEM = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::dynamodb:putItem\","
        + "\"Parameters\":{\"TableName\":\"t\",\"Item\":{\"id\":{\"S\":\"1\"}}},\"End\":true}";

    @Test
    void strict_is_the_default_and_wants_the_required_fields() {
      // recorded
      refused(b -> b.definition(START_EXECUTION).mock(m -> m.result("{}")),
          PREFIX + "Required field 'ExecutionArn' is missing");
      refused(b -> b.definition(START_EXECUTION).mock(m -> m.result("{}").fieldValidationMode("STRICT")),
          PREFIX + "Required field 'ExecutionArn' is missing");
    }

    @Test
    void field_names_are_the_ones_step_functions_gives() {
      // recorded: the API's camelCase names are not Step Functions' PascalCase ones
      refused(b -> b.definition(START_EXECUTION)
              .mock(m -> m.result("{\"executionArn\":\"a\",\"startDate\":\"d\"}")),
          PREFIX + "Required field 'ExecutionArn' is missing");
    }

    @Test
    void a_field_has_its_type() {
      // recorded, each
      refused(b -> b.definition(START_EXECUTION).mock(m -> m.result("{\"ExecutionArn\":\"a\",\"StartDate\":true}")),
          PREFIX + "Field 'StartDate' must be a string");
      refused(b -> b.definition(TASK).mock(m -> m.result("{\"StatusCode\":\"200\"}")),
          PREFIX + "Field 'StatusCode' must be a number");
      refused(b -> b.definition(PUT_ITEM).mock(m -> m.result("{\"ConsumedCapacity\":{\"CapacityUnits\":\"123.45\"}}")),
          PREFIX + "Field 'CapacityUnits' must be a number");
      refused(b -> b.definition(PUT_EVENTS).mock(m -> m.result("{\"Entries\":\"not a list\"}")),
          PREFIX + "Field 'Entries' must be an array");
    }

    @Test
    void a_list_names_its_elements_fields() {
      // recorded: the second element's EventId is wrong
      refused(b -> b.definition(PUT_EVENTS).mock(m -> m.result(
              "{\"Entries\":[{\"EventId\":\"ok\"},{\"EventId\":[\"not a string\"]}]}")),
          PREFIX + "Field 'EventId' must be a string");
    }

    @Test
    void present_checks_types_but_not_required_fields() {
      TestStateResponse response = api.client.testState(b -> b.definition(START_EXECUTION)
          .mock(m -> m.result("{}").fieldValidationMode("PRESENT")));
      assertThat(response.output()).isEqualTo("{}");
      refused(b -> b.definition(START_EXECUTION).mock(m -> m.result("{\"StartDate\":1764103483}")
              .fieldValidationMode("PRESENT")), PREFIX + "Field 'StartDate' must be a string");
    }

    @Test
    void none_checks_nothing() {
      TestStateResponse response = api.client.testState(b -> b.definition(START_EXECUTION)
          .mock(m -> m.result("{\"StartDate\":true}").fieldValidationMode("NONE")));
      assertThat(response.output()).isEqualTo("{\"StartDate\":true}");
    }

    @Test
    void fields_outside_the_apis_model_pass() {
      // recorded
      TestStateResponse response = api.client.testState(b -> b.definition(PUT_EVENTS).input("{\"Entries\":[]}")
          .mock(m -> m.result("{\"random\":\"json\"}")));
      assertThat(response.output()).isEqualTo("{\"random\":\"json\"}");
    }
  }
}
