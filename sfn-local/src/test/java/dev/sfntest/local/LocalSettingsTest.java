package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSettingsTest {

  @Test
  void defaults_to_step_functions_local_settings_on_the_loopback_address() {
    // WHEN
    LocalSettings settings = LocalSettings.fromEnvironment(Map.of());

    // THEN
    assertThat(settings).isEqualTo(
        new LocalSettings("127.0.0.1", 8083, "us-east-1", "123456789012", 1.0, false, null));
    assertThat(settings.realTime()).isTrue();
  }

  @Test
  void reads_step_functions_local_environment_variables() {
    // GIVEN
    Map<String, String> env = Map.of("AWS_ACCOUNT_ID", "111122223333", "AWS_DEFAULT_REGION", "eu-west-1",
        "WAIT_TIME_SCALE", "0.5", "SFN_MOCK_CONFIG", "/tmp/mocks.json");

    // WHEN
    LocalSettings settings = LocalSettings.fromEnvironment(env);

    // THEN
    assertThat(settings.account()).isEqualTo("111122223333");
    assertThat(settings.region()).isEqualTo("eu-west-1");
    assertThat(settings.waitTimeScale()).isEqualTo(0.5);
    assertThat(settings.mockConfig()).isEqualTo(Path.of("/tmp/mocks.json"));
  }

  @Test
  void a_wait_time_scale_of_zero_leaves_the_wall_clock() {
    // WHEN
    LocalSettings settings = LocalSettings.fromEnvironment(Map.of("WAIT_TIME_SCALE", "0"));

    // THEN
    assertThat(settings.realTime()).isFalse();
    assertThat(settings.describeClock()).isEqualTo("wall clock, waits take no time (WAIT_TIME_SCALE 0)");
  }

  @Test
  void names_the_variable_whose_value_is_wrong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("AWS_ACCOUNT_ID", "12")))
        .withMessage("AWS_ACCOUNT_ID: An AWS account id has 12 digits: 12");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("WAIT_TIME_SCALE", "fast")))
        .withMessage("WAIT_TIME_SCALE: The wait time scale is a number from 0 up: fast");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("WAIT_TIME_SCALE", "-1")))
        .withMessage("WAIT_TIME_SCALE: The wait time scale is a number from 0 up: -1.0");
  }
}
