package dev.sfntest.internal.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.MockConfigFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** The Step Functions Local mock configuration file, read as Step Functions Local reads it. */
class MockFileTest {

  private static final String FILE = """
      {"StateMachines": {"Order": {"TestCases": {"Happy": {"Charge": "ChargeOk"}, "Flaky": {"Charge": "ChargeFlaky"}}}},
       "MockedResponses": {
         "ChargeOk": {"0": {"Return": {"charged": true}}},
         "ChargeFlaky": {"0-1": {"Throw": {"Error": "Busy", "Cause": "try again"}}, "2": {"Return": {"charged": true}}}}}""";

  @Nested
  class Selection {
    @Test
    void a_test_case_maps_states_to_mocked_responses() {
      MockFile config = MockFile.parse(FILE, "test");
      assertThat(config.hasTestCase("Order", "Happy")).isTrue();
      assertThat(config.responseName("Order", "Flaky", "Charge")).isEqualTo("ChargeFlaky");
      assertThat(config.responseName("Order", "Flaky", "Ship")).isNull();
    }

    @Test
    void invocation_keys_select_single_calls_and_inclusive_ranges() {
      MockFile config = MockFile.parse(FILE, "test");
      assertThat(config.response("ChargeFlaky", 0).kind()).isEqualTo(MockResponse.Kind.FAIL);
      assertThat(config.response("ChargeFlaky", 1).error()).isEqualTo("Busy");
      assertThat(config.response("ChargeFlaky", 2).kind()).isEqualTo(MockResponse.Kind.RETURN);
      assertThat(config.response("ChargeFlaky", 3)).isNull();
    }
  }

  @Nested
  class Validation {
    @Test
    void an_entry_needs_exactly_one_of_return_or_throw() {
      assertThatThrownBy(() -> MockFile.parse("""
          {"StateMachines": {}, "MockedResponses": {"R": {"0": {"Return": 1, "Throw": {"Error": "E", "Cause": "C"}}}}}""",
          "bad.json"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MockedResponses.R.0 must have exactly one of Return or Throw");
    }

    @Test
    void throw_needs_error_and_cause() {
      assertThatThrownBy(() -> MockFile.parse("""
          {"StateMachines": {}, "MockedResponses": {"R": {"0": {"Throw": {"Error": "E"}}}}}""", "bad.json"))
          .hasMessageContaining("Throw must have the strings Error and Cause");
    }

    @Test
    void a_test_case_must_name_a_defined_response() {
      assertThatThrownBy(() -> MockFile.parse("""
          {"StateMachines": {"M": {"TestCases": {"T": {"S": "Missing"}}}}, "MockedResponses": {}}""", "bad.json"))
          .hasMessageContaining("names the mocked response 'Missing', which MockedResponses does not define");
    }

    @Test
    void keys_must_be_invocation_numbers() {
      assertThatThrownBy(() -> MockFile.parse("""
          {"StateMachines": {}, "MockedResponses": {"R": {"first": {"Return": 1}}}}""", "bad.json"))
          .hasMessageContaining("keys are invocation numbers");
    }
  }

  @Nested
  class Executions {
    private static final String REVIEW = """
        {"StateMachines": {"Review": {"TestCases": {"Approved": {"Ask": "Yes"}}}},
         "MockedResponses": {"Yes": {"0": {"Return": {"approved": true}}}}}""";

    @Test
    void a_test_case_mocks_an_activity_that_was_never_created() {
      // GIVEN: a Task on an activity nobody created, mocked only by the test case
      try (FakeSfn fake = FakeSfn.builder().mockConfig(MockConfigFile.parse(REVIEW, "test")).build()) {
        SfnClient client = fake.client();
        String machine = client.createStateMachine(b -> b.name("Review").roleArn(FakeSfn.ROLE_ARN).definition(
            "{\"StartAt\":\"Ask\",\"States\":{\"Ask\":{\"Type\":\"Task\",\"Resource\":"
                + "\"arn:aws:states:us-east-1:123456789012:activity:never-created\",\"End\":true}}}"))
            .stateMachineArn();
        // WHEN
        String run = client.startExecution(b -> b.stateMachineArn(machine + "#Approved")).executionArn();
        // THEN
        DescribeExecutionResponse described = client.describeExecution(b -> b.executionArn(run));
        assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
        assertThat(described.output()).isEqualTo("{\"approved\":true}");
      }
    }
  }

  @Nested
  class Unknown_test_cases {
    private static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

    private ValidationException start(FakeSfn fake, String machineName, String testCase) {
      SfnClient client = fake.client();
      String machine = client.createStateMachine(b -> b.name(machineName).roleArn(FakeSfn.ROLE_ARN).definition(PASS))
          .stateMachineArn();
      return catchThrowableOfType(ValidationException.class,
          () -> client.startExecution(b -> b.stateMachineArn(machine + "#" + testCase)));
    }

    @Test
    void are_refused_at_start_execution_naming_the_cases_of_the_machine() {
      try (FakeSfn fake = FakeSfn.builder().mockConfig(MockConfigFile.parse(FILE, "MockConfigFile.json")).build()) {
        // GIVEN / WHEN
        ValidationException refused = start(fake, "Order", "NoSuchCase");
        // THEN
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo("The mock configuration MockConfigFile.json"
            + " has no test case 'NoSuchCase' for the state machine 'Order'; its test cases are: Happy, Flaky");
        assertThat(fake.client().listExecutions(b -> b.stateMachineArn(
            "arn:aws:states:us-east-1:123456789012:stateMachine:Order")).executions()).isEmpty();
      }
    }

    @Test
    void name_the_machines_the_file_has_cases_for_when_it_has_none_for_this_one() {
      try (FakeSfn fake = FakeSfn.builder().mockConfig(MockConfigFile.parse(FILE, "MockConfigFile.json")).build()) {
        // GIVEN / WHEN
        ValidationException refused = start(fake, "Refund", "Happy");
        // THEN
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo("The mock configuration MockConfigFile.json"
            + " has no test cases for the state machine 'Refund'; it has test cases for: Order");
      }
    }

    @Test
    void are_refused_when_no_file_is_loaded() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN / WHEN
        ValidationException refused = start(fake, "Order", "Happy");
        // THEN
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo("No mock configuration file is loaded, so"
            + " there is no test case 'Happy' to start the state machine 'Order' with");
      }
    }
  }
}
