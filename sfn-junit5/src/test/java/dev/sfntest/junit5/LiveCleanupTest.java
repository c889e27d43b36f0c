package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.local.SfnServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * Live mode cleans up everything a test created through the clients it was given, against the
 * fake served over HTTP as the "account": time skipping off, so a Wait keeps an execution running.
 */
class LiveCleanupTest {

  static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
  static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  /** Creates a machine with versions 1 and 2, the alias "live" over both, an activity, and a running execution. */
  static void createEverything(SfnClient client, UniqueNames names, TestReporter reporter) {
    var machine = client.createStateMachine(b -> b.name(names.name("pricing")).definition(WAIT)
        .roleArn(FakeSfn.ROLE_ARN).publish(true));
    String v2 = client.updateStateMachine(b -> b.stateMachineArn(machine.stateMachineArn())
        .definition(WAIT.replace("60", "120")).publish(true)).stateMachineVersionArn();
    client.createStateMachineAlias(b -> b.name("live").routingConfiguration(
        RoutingConfigurationListItem.builder().stateMachineVersionArn(machine.stateMachineVersionArn()).weight(90).build(),
        RoutingConfigurationListItem.builder().stateMachineVersionArn(v2).weight(10).build()));
    client.createActivity(b -> b.name(names.name("pack")));
    String running = client.startExecution(b -> b.stateMachineArn(machine.stateMachineVersionArn())).executionArn();
    if (reporter != null) {
      reporter.publishEntry("execution", running);
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class CreatesEverythingThenFails {
    @Test
    void fails(SfnClient client, UniqueNames names, TestReporter reporter) {
      createEverything(client, names, reporter);
      throw new AssertionError("the test's own failure");
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class CreatesThroughTheAsyncClientThenFails {
    @Test
    void fails(SfnAsyncClient async, UniqueNames names, TestReporter reporter) {
      String machine = async.createStateMachine(b -> b.name(names.name("waits")).definition(WAIT)
          .roleArn(FakeSfn.ROLE_ARN)).join().stateMachineArn();
      reporter.publishEntry("execution", async.startExecution(b -> b.stateMachineArn(machine)).join().executionArn());
      async.createActivity(b -> b.name(names.name("pack"))).join();
      throw new AssertionError("the test's own failure");
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class SetupFailsAfterCreating {
    @BeforeEach
    void setUp(SfnClient client, UniqueNames names) {
      createEverything(client, names, null);
      throw new IllegalStateException("the setup's own failure");
    }

    @Test
    void never_runs() {
      // the setup fails first
    }
  }

  @Fixture
  static class ClassSetupFailsAfterCreating {
    @RegisterExtension
    static SfnExtension sfn = SfnExtension.builder().mode(Mode.LIVE).build();

    @BeforeAll
    static void setUp(SfnClient client, UniqueNames names) {
      createEverything(client, names, null);
      throw new IllegalStateException("the class setup's own failure");
    }

    @Test
    void never_runs() {
      // the class setup fails first
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class UsesWhatExistedBefore {
    /** The account's own machine, set by the test that runs this fixture. */
    static volatile String sharedMachine;

    @Test
    void runs(SfnClient client) {
      client.createStateMachine(b -> b.name("shared").definition(PASS).roleArn(FakeSfn.ROLE_ARN));
      client.createActivity(b -> b.name("shared-activity"));
      client.startExecution(b -> b.stateMachineArn(sharedMachine));
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class LeavesAVersionBehind {
    /** The account's own machine and alias, set by the test that runs this fixture. */
    static volatile String sharedMachine;
    static volatile String sharedAlias;

    @Test
    void moves_their_alias_to_its_version(SfnClient client, TestReporter reporter) {
      client.updateStateMachine(b -> b.stateMachineArn(sharedMachine).definition(WAIT));
      String version = client.publishStateMachineVersion(b -> b.stateMachineArn(sharedMachine))
          .stateMachineVersionArn();
      client.updateStateMachineAlias(b -> b.stateMachineAliasArn(sharedAlias).routingConfiguration(
          RoutingConfigurationListItem.builder().stateMachineVersionArn(version).weight(100).build()));
      reporter.publishEntry("version", version);
    }
  }

  @Fixture
  @SfnTest(mode = Mode.LIVE)
  static class TakesNames {
    @Test
    void live(UniqueNames names, @Deploy("workflows/hello.asl.json") dev.sfntest.core.StateMachine hello,
        TestReporter reporter) {
      reporter.publishEntry("name", names.name("pricing"));
      reporter.publishEntry("deployed", hello.name());
    }
  }

  @Fixture
  @SfnTest
  static class TakesNamesOnTheFake {
    @Test
    void fake(UniqueNames names, TestReporter reporter) {
      reporter.publishEntry("name", names.name("pricing"));
    }
  }

  /** The fake served over HTTP: the account live mode calls. */
  final FakeSfn account = FakeSfn.builder().timeSkipping(false).build();
  final AtomicReference<SfnServer> http = new AtomicReference<>();

  @BeforeEach
  void serve() {
    http.set(SfnServer.builder(account.client()).port(0).start());
  }

  @AfterEach
  void stop() {
    http.get().close();
    account.close();
  }

  Map<String, String> endpoint() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("sfntest.endpoint", http.get().endpoint().toString());
    parameters.put("sfntest.credentials", "dummy");
    return parameters;
  }

  List<String> machines() {
    return account.client().listStateMachines().stateMachines().stream().map(StateMachineListItem::name).toList();
  }

  List<String> activities() {
    return account.client().listActivities().activities().stream().map(a -> a.name()).toList();
  }

  ExecutionStatus status(String executionArn) {
    return account.client().describeExecution(b -> b.executionArn(executionArn)).status();
  }

  @Nested
  @ResourceLock(Resources.SYSTEM_OUT)
  class after_a_test_that_fails {
    @Test
    void the_endpoint_holds_nothing_it_created() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(CreatesEverythingThenFails.class, endpoint());
      // THEN: the test's own failure is reported, alone
      Throwable failure = Fixtures.failures(results).get("fails");
      assertThat(failure).isInstanceOf(AssertionError.class).hasMessage("the test's own failure");
      assertThat(failure.getSuppressed()).isEmpty();
      // THEN: machine, versions, alias and activity are gone, the execution stopped
      // (a deleted machine is listed until its last execution has ended)
      assertThat(machines()).isEmpty();
      assertThat(activities()).isEmpty();
      assertThat(status(Fixtures.reported(results, "execution").get("fails"))).isEqualTo(ExecutionStatus.ABORTED);
    }

    @Test
    void the_endpoint_holds_nothing_the_async_client_created() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(CreatesThroughTheAsyncClientThenFails.class, endpoint());
      // THEN
      assertThat(Fixtures.failures(results).get("fails")).hasMessage("the test's own failure");
      assertThat(machines()).isEmpty();
      assertThat(activities()).isEmpty();
      assertThat(status(Fixtures.reported(results, "execution").get("fails"))).isEqualTo(ExecutionStatus.ABORTED);
    }

    @Test
    void whose_setup_fails_the_endpoint_holds_nothing_it_created() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(SetupFailsAfterCreating.class, endpoint());
      // THEN
      assertThat(Fixtures.failures(results).get("never_runs")).hasMessage("the setup's own failure");
      // (a deleted machine is listed until its last execution has ended: none runs)
      assertThat(machines()).isEmpty();
      assertThat(activities()).isEmpty();
    }

    @Test
    void whose_class_setup_fails_the_endpoint_holds_nothing_it_created() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(ClassSetupFailsAfterCreating.class, endpoint());
      // THEN: the class reports its setup's failure, and nothing is left
      results.containerEvents().assertThatEvents().haveExactly(1, EventConditions.finishedWithFailure(
          TestExecutionResultConditions.message("the class setup's own failure")));
      assertThat(machines()).isEmpty();
      assertThat(activities()).isEmpty();
    }
  }

  @Nested
  @ResourceLock(Resources.SYSTEM_OUT)
  class what_the_test_did_not_create {
    @Test
    void is_never_touched() {
      // GIVEN: the account's own machine, activity and a running execution of theirs
      String shared = account.client().createStateMachine(b -> b.name("shared").definition(PASS)
          .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
      account.client().createActivity(b -> b.name("shared-activity"));
      String waits = account.client().createStateMachine(b -> b.name("waits").definition(WAIT)
          .roleArn(FakeSfn.ROLE_ARN)).stateMachineArn();
      String theirs = account.client().startExecution(b -> b.stateMachineArn(waits)).executionArn();
      UsesWhatExistedBefore.sharedMachine = shared;
      // WHEN: the test "creates" the same machine and activity (AWS returns the existing ones)
      EngineExecutionResults results = Fixtures.run(UsesWhatExistedBefore.class, endpoint());
      // THEN
      assertThat(Fixtures.failures(results)).isEmpty();
      assertThat(machines()).containsExactlyInAnyOrder("shared", "waits");
      assertThat(activities()).containsExactly("shared-activity");
      assertThat(status(theirs)).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void that_blocks_the_clean_up_leaves_a_leak_reported_with_its_arn() {
      // GIVEN
      String shared = account.client().createStateMachine(b -> b.name("shared").definition(PASS)
          .roleArn(FakeSfn.ROLE_ARN).publish(true)).stateMachineVersionArn();
      String machine = shared.substring(0, shared.lastIndexOf(':'));
      LeavesAVersionBehind.sharedMachine = machine;
      LeavesAVersionBehind.sharedAlias = account.client().createStateMachineAlias(b -> b.name("prod")
              .routingConfiguration(RoutingConfigurationListItem.builder().stateMachineVersionArn(shared).weight(100)
                  .build()))
          .stateMachineAliasArn();
      // WHEN
      AtomicReference<EngineExecutionResults> results = new AtomicReference<>();
      String printed = Fixtures.standardOutputOf(() -> {
        results.set(Fixtures.run(LeavesAVersionBehind.class, endpoint()));
        return results.get();
      });
      // THEN: the version the alias now routes to cannot be deleted: the output and the failure name it
      String version = Fixtures.reported(results.get(), "version").get("moves_their_alias_to_its_version");
      String line = "  " + version + ": could not delete it: Version to be deleted must not be referenced by an alias. "
          + "Current list of aliases referencing this version: [prod]";
      assertThat(printed).contains("[sfn-test] moves_their_alias_to_its_version(SfnClient, TestReporter) left behind "
          + "1 resource it created; delete it by hand:\n" + line);
      assertThat(Fixtures.failures(results.get()).get("moves_their_alias_to_its_version"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("The clean-up after moves_their_alias_to_its_version(SfnClient, TestReporter) could not "
              + "remove a resource it created:\n" + line);
      assertThat(machines()).containsExactly("shared");
    }
  }

  @Nested
  class unique_names {
    @Test
    void are_suffixed_live_as_deployments_are() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(TakesNames.class, endpoint());
      // THEN
      String name = Fixtures.reported(results, "name").get("live");
      String deployed = Fixtures.reported(results, "deployed").get("live");
      assertThat(name).matches("pricing-[0-9a-f]{8}");
      assertThat(deployed).isEqualTo("hello" + name.substring("pricing".length()));
    }

    @Test
    void are_as_given_on_the_fake() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(TakesNamesOnTheFake.class);
      // THEN
      assertThat(Fixtures.reported(results, "name").get("fake")).isEqualTo("pricing");
    }
  }
}
