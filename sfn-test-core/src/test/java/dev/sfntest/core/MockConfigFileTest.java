package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/** The mock file as a test uses it: read it, hand it to the fake, start executions on a test case. */
class MockConfigFileTest {

  private static final String FILE = """
      {"StateMachines": {"charge": {"TestCases": {"Declined": {"Charge": "Declined"}}}},
       "MockedResponses": {"Declined": {"0": {"Throw": {"Error": "Payment.Declined", "Cause": "card expired"}}}}}""";

  private static DescribeExecutionResponse run(FakeSfn fake, String arnSuffix) {
    SfnClient client = fake.client();
    String machine = SfnTestContext.of(fake).deploy("charge", UnusedMocksTest.TASK).arn();
    String run = client.startExecution(b -> b.stateMachineArn(machine + arnSuffix)).executionArn();
    return client.describeExecution(b -> b.executionArn(run));
  }

  @Nested
  class Use_mock_config {
    @Test
    void answers_the_tasks_of_a_test_case_from_the_file() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        fake.useMockConfig(MockConfigFile.parse(FILE, "test"));
        // WHEN
        DescribeExecutionResponse described = run(fake, "#Declined");
        // THEN
        assertThat(described.statusAsString()).isEqualTo("FAILED");
        assertThat(described.error()).isEqualTo("Payment.Declined");
      }
    }

    @Test
    void leaves_a_mock_of_the_same_state_in_the_test_first() {
      try (FakeSfn fake = FakeSfn.builder().mockConfig(MockConfigFile.parse(FILE, "test")).build()) {
        // GIVEN
        fake.mockTask("Charge").thenReturn("{\"charged\": true}");
        // WHEN
        DescribeExecutionResponse described = run(fake, "#Declined");
        // THEN
        assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
        assertThat(described.output()).isEqualTo("{\"charged\":true}");
      }
    }
  }

  @Nested
  class From_classpath {
    @Test
    void names_a_resource_that_is_not_there() {
      assertThatThrownBy(() -> MockConfigFile.fromClasspath("mocks/none.json"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("No mock configuration file on the classpath at mocks/none.json");
    }
  }

  @Nested
  class Has_test_case {
    @Test
    void tells_the_test_cases_of_each_state_machine() {
      MockConfigFile file = MockConfigFile.parse(FILE, "test");
      assertThat(file.hasTestCase("charge", "Declined")).isTrue();
      assertThat(file.hasTestCase("charge", "Approved")).isFalse();
      assertThat(file.hasTestCase("ship", "Declined")).isFalse();
    }
  }
}
