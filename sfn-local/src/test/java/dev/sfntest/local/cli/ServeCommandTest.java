package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.local.LocalSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;

class ServeCommandTest {

  @Test
  void serves_until_stopped() throws Exception {
    // GIVEN
    Cli cli = new Cli(Map.of("AWS_ACCOUNT_ID", "111122223333"));
    ServeCommand serve = cli.commandLine().getSubcommands().get("serve").getCommand();

    // WHEN
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
        () -> cli.execute("serve", "--port", "0", "--region", "eu-west-1", "--virtual-time"));
    assertThat(serve.awaitStarted(Duration.ofSeconds(10))).isTrue();

    // THEN
    URI endpoint = serve.running().endpoint();
    assertThat(cli.out.toString()).isEqualTo("sfn-local listening on " + endpoint
        + " (region eu-west-1, account 111122223333, virtual time, skipping to each timer)\n");
    try (SfnClient sdk = SfnClient.builder().endpointOverride(endpoint).region(Region.EU_WEST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
        .httpClient(UrlConnectionHttpClient.create()).build()) {
      String arn = sdk.createStateMachine(b -> b.name("m").roleArn(FakeSfn.ROLE_ARN)
          .definition("{\"StartAt\":\"S\",\"States\":{\"S\":{\"Type\":\"Succeed\"}}}")).stateMachineArn();
      assertThat(arn).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:m");
    }
    serve.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void flags_override_the_environment() {
    // GIVEN
    Cli cli = new Cli(Map.of("AWS_ACCOUNT_ID", "111122223333", "AWS_DEFAULT_REGION", "eu-west-1",
        "WAIT_TIME_SCALE", "0.5"));
    cli.commandLine().parseArgs("serve", "--account", "444455556666", "--wait-time-scale", "2", "--host", "0.0.0.0");
    ServeCommand serve = cli.commandLine().getSubcommands().get("serve").getCommand();

    // WHEN
    LocalSettings settings = serve.settings();

    // THEN
    assertThat(settings).isEqualTo(new LocalSettings("0.0.0.0", 8083, "eu-west-1", "444455556666", 2.0, false, null));
  }

  @Test
  void the_step_functions_local_jar_flags_are_aliases() {
    // GIVEN
    Cli cli = new Cli(Map.of());
    cli.commandLine().parseArgs("serve", "--aws-account", "111122223333", "--aws-region", "ap-south-1",
        "-waitTimeScale", "0.25", "-lambdaEndpoint", "http://127.0.0.1:3001", "-sqsEndpoint", "http://127.0.0.1:4566",
        "--step-functions-endpoint", "http://127.0.0.1:8083");
    ServeCommand serve = cli.commandLine().getSubcommands().get("serve").getCommand();

    // WHEN
    LocalSettings settings = serve.settings();

    // THEN
    assertThat(settings.account()).isEqualTo("111122223333");
    assertThat(settings.region()).isEqualTo("ap-south-1");
    assertThat(settings.waitTimeScale()).isEqualTo(0.25);
    assertThat(settings.lambdaEndpoint()).isEqualTo(URI.create("http://127.0.0.1:3001"));
    assertThat(settings.uncalledEndpoints()).containsExactly("SQS_ENDPOINT", "STEP_FUNCTIONS_ENDPOINT");
  }

  @Test
  void says_which_endpoints_it_does_not_call() throws Exception {
    // GIVEN
    Cli cli = new Cli(Map.of("SNS_ENDPOINT", "http://127.0.0.1:4566"));
    ServeCommand serve = cli.commandLine().getSubcommands().get("serve").getCommand();

    // WHEN
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("serve", "--port", "0"));
    assertThat(serve.awaitStarted(Duration.ofSeconds(10))).isTrue();
    serve.stop();

    // THEN
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(cli.err.toString()).isEqualTo("sfn-local does not call SNS_ENDPOINT: mock those Tasks in the mock"
        + " configuration file (nested executions run in sfn-local itself).\n");
  }

  @Test
  void reads_mock_config_file_json_from_the_working_directory(@TempDir Path dir) throws Exception {
    // GIVEN
    Files.writeString(dir.resolve("MockConfigFile.json"), "{\"StateMachines\": {}, \"MockedResponses\": {}}");
    ServeCommand serve = new ServeCommand(Map.of(), dir);
    picocli.CommandLine commandLine = new picocli.CommandLine(serve);
    java.io.StringWriter out = new java.io.StringWriter();
    commandLine.setOut(new java.io.PrintWriter(out, true));

    // WHEN
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("--port", "0"));
    assertThat(serve.awaitStarted(Duration.ofSeconds(10))).isTrue();
    serve.stop();

    // THEN
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains(", mocks from " + dir.resolve("MockConfigFile.json") + ")");
  }

  @Test
  void exits_2_when_the_mock_configuration_cannot_be_read(@TempDir Path dir) {
    // GIVEN
    Path missing = dir.resolve("MockConfigFile.json");
    Cli cli = new Cli(Map.of("SFN_MOCK_CONFIG", missing.toString()));

    // WHEN
    int exit = cli.execute("serve", "--port", "0");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).startsWith("Cannot read the mock configuration file " + missing);
  }

  @Test
  void exits_2_for_a_bad_account() {
    // GIVEN
    Cli cli = new Cli();

    // WHEN
    int exit = cli.execute("serve", "--port", "0", "--account", "42");

    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).isEqualTo("An AWS account id has 12 digits: 42\n");
  }

  @Test
  void warns_when_other_machines_can_reach_it() throws Exception {
    // GIVEN
    Cli cli = new Cli();
    ServeCommand serve = cli.commandLine().getSubcommands().get("serve").getCommand();

    // WHEN it binds every interface (a free port; the test talks to it on loopback only)
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
        () -> cli.execute("serve", "--port", "0", "--host", "0.0.0.0", "--virtual-time"));
    assertThat(serve.awaitStarted(Duration.ofSeconds(10))).isTrue();

    // THEN
    assertThat(cli.err.toString()).startsWith("warning: sfn-local listens on 0.0.0.0")
        .contains("checks no signature or credentials").contains("kept in memory only");
    serve.stop();
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void says_nothing_of_the_kind_on_loopback() {
    assertThat(ExposureWarning.forHost("127.0.0.1", false)).isNull();
    assertThat(ExposureWarning.forHost("localhost", false)).isNull();
    assertThat(ExposureWarning.forHost("::1", false)).isNull();
    assertThat(ExposureWarning.forHost("0.0.0.0", true)).contains("Executions are kept in memory only");
  }

  @Test
  void storage_flags_keep_finished_executions_and_a_state_dir(@TempDir Path dir) {
    // GIVEN
    Cli cli = new Cli();
    cli.commandLine().parseArgs("serve", "--keep-finished", "10", "--state-dir", dir.toString());
    ServeCommand serve = cli.commandLine().getSubcommands().get("serve").getCommand();

    // WHEN / THEN
    assertThat(serve.storage()).isEqualTo(new dev.sfntest.local.LocalStorage(10, dir));
  }
}
