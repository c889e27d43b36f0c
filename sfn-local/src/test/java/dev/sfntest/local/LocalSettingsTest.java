package dev.sfntest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void reads_the_mock_configuration_file_from_the_working_directory_when_no_variable_names_one(@TempDir Path dir)
      throws Exception {
    // GIVEN
    Path file = Files.writeString(dir.resolve("MockConfigFile.json"), "{}");

    // WHEN
    LocalSettings unset = LocalSettings.fromEnvironment(Map.of(), dir);
    LocalSettings set = LocalSettings.fromEnvironment(Map.of("SFN_MOCK_CONFIG", "/tmp/other.json"), dir);
    LocalSettings elsewhere = LocalSettings.fromEnvironment(Map.of(), dir.resolve("empty"));

    // THEN
    assertThat(unset.mockConfig()).isEqualTo(file);
    assertThat(set.mockConfig()).isEqualTo(Path.of("/tmp/other.json"));
    assertThat(elsewhere.mockConfig()).isNull();
  }

  @Test
  void reads_the_service_endpoints_step_functions_local_documents() {
    // GIVEN
    Map<String, String> env = Map.of("LAMBDA_ENDPOINT", "http://127.0.0.1:3001", "SQS_ENDPOINT",
        "http://localhost:4566", "SAGE_MAKER_ENDPOINT", "https://sagemaker.local");

    // WHEN
    LocalSettings settings = LocalSettings.fromEnvironment(env);

    // THEN
    assertThat(settings.lambdaEndpoint()).isEqualTo(URI.create("http://127.0.0.1:3001"));
    assertThat(settings.endpoints()).containsEntry("sqs", URI.create("http://localhost:4566"))
        .containsEntry("sagemaker", URI.create("https://sagemaker.local"));
    assertThat(settings.uncalledEndpoints()).containsExactly("SAGE_MAKER_ENDPOINT", "SQS_ENDPOINT");
  }

  @Test
  void names_the_endpoint_variable_whose_value_is_not_a_url() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalSettings.fromEnvironment(Map.of("LAMBDA_ENDPOINT", "localhost:3001")))
        .withMessage("LAMBDA_ENDPOINT: An endpoint is an http or https URL like http://127.0.0.1:3001: localhost:3001");
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
