package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.VirtualClock;
import dev.sfntest.local.SfnServer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

class LiveModeTest {

  static final AwsCredentialsProvider NO_CREDENTIALS = () -> {
    throw SdkClientException.create("no keys here");
  };

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class Plain {
    @Test
    void runs(SfnClient client) {
      // skipped: nothing to call
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class NeedsTheFake {
    @BeforeEach
    void setUp(SfnClient client) {
      // takes nothing of the fake's: not a reason to skip
    }

    @Test
    void takes_the_context(SfnTestContext sfn) {
      // skipped
    }

    @Test
    void takes_the_clock_and_the_fake(VirtualClock clock, FakeSfn fake) {
      // skipped
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class FieldOfTheFake {
    VirtualClock clock;

    @Test
    void runs(SfnClient client) {
      // skipped: the class has a field only the fake can fill
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE, mockConfig = "mocks/charge-mocks.json")
  static class WithMockConfig {
    @Test
    void runs(SfnClient client) {
      // skipped: the mock file works on the fake only
    }
  }

  @Fixture
  static class WithoutCredentialsShared {
    @RegisterExtension
    static SfnExtension sfn = SfnExtension.builder().mode(Mode.LIVE).endpoint("http://127.0.0.1:9")
        .credentialsProvider(NO_CREDENTIALS).build();

    @Test
    void runs(SfnClient client) {
      // skipped: no credentials
    }
  }

  @Fixture
  static class WithoutCredentialsPerTest {
    @RegisterExtension
    SfnExtension sfn = SfnExtension.builder().mode(Mode.LIVE).endpoint("http://127.0.0.1:9")
        .credentialsProvider(NO_CREDENTIALS).build();

    @Test
    void runs(SfnClient client) {
      // aborted: no credentials
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class AgainstAnEndpoint {
    @Deploy("workflows/hello.asl.json")
    StateMachine hello;

    @Test
    void runs_executions_there(TestReporter reporter) {
      Execution run = hello.start("{\"name\": \"Ada\"}").await();
      assertThat(run.isFake()).isFalse();
      assertThat(run.output().get("greeting").asText()).isEqualTo("Hello, Ada!");
      reporter.publishEntry("name", hello.name());
    }

    @Test
    void gives_an_async_client(SfnAsyncClient async) {
      String arn = async.startExecution(b -> b.stateMachineArn(hello.arn()).input("{\"name\": \"Bo\"}"))
          .join().executionArn();
      assertThat(async.describeExecution(b -> b.executionArn(arn)).join().output())
          .isEqualTo("{\"greeting\":\"Hello, Bo!\"}");
    }

    @Test
    void fails_after_starting_an_execution() {
      hello.start("{\"name\": \"Cy\"}");
      throw new AssertionError("the test's own failure");
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class LeavesAnExecutionRunning {
    @Test
    void runs(@Deploy("workflows/wait.asl.json") StateMachine wait, TestReporter reporter) {
      Execution run = wait.start("{}");
      assertThat(run.status()).isEqualTo(ExecutionStatus.RUNNING);
      reporter.publishEntry("execution", run.arn());
    }
  }

  /** The fake served over HTTP, like Step Functions Local: what live mode calls in these tests. */
  final FakeSfn server = FakeSfn.builder().timeSkipping(false).build();
  final AtomicReference<SfnServer> http = new AtomicReference<>();

  @BeforeEach
  void serve() {
    http.set(SfnServer.builder(server.client()).port(0).start());
  }

  @AfterEach
  void stop() {
    http.get().close();
    server.close();
  }

  /** Whether the served fake has StopExecution, tried on an execution of its own. */
  boolean serverStopsExecutions() {
    try (FakeSfn probe = FakeSfn.builder().timeSkipping(false).build()) {
      StateMachine wait = StateMachine.create(probe.client(), "probe",
          "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}",
          FakeSfn.ROLE_ARN);
      String arn = wait.start("{}").arn();
      probe.client().stopExecution(b -> b.executionArn(arn));
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  Map<String, String> endpoint(String... more) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("sfntest.endpoint", http.get().endpoint().toString());
    parameters.put("sfntest.credentials", "dummy");
    for (int i = 0; i < more.length; i += 2) {
      parameters.put(more[i], more[i + 1]);
    }
    return parameters;
  }

  @Nested
  class a_test_is_skipped {
    @Test
    void without_an_endpoint_or_a_region() {
      // GIVEN: an environment that names no region (the SDK's own settings are read too)
      boolean regionInEnvironment;
      try {
        new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider()).getRegion();
        regionInEnvironment = true;
      } catch (RuntimeException e) {
        regionInEnvironment = false;
      }
      assumeTrue(!regionInEnvironment, "this machine's AWS settings name a region");
      // WHEN
      EngineExecutionResults results = Fixtures.run(Plain.class);
      // THEN
      assertThat(Fixtures.skips(results)).containsOnly(Map.entry("runs", "Live mode (sfntest.mode=live) has nothing "
          + "to call: set sfntest.endpoint (like http://localhost:8083 for a local endpoint) or, for AWS itself, "
          + "sfntest.region (like eu-west-1) or the SDK's AWS_REGION."));
    }

    @Test
    void when_it_takes_what_only_the_fake_has() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(NeedsTheFake.class, endpoint());
      // THEN
      assertThat(Fixtures.skips(results)).containsOnly(
          Map.entry("takes_the_context", "Needs the fake (SfnTestContext parameter of takes_the_context()), so it "
              + "does not run in live mode (sfntest.mode=live)."),
          Map.entry("takes_the_clock_and_the_fake", "Needs the fake (VirtualClock parameter of "
              + "takes_the_clock_and_the_fake(), FakeSfn parameter of takes_the_clock_and_the_fake()), so it does not "
              + "run in live mode (sfntest.mode=live)."));
    }

    @Test
    void when_its_class_has_a_field_only_the_fake_fills() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(FieldOfTheFake.class, endpoint());
      // THEN
      assertThat(Fixtures.skips(results)).containsOnly(Map.entry("runs", "Needs the fake (VirtualClock field 'clock' "
          + "of LiveModeTest.FieldOfTheFake), so it does not run in live mode (sfntest.mode=live)."));
    }

    @Test
    void when_it_uses_a_mock_configuration_file() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(WithMockConfig.class, endpoint());
      // THEN
      assertThat(Fixtures.skips(results)).containsOnly(Map.entry("runs", "Needs the fake (mockConfig "
          + "mocks/charge-mocks.json), so it does not run in live mode (sfntest.mode=live)."));
    }

    @Test
    void without_credentials() {
      // WHEN
      EngineExecutionResults shared = Fixtures.run(WithoutCredentialsShared.class);
      EngineExecutionResults perTest = Fixtures.run(WithoutCredentialsPerTest.class);
      // THEN
      String reason = "Live mode (sfntest.mode=live) found no AWS credentials (no keys here). Give the AWS SDK's "
          + "default chain some (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ~/.aws/credentials, SSO), or set "
          + "sfntest.credentials=dummy for a local endpoint.";
      assertThat(Fixtures.skips(shared)).containsOnly(Map.entry("runs", reason));
      assertThat(Fixtures.skips(perTest)).containsOnly(Map.entry("runs", reason));
      assertThat(Fixtures.failures(perTest)).isEmpty();
    }
  }

  @Nested
  @ResourceLock(Resources.SYSTEM_OUT)
  class against_a_local_endpoint {
    @Test
    void deploys_under_unique_names_runs_and_deletes_everything_after() {
      // WHEN
      AtomicReference<EngineExecutionResults> results = new AtomicReference<>();
      String printed = Fixtures.standardOutputOf(() -> {
        results.set(Fixtures.run(AgainstAnEndpoint.class, endpoint()));
        return results.get();
      });
      // THEN: the tests ran against the server, under names of their own
      assertThat(Fixtures.passed(results.get())).containsExactlyInAnyOrder("runs_executions_there", "gives_an_async_client");
      assertThat(Fixtures.reported(results.get(), "name").get("runs_executions_there")).matches("hello-[0-9a-f]{8}");
      // THEN: the failing test reports its own failure, after the history of its execution
      assertThat(Fixtures.failures(results.get()).get("fails_after_starting_an_execution"))
          .isInstanceOf(AssertionError.class).hasMessage("the test's own failure");
      assertThat(printed).contains("[sfn-test] fails_after_starting_an_execution() failed. The executions it "
          + "started (1):").containsPattern("execution '[^']+' of state machine 'hello-[0-9a-f]{8}': SUCCEEDED")
          .contains("ExecutionSucceeded");
      // THEN: nothing is left on the server
      assertThat(server.client().listStateMachines().stateMachines()).isEmpty();
    }

    @Test
    void stops_the_executions_a_test_left_running() {
      // GIVEN
      assumeTrue(serverStopsExecutions(), "the fake of this build has no StopExecution yet");
      // WHEN
      EngineExecutionResults results = Fixtures.run(LeavesAnExecutionRunning.class, endpoint());
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      String leftRunning = Fixtures.reported(results, "execution").get("runs");
      assertThat(server.client().describeExecution(b -> b.executionArn(leftRunning)).status())
          .isEqualTo(ExecutionStatus.ABORTED);
      assertThat(server.client().listStateMachines().stateMachines()).isEmpty();
    }

    @Test
    void is_chosen_by_the_configuration_parameter() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(NeedsTheFake.class, endpoint("sfntest.mode", "live"));
      // THEN
      assertThat(Fixtures.skips(results)).hasSize(2);
    }
  }
}
