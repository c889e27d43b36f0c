package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.FakeSfn;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

class LocalSfnTest {

  private static final LocalSettings ON_A_FREE_PORT = LocalSettings.defaults().withPort(0);

  @Test
  void refuses_a_mock_configuration_until_mocks_exist() {
    assertThatThrownBy(() -> LocalSfn.start(ON_A_FREE_PORT.withMockConfig(Path.of("mocks.json"))))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("mocks.json")
        .hasMessageEndingWith("not supported yet (issue #7)");
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

  private static String startGreeting(SfnClient sdk) {
    String machine = sdk.createStateMachine(b -> b.name("greeting").roleArn(FakeSfn.ROLE_ARN)
        .definition(Definitions.PASS_WAIT_CHOICE)).stateMachineArn();
    return sdk.startExecution(b -> b.stateMachineArn(machine).input("{\"name\": \"world\"}")).executionArn();
  }
}
