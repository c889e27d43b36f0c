package dev.sfntest.examples.versions;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.UniqueNames;
import dev.sfntest.junit5.SfnTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;

/**
 * Versions and aliases: version 1 in production, version 2 as a canary behind the alias {@code
 * live}, which sends it a tenth of the executions. The fake draws each execution's version by
 * weight from its seeded generator, so the split is random but the same on every run.
 *
 * <p>Portable: live, the state machine gets a name of the test's own ({@link UniqueNames}), and
 * what the setup created through the client (machine, versions, alias) is deleted after each test.
 */
@Tag("portable")
@SfnTest(seed = 7)
class CanaryAliasTest {

  /** What {@link #publishCanary} made. */
  record Canary(String machineArn, String v1, String v2, String aliasArn) {}

  Canary canary;

  // tag::live-unique-names[]
  @BeforeEach
  void publish(SfnClient client, UniqueNames names) {
    // live: "pricing-5f3a9c1e", a name no other run uses; on the fake: "pricing"
    canary = publishCanary(client, names.name("pricing"));
  }
  // end::live-unique-names[]

  static Canary publishCanary(SfnClient client) {
    return publishCanary(client, "pricing");
  }

  // tag::versions-canary-setup[]
  /** Publishes versions 1 and 2 of a pricing machine, and the alias "live" that sends 10 % to version 2. */
  static Canary publishCanary(SfnClient client, String name) {
    CreateStateMachineResponse created = client.createStateMachine(b -> b.name(name)
        .roleArn(FakeSfn.ROLE_ARN).definition(resource("workflows/pricing-v1.asl.json")).publish(true));
    String v1 = created.stateMachineVersionArn();                       // ...:stateMachine:pricing:1
    String v2 = client.updateStateMachine(b -> b.stateMachineArn(created.stateMachineArn())
        .definition(resource("workflows/pricing-v2.asl.json")).publish(true)).stateMachineVersionArn();
    String alias = client.createStateMachineAlias(b -> b.name("live").routingConfiguration(
        RoutingConfigurationListItem.builder().stateMachineVersionArn(v1).weight(90).build(),
        RoutingConfigurationListItem.builder().stateMachineVersionArn(v2).weight(10).build()))
        .stateMachineAliasArn();                                         // ...:stateMachine:pricing:live
    return new Canary(created.stateMachineArn(), v1, v2, alias);
  }
  // end::versions-canary-setup[]

  // tag::versions-canary-split[]
  @Test
  void the_canary_gets_about_a_tenth_of_the_executions(SfnClient client) {
    // WHEN: 200 executions through the alias
    Map<String, Integer> runsByVersion = new TreeMap<>();
    for (int i = 0; i < 200; i++) {
      Execution run = Execution.of(client, client.startExecution(b -> b.stateMachineArn(canary.aliasArn())
          .input("{\"sku\": \"lamp\"}")).executionArn());
      assertThat(run).hasSucceeded();
      runsByVersion.merge(run.describe().stateMachineVersionArn(), 1, Integer::sum);
    }
    // THEN: both versions ran, about 90 / 10
    assertThat(runsByVersion).containsOnlyKeys(canary.v1(), canary.v2());
    assertThat(runsByVersion.get(canary.v2())).isBetween(10, 35);
  }
  // end::versions-canary-split[]

  @Test
  void each_version_runs_its_own_definition(SfnClient client) {
    // WHEN: each version is started by its own ARN
    Execution onV1 = Execution.of(client, client.startExecution(b -> b.stateMachineArn(canary.v1())
        .input("{\"sku\": \"lamp\"}")).executionArn());
    Execution onV2 = Execution.of(client, client.startExecution(b -> b.stateMachineArn(canary.v2())
        .input("{\"sku\": \"lamp\"}")).executionArn());
    // THEN
    assertThat(onV1).hasOutput("{\"sku\": \"lamp\", \"price\": 100, \"rules\": \"v1\"}");
    assertThat(onV2).hasOutput("{\"sku\": \"lamp\", \"price\": 90, \"rules\": \"v2\"}");
  }

  @Test
  void promoting_the_canary_sends_every_execution_to_it(SfnClient client) {
    // WHEN: the alias routes everything to version 2
    client.updateStateMachineAlias(b -> b.stateMachineAliasArn(canary.aliasArn()).routingConfiguration(
        RoutingConfigurationListItem.builder().stateMachineVersionArn(canary.v2()).weight(100).build()));
    // THEN
    for (int i = 0; i < 20; i++) {
      String arn = client.startExecution(b -> b.stateMachineArn(canary.aliasArn()).input("{\"sku\": \"lamp\"}"))
          .executionArn();
      assertThat(client.describeExecution(b -> b.executionArn(arn)).stateMachineVersionArn()).isEqualTo(canary.v2());
    }
  }

  // tag::versions-seed[]
  @Test
  void the_same_seed_routes_the_same_way() {
    List<String> first = versionsDrawn(7);
    assertThat(versionsDrawn(7)).isEqualTo(first);
  }

  /** The versions 50 executions through the canary alias ran on, in a new fake with that seed. */
  static List<String> versionsDrawn(long seed) {
    try (FakeSfn fake = FakeSfn.builder().seed(seed).build()) {
      SfnClient client = fake.client();
      Canary canary = publishCanary(client);
      List<String> versions = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String arn = client.startExecution(b -> b.stateMachineArn(canary.aliasArn()).input("{}")).executionArn();
        versions.add(client.describeExecution(b -> b.executionArn(arn)).stateMachineVersionArn());
      }
      return versions;
    }
  }
  // end::versions-seed[]

  static String resource(String name) {
    try (InputStream in = CanaryAliasTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
