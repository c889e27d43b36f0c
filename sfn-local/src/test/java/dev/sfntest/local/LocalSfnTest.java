package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.FakeSfn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

class LocalSfnTest {

  private static final LocalSettings ON_A_FREE_PORT = LocalSettings.defaults().withPort(0);

  @Test
  void answers_task_states_from_the_test_case_named_after_the_arn(@TempDir Path dir) throws IOException {
    // GIVEN a Step Functions Local mock configuration file
    Path mocks = Files.writeString(dir.resolve("mocks.json"), """
        {"StateMachines": {"notify": {"TestCases": {"Sent": {"Send": "MessageSent"}}}},
         "MockedResponses": {"MessageSent": {"0": {"Return": {"MessageId": "m-1"}}}}}
        """);
    try (LocalSfn local = LocalSfn.start(ON_A_FREE_PORT.withVirtualTime(true).withMockConfig(mocks));
         SfnClient sdk = SdkClients.sync(local.endpoint())) {
      String machine = sdk.createStateMachine(b -> b.name("notify").roleArn(FakeSfn.ROLE_ARN).definition("""
          {"StartAt": "Send", "States": {"Send": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "hi"}, "End": true}}}
          """)).stateMachineArn();

      // WHEN
      String execution = sdk.startExecution(b -> b.stateMachineArn(machine + "#Sent")).executionArn();

      // THEN
      DescribeExecutionResponse described = sdk.describeExecution(b -> b.executionArn(execution));
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.output()).isEqualTo("{\"MessageId\":\"m-1\"}");
    }
  }

  @Test
  void refuses_to_start_with_a_mock_configuration_that_is_not_valid(@TempDir Path dir) throws IOException {
    // GIVEN
    Path mocks = Files.writeString(dir.resolve("mocks.json"), "{\"MockedResponses\": {\"R\": {\"0\": {}}}}");

    // WHEN / THEN
    assertThatThrownBy(() -> LocalSfn.start(ON_A_FREE_PORT.withMockConfig(mocks)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(mocks.toString())
        .hasMessageContaining("MockedResponses.R.0 must have exactly one of Return or Throw");
  }

  @Test
  void puts_region_and_account_in_arns() {
    try (LocalSfn local = LocalSfn.start(ON_A_FREE_PORT.withRegion("eu-west-1").withAccount("111122223333").withVirtualTime(true));
         SfnClient sdk = SdkClients.sync(local.endpoint())) {
      // WHEN
      String arn = sdk.createStateMachine(b -> b.name("greeting").roleArn(FakeSfn.ROLE_ARN)
          .definition(Definitions.PASS_WAIT_CHOICE)).stateMachineArn();

      // THEN
      assertThat(arn).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:greeting");
    }
  }

  @Test
  void on_virtual_time_an_hour_long_wait_is_over_at_once() {
    try (LocalSfn local = LocalSfn.start(ON_A_FREE_PORT.withVirtualTime(true));
         SfnClient sdk = SdkClients.sync(local.endpoint())) {
      // WHEN
      String execution = startGreeting(sdk);

      // THEN
      assertThat(sdk.describeExecution(b -> b.executionArn(execution)).statusAsString()).isEqualTo("SUCCEEDED");
    }
  }

  @Test
  void on_the_scaled_wall_clock_a_wait_takes_scaled_real_time() {
    // GIVEN an hour passes in a few milliseconds
    try (LocalSfn local = LocalSfn.start(ON_A_FREE_PORT.withWaitTimeScale(1e-6));
         SfnClient sdk = SdkClients.sync(local.endpoint())) {

      // WHEN
      String execution = startGreeting(sdk);

      // THEN
      DescribeExecutionResponse described = Eventually.get(() -> sdk.describeExecution(b -> b.executionArn(execution)),
          d -> !d.statusAsString().equals("RUNNING"), Duration.ofSeconds(10));
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(Duration.between(described.startDate(), described.stopDate())).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }
  }

  @Test
  void tells_clients_how_its_clock_runs_in_a_header_of_every_answer() {
    try (LocalSfn virtual = LocalSfn.start(ON_A_FREE_PORT.withVirtualTime(true));
         LocalSfn wall = LocalSfn.start(ON_A_FREE_PORT.withWaitTimeScale(0.5));
         LocalSfn noWaits = LocalSfn.start(ON_A_FREE_PORT.withWaitTimeScale(0));
         FakeSfn fake = FakeSfn.create();
         SfnServer untold = SfnServer.builder(fake.client()).port(0).start()) {
      // WHEN
      var fromVirtual = new RawRequests(virtual.endpoint()).call("ListActivities", "{}");
      var refused = new RawRequests(virtual.endpoint()).call("DescribeActivity", "{}");
      var fromWall = new RawRequests(wall.endpoint()).call("ListActivities", "{}");
      var fromNoWaits = new RawRequests(noWaits.endpoint()).call("ListActivities", "{}");
      var fromUntold = new RawRequests(untold.endpoint()).call("ListActivities", "{}");
      // THEN
      assertThat(fromVirtual.headers().firstValue(SfnServer.CLOCK_HEADER)).contains("virtual");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.headers().firstValue(SfnServer.CLOCK_HEADER)).contains("virtual");
      assertThat(fromWall.headers().firstValue(SfnServer.CLOCK_HEADER)).contains("wall; wait-time-scale=0.5");
      // WAIT_TIME_SCALE 0 runs waits at once, as virtual time does
      assertThat(fromNoWaits.headers().firstValue(SfnServer.CLOCK_HEADER)).contains("virtual");
      assertThat(fromUntold.headers().firstValue(SfnServer.CLOCK_HEADER)).isEmpty();
    }
  }

  private static String startGreeting(SfnClient sdk) {
    String machine = sdk.createStateMachine(b -> b.name("greeting").roleArn(FakeSfn.ROLE_ARN)
        .definition(Definitions.PASS_WAIT_CHOICE)).stateMachineArn();
    return sdk.startExecution(b -> b.stateMachineArn(machine).input("{\"name\": \"world\"}")).executionArn();
  }
}
