package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.CreatedResources.Leak;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * The clean-up a live test relies on, run against a fake standing in for the account: time
 * skipping off, so that a Wait keeps its execution running as it would on AWS.
 */
class CreatedResourcesTest {

  static final String WAIT = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}}";
  static final String PASS = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";
  static final String FAN_OUT = "{\"StartAt\":\"Each\",\"States\":{\"Each\":{\"Type\":\"Map\",\"ItemsPath\":\"$.items\","
      + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
      + "\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",\"Seconds\":60,\"End\":true}}},\"End\":true}}}";

  FakeSfn account;
  /** What the test is given. */
  SfnClient client;
  /** What the account's owner uses: nothing recorded. */
  SfnClient owner;
  CreatedResources created;

  @BeforeEach
  void start() {
    account = FakeSfn.builder().timeSkipping(false).build();
    owner = account.client();
    created = CreatedResources.of(owner);
    client = created.client();
  }

  @AfterEach
  void stop() {
    account.close();
  }

  List<String> machines() {
    return owner.listStateMachines().stateMachines().stream().map(StateMachineListItem::name).toList();
  }

  List<String> activities() {
    return owner.listActivities().activities().stream().map(a -> a.name()).toList();
  }

  ExecutionStatus status(String executionArn) {
    return owner.describeExecution(b -> b.executionArn(executionArn)).status();
  }

  /** A machine with versions 1 and 2 and the alias "live" over both. */
  record Published(String machine, String v1, String v2, String alias) {}

  static Published publish(SfnClient client, String name) {
    var createdMachine = client.createStateMachine(b -> b.name(name).definition(WAIT).roleArn(FakeSfn.ROLE_ARN)
        .publish(true));
    String v2 = client.updateStateMachine(b -> b.stateMachineArn(createdMachine.stateMachineArn()).definition(PASS)
        .publish(true)).stateMachineVersionArn();
    String alias = client.createStateMachineAlias(b -> b.name("live").routingConfiguration(
        RoutingConfigurationListItem.builder().stateMachineVersionArn(createdMachine.stateMachineVersionArn())
            .weight(50).build(),
        RoutingConfigurationListItem.builder().stateMachineVersionArn(v2).weight(50).build())).stateMachineAliasArn();
    return new Published(createdMachine.stateMachineArn(), createdMachine.stateMachineVersionArn(), v2, alias);
  }

  @Nested
  class clean_up {
    @Test
    void stops_what_runs_and_deletes_aliases_versions_machines_and_activities() {
      // GIVEN
      Published pricing = publish(client, "pricing");
      String activity = client.createActivity(b -> b.name("pack")).activityArn();
      String running = client.startExecution(b -> b.stateMachineArn(pricing.v1()).input("{}")).executionArn();
      assertThat(created.created()).containsExactlyInAnyOrder(pricing.machine(), pricing.v1(), pricing.v2(),
          pricing.alias(), activity);
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(machines()).isEmpty();
      assertThat(activities()).isEmpty();
      assertThat(status(running)).isEqualTo(ExecutionStatus.ABORTED);
      assertThat(owner.describeExecution(b -> b.executionArn(running)).error()).isEqualTo("sfn-test.TestEnded");
      assertThat(created.created()).isEmpty();
    }

    @Test
    void stops_executions_of_its_machines_that_others_started() {
      // GIVEN: the code under test starts an execution with a client of its own
      String machine = client.createStateMachine(b -> b.name("waits").definition(WAIT).roleArn(FakeSfn.ROLE_ARN))
          .stateMachineArn();
      String elsewhere = owner.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(status(elsewhere)).isEqualTo(ExecutionStatus.ABORTED);
      assertThat(machines()).isEmpty();
    }

    @Test
    void stops_the_child_executions_of_a_map_run() {
      // GIVEN
      String machine = client.createStateMachine(b -> b.name("fan-out").definition(FAN_OUT).roleArn(FakeSfn.ROLE_ARN))
          .stateMachineArn();
      String parent = client.startExecution(b -> b.stateMachineArn(machine).input("{\"items\": [1, 2, 3]}"))
          .executionArn();
      String mapRun = owner.listMapRuns(b -> b.executionArn(parent)).mapRuns().get(0).mapRunArn();
      assertThat(owner.listExecutions(b -> b.mapRunArn(mapRun)).executions()).extracting(ExecutionListItem::status)
          .containsOnly(ExecutionStatus.RUNNING).hasSize(3);
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(owner.listExecutions(b -> b.mapRunArn(mapRun).statusFilter(ExecutionStatus.RUNNING)).executions())
          .isEmpty();
      assertThat(machines()).isEmpty();
    }

    @Test
    void tolerates_what_the_test_deleted_itself_through_any_client() {
      // GIVEN
      Published pricing = publish(client, "pricing");
      String activity = client.createActivity(b -> b.name("pack")).activityArn();
      client.deleteStateMachineAlias(b -> b.stateMachineAliasArn(pricing.alias()));
      owner.deleteStateMachine(b -> b.stateMachineArn(pricing.machine()));   // not seen by the recording
      owner.deleteActivity(b -> b.activityArn(activity));
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(machines()).isEmpty();
    }

    @Test
    void tolerates_a_machine_already_deleting() {
      // GIVEN: deleted while an execution runs, the machine stays DELETING until the execution ends
      String machine = client.createStateMachine(b -> b.name("waits").definition(WAIT).roleArn(FakeSfn.ROLE_ARN))
          .stateMachineArn();
      client.startExecution(b -> b.stateMachineArn(machine));
      owner.deleteStateMachine(b -> b.stateMachineArn(machine));
      assertThat(owner.describeStateMachine(b -> b.stateMachineArn(machine)).statusAsString()).isEqualTo("DELETING");
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(machines()).isEmpty();
    }

    @Test
    void never_touches_what_existed_before_the_test() {
      // GIVEN: the account's own machine, alias, activity and a running execution
      Published shared = publish(owner, "shared");
      owner.createStateMachine(b -> b.name("plain").definition(PASS).roleArn(FakeSfn.ROLE_ARN));
      String sharedActivity = owner.createActivity(b -> b.name("shared-activity")).activityArn();
      String theirs = owner.startExecution(b -> b.stateMachineArn(shared.v1())).executionArn();
      // WHEN: the test "creates" some again (the service returns the existing ones) and uses them
      String plain = client.createStateMachine(b -> b.name("plain").definition(PASS).roleArn(FakeSfn.ROLE_ARN))
          .stateMachineArn();
      client.createActivity(b -> b.name("shared-activity"));
      client.startExecution(b -> b.stateMachineArn(plain));
      client.createStateMachineAlias(b -> b.name("test-alias").routingConfiguration(
          RoutingConfigurationListItem.builder().stateMachineVersionArn(shared.v2()).weight(100).build()));
      List<Leak> leaks = created.cleanUp();
      // THEN: only the alias the test added to their machine is gone
      assertThat(leaks).isEmpty();
      assertThat(machines()).containsExactlyInAnyOrder("shared", "plain");
      assertThat(owner.listStateMachineAliases(b -> b.stateMachineArn(shared.machine())).stateMachineAliases())
          .extracting(a -> a.stateMachineAliasArn()).containsExactly(shared.alias());
      assertThat(owner.describeStateMachineAlias(b -> b.stateMachineAliasArn(shared.alias())).name()).isEqualTo("live");
      assertThat(owner.describeStateMachine(b -> b.stateMachineArn(shared.v2())).stateMachineArn()).isNotNull();
      assertThat(owner.describeActivity(b -> b.activityArn(sharedActivity)).name()).isEqualTo("shared-activity");
      assertThat(status(theirs)).isEqualTo(ExecutionStatus.RUNNING);
    }

    @Test
    void reports_what_it_cannot_delete_with_its_arn_and_goes_on() {
      // GIVEN: the test publishes a version of someone else's machine, and their alias is moved to it
      Published shared = publish(owner, "shared");
      owner.updateStateMachine(b -> b.stateMachineArn(shared.machine()).definition(WAIT));
      String v3 = client.publishStateMachineVersion(b -> b.stateMachineArn(shared.machine())).stateMachineVersionArn();
      owner.updateStateMachineAlias(b -> b.stateMachineAliasArn(shared.alias()).routingConfiguration(
          RoutingConfigurationListItem.builder().stateMachineVersionArn(v3).weight(100).build()));
      client.createActivity(b -> b.name("pack"));
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN: the version stays, named with the service's reason; the rest is cleaned all the same
      assertThat(leaks).singleElement().satisfies(leak -> {
        assertThat(leak.arn()).isEqualTo(v3);
        assertThat(leak.reason()).startsWith("could not delete it: Version to be deleted must not be referenced by "
            + "an alias");
      });
      assertThat(Leak.describe(leaks)).isEqualTo("  " + v3 + ": " + leaks.get(0).reason());
      assertThat(activities()).isEmpty();
      assertThat(owner.describeStateMachine(b -> b.stateMachineArn(v3)).stateMachineArn()).isEqualTo(v3);
      assertThat(owner.describeStateMachineAlias(b -> b.stateMachineAliasArn(shared.alias())).name()).isEqualTo("live");
      assertThat(created.created()).isEmpty();
    }

    @Test
    void keeps_a_version_it_only_read_back() {
      // GIVEN: publishing a revision already published returns that version (AWS's idempotency)
      String machine = owner.createStateMachine(b -> b.name("shared").definition(PASS).roleArn(FakeSfn.ROLE_ARN)
          .publish(true)).stateMachineVersionArn();
      String unqualified = machine.substring(0, machine.lastIndexOf(':'));
      // WHEN
      String returned = client.publishStateMachineVersion(b -> b.stateMachineArn(unqualified)).stateMachineVersionArn();
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(returned).isEqualTo(machine);
      assertThat(leaks).isEmpty();
      assertThat(owner.describeStateMachine(b -> b.stateMachineArn(machine)).stateMachineArn()).isEqualTo(machine);
    }

    @Test
    void cleans_each_thing_once() {
      // GIVEN
      client.createActivity(b -> b.name("pack"));
      created.cleanUp();
      String later = client.createActivity(b -> b.name("later")).activityArn();
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(activities()).isEmpty();
      assertThat(created.created()).doesNotContain(later);
    }

    @Test
    void covers_what_the_asynchronous_client_created() {
      // GIVEN
      SfnAsyncClient async = created.wrap(account.asyncClient());
      String machine = async.createStateMachine(b -> b.name("waits").definition(WAIT).roleArn(FakeSfn.ROLE_ARN))
          .join().stateMachineArn();
      String execution = async.startExecution(b -> b.stateMachineArn(machine)).join().executionArn();
      async.createActivity(b -> b.name("pack")).join();
      // WHEN
      List<Leak> leaks = created.cleanUp();
      // THEN
      assertThat(leaks).isEmpty();
      assertThat(machines()).isEmpty();
      assertThat(activities()).isEmpty();
      assertThat(created.startedExecutions()).isEmpty();
      assertThat(status(execution)).isEqualTo(ExecutionStatus.ABORTED);
    }
  }

  @Nested
  class client {
    @Test
    void records_the_executions_it_starts() {
      // GIVEN
      StateMachine machine = StateMachine.create(client, "pass", PASS, FakeSfn.ROLE_ARN);
      // WHEN
      Execution run = machine.start("{}");
      // THEN
      assertThat(created.startedExecutions()).containsExactly(run.arn());
    }

    @Test
    void gives_its_handles_the_wait_it_was_made_with() {
      // GIVEN
      CreatedResources limited = CreatedResources.of(owner, Duration.ofSeconds(5));
      StateMachine machine = StateMachine.create(limited.client(), "pass", PASS, FakeSfn.ROLE_ARN);
      // WHEN
      Execution run = machine.start("{}");
      // THEN
      assertThat(run.timeout()).isEqualTo(Duration.ofSeconds(5));
      assertThat(Execution.of(client, run.arn()).timeout()).isEqualTo(Execution.DEFAULT_TIMEOUT);
    }

    @Test
    void leads_to_the_fake_beneath() {
      assertThat(ForwardingSfnClient.unwrap(client)).isSameAs(owner);
      assertThat(SfnTestContext.of(account, client).client()).isSameAs(client);
    }
  }
}
