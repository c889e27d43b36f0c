package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.PASS;
import static dev.sfntest.internal.sdk.Api.PASS_RESULT;
import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.ConflictException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineAliasListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** Versions and aliases: publish, list, delete; create, describe, update, delete, list; starting through them. */
@ParameterizedClass
@EnumSource(ClientKind.class)
class VersionAndAliasApiTest {

  private final Api api;
  private final String machine;

  VersionAndAliasApiTest(ClientKind kind) {
    this.api = new Api(kind);
    this.machine = api.machine("order", PASS);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private String publish(String definition) {
    api.client.updateStateMachine(b -> b.stateMachineArn(machine).definition(definition));
    return api.client.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
  }

  private static RoutingConfigurationListItem route(String versionArn, int weight) {
    return RoutingConfigurationListItem.builder().stateMachineVersionArn(versionArn).weight(weight).build();
  }

  private String alias(String name, RoutingConfigurationListItem... routes) {
    return api.client.createStateMachineAlias(b -> b.name(name).routingConfiguration(routes)).stateMachineAliasArn();
  }

  @Nested
  class PublishStateMachineVersion {
    @Test
    void publishes_numbered_versions() {
      // WHEN
      PublishStateMachineVersionResponse v1 = api.client.publishStateMachineVersion(b -> b.stateMachineArn(machine)
          .description("first"));
      String v2 = publish(PASS_RESULT);
      // THEN
      assertThat(v1.stateMachineVersionArn()).isEqualTo(machine + ":1");
      assertThat(v1.creationDate()).isEqualTo(api.fake.clock().now());
      assertThat(v2).isEqualTo(machine + ":2");
      assertThat(api.client.describeStateMachine(b -> b.stateMachineArn(machine + ":1")).definition()).isEqualTo(PASS);
      assertThat(api.client.describeStateMachine(b -> b.stateMachineArn(v2)).definition()).isEqualTo(PASS_RESULT);
    }

    @Test
    void publishing_an_unchanged_revision_returns_its_version() {
      // GIVEN
      String v1 = api.client.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
      // WHEN
      String again = api.client.publishStateMachineVersion(b -> b.stateMachineArn(machine)).stateMachineVersionArn();
      // THEN
      assertThat(again).isEqualTo(v1);
      assertThat(api.client.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
          .hasSize(1);
    }

    @Test
    void a_stale_revision_id_is_a_conflict() {
      // GIVEN
      String r1 = api.client.updateStateMachine(b -> b.stateMachineArn(machine).definition(PASS_RESULT)).revisionId();
      String r2 = api.client.updateStateMachine(b -> b.stateMachineArn(machine).definition(PASS)).revisionId();
      // WHEN / THEN (recorded)
      assertAwsError(() -> api.client.publishStateMachineVersion(b -> b.stateMachineArn(machine).revisionId(r1)),
          ConflictException.class, "ConflictException", "Failed to publish the State Machine version for revision "
              + r1 + ". The current State Machine revision is " + r2 + ".");
    }

    @Test
    void the_current_revision_id_publishes() {
      String r1 = api.client.updateStateMachine(b -> b.stateMachineArn(machine).definition(PASS_RESULT)).revisionId();
      assertThat(api.client.publishStateMachineVersion(b -> b.stateMachineArn(machine).revisionId(r1))
          .stateMachineVersionArn()).isEqualTo(machine + ":1");
    }

    @Test
    void a_machine_that_does_not_exist_is_state_machine_does_not_exist() {
      String arn = PREFIX + "stateMachine:nope";
      assertAwsError(() -> api.client.publishStateMachineVersion(b -> b.stateMachineArn(arn)),
          StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'");
    }
  }

  @Nested
  class ListStateMachineVersions {
    @Test
    void lists_newest_first_in_pages() {
      // GIVEN
      publish(PASS);
      publish(PASS_RESULT);
      publish(Api.WAIT_60);
      // WHEN
      List<String> arns = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        var page = api.client.listStateMachineVersions(b -> b.stateMachineArn(machine).maxResults(2).nextToken(next));
        page.stateMachineVersions().forEach(v -> arns.add(v.stateMachineVersionArn()));
        token = page.nextToken();
      } while (token != null);
      // THEN (recorded order)
      assertThat(arns).containsExactly(machine + ":3", machine + ":2", machine + ":1");
    }
  }

  @Nested
  class DeleteStateMachineVersion {
    @Test
    void deletes_and_never_reuses_the_number() {
      // GIVEN
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      // WHEN
      api.client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v2));
      String v3 = publish(Api.WAIT_60);
      // THEN (recorded)
      assertThat(v3).isEqualTo(machine + ":3");
      assertThat(api.client.listStateMachineVersions(b -> b.stateMachineArn(machine)).stateMachineVersions())
          .extracting(StateMachineVersionListItem::stateMachineVersionArn).containsExactly(v3, v1);
      assertAwsError(() -> api.client.describeStateMachine(b -> b.stateMachineArn(v2)),
          StateMachineDoesNotExistException.class, "StateMachineDoesNotExist", "State Machine Does Not Exist: '"
              + v2 + "'");
    }

    @Test
    void deleting_a_version_that_does_not_exist_succeeds() {
      api.client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine + ":7"));
    }

    @Test
    void a_version_an_alias_routes_to_is_a_conflict() {
      // GIVEN
      String v1 = publish(PASS);
      alias("prod", route(v1, 100));
      // WHEN / THEN (recorded)
      assertAwsError(() -> api.client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(v1)),
          ConflictException.class, "ConflictException", "Version to be deleted must not be referenced by an alias. "
              + "Current list of aliases referencing this version: [prod]");
    }

    @Test
    void a_machine_arn_is_invalid_arn() {
      assertAwsError(() -> api.client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(machine)),
          InvalidArnException.class, "InvalidArn", "Invalid Arn: 'Resource type not valid in this context: "
              + "stateMachine'");
    }
  }

  @Nested
  class CreateStateMachineAlias {
    @Test
    void creates_an_alias_under_the_machines_arn() {
      // GIVEN
      String v1 = publish(PASS);
      // WHEN
      String arn = alias("prod", route(v1, 100));
      // THEN
      assertThat(arn).isEqualTo(machine + ":prod");
    }

    @Test
    void the_same_request_again_returns_the_alias_another_is_a_conflict() {
      // GIVEN
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      String arn = alias("prod", route(v1, 100));
      // WHEN / THEN (recorded)
      assertThat(alias("prod", route(v1, 100))).isEqualTo(arn);
      assertAwsError(() -> alias("prod", route(v2, 100)), ConflictException.class, "ConflictException",
          "Failed to create alias because an alias with the same name and a different routing configuration "
              + "already exists.");
    }

    @Test
    void routing_needs_version_arns() {
      assertAwsError(() -> alias("prod", route(machine, 100)), ValidationException.class, "ValidationException",
          "Routing configuration must contain state machine version ARNs. Received: [" + machine + "]");
    }

    @Test
    void routing_needs_distinct_versions() {
      String v1 = publish(PASS);
      assertAwsError(() -> alias("prod", route(v1, 50), route(v1, 50)), ValidationException.class,
          "ValidationException", "Routing configuration must contain distinct state machine version ARNs. "
              + "Received: [" + v1 + ", " + v1 + "]");
    }

    @Test
    void weights_must_sum_to_100() {
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      assertAwsError(() -> alias("prod", route(v1, 70), route(v2, 29)), ValidationException.class,
          "ValidationException", "Sum of routing configuration weights must equal 100. Received: [70, 29]");
    }

    @Test
    void a_weight_over_100_fails_validation() {
      String v1 = publish(PASS);
      assertAwsError(() -> alias("prod", route(v1, 101)), ValidationException.class, "ValidationException",
          "1 validation error detected: Value '101' at 'routingConfiguration.1.member.weight' failed to satisfy "
              + "constraint: Member must have value less than or equal to 100");
    }

    @Test
    void at_most_two_versions() {
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      String v3 = publish(Api.WAIT_60);
      assertAwsError(() -> alias("prod", route(v1, 50), route(v2, 30), route(v3, 20)), ValidationException.class,
          "ValidationException", "1 validation error detected: Value '[RoutingConfigurationListItem("
              + "stateMachineVersionArn=" + v1 + ", weight=50), RoutingConfigurationListItem(stateMachineVersionArn="
              + v2 + ", weight=30), RoutingConfigurationListItem(stateMachineVersionArn=" + v3 + ", weight=20)]' at "
              + "'routingConfiguration' failed to satisfy constraint: Member must have length less than or equal to 2");
    }

    @Test
    void alias_names_follow_their_own_pattern() {
      String v1 = publish(PASS);
      assertAwsError(() -> alias("123", route(v1, 100)), ValidationException.class, "ValidationException",
          "1 validation error detected: Value '123' at 'name' failed to satisfy constraint: Member must satisfy "
              + "regular expression pattern: ^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$");
    }

    @Test
    void a_version_that_does_not_exist_is_resource_not_found() {
      assertAwsError(() -> alias("prod", route(machine + ":9", 100)), ResourceNotFoundException.class,
          "ResourceNotFound", "Request references a resource that does not exist.");
    }
  }

  @Nested
  class DescribeStateMachineAlias {
    @Test
    void describes_the_alias() {
      // GIVEN
      String v1 = publish(PASS);
      String arn = api.client.createStateMachineAlias(b -> b.name("prod").description("live")
          .routingConfiguration(route(v1, 100))).stateMachineAliasArn();
      // WHEN
      DescribeStateMachineAliasResponse described = api.client.describeStateMachineAlias(b -> b
          .stateMachineAliasArn(arn));
      // THEN
      assertThat(described.name()).isEqualTo("prod");
      assertThat(described.description()).isEqualTo("live");
      assertThat(described.routingConfiguration()).containsExactly(route(v1, 100));
      assertThat(described.creationDate()).isEqualTo(api.fake.clock().now());
      assertThat(described.updateDate()).isEqualTo(described.creationDate());
    }

    @Test
    void an_alias_that_does_not_exist_is_resource_not_found() {
      assertAwsError(() -> api.client.describeStateMachineAlias(b -> b.stateMachineAliasArn(machine + ":nope")),
          ResourceNotFoundException.class, "ResourceNotFound", "Request references a resource that does not exist.");
    }
  }

  @Nested
  class UpdateStateMachineAlias {
    @Test
    void changes_description_and_routing() {
      // GIVEN
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      String arn = alias("prod", route(v1, 100));
      api.fake.clock().advance(Duration.ofMinutes(1));
      // WHEN
      api.client.updateStateMachineAlias(b -> b.stateMachineAliasArn(arn).description("canary")
          .routingConfiguration(route(v1, 50), route(v2, 50)));
      // THEN
      DescribeStateMachineAliasResponse described = api.client.describeStateMachineAlias(b -> b
          .stateMachineAliasArn(arn));
      assertThat(described.description()).isEqualTo("canary");
      assertThat(described.routingConfiguration()).containsExactly(route(v1, 50), route(v2, 50));
      assertThat(described.updateDate()).isAfter(described.creationDate());
    }

    @Test
    void an_alias_that_does_not_exist_is_resource_not_found() {
      assertAwsError(() -> api.client.updateStateMachineAlias(b -> b.stateMachineAliasArn(machine + ":nope")
          .description("x")), ResourceNotFoundException.class, "ResourceNotFound",
          "Request references a resource that does not exist.");
    }
  }

  @Nested
  class DeleteAndListStateMachineAliases {
    @Test
    void lists_in_creation_order_and_deletes() {
      // GIVEN
      String v1 = publish(PASS);
      String prod = alias("prod", route(v1, 100));
      String beta = alias("beta", route(v1, 100));
      // WHEN
      api.client.deleteStateMachineAlias(b -> b.stateMachineAliasArn(prod));
      // THEN
      assertThat(api.client.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases())
          .extracting(StateMachineAliasListItem::stateMachineAliasArn).containsExactly(beta);
    }

    @Test
    void deleting_an_alias_that_does_not_exist_succeeds() {
      api.client.deleteStateMachineAlias(b -> b.stateMachineAliasArn(machine + ":nope"));
    }

    @Test
    void a_version_arn_lists_the_aliases_routing_to_it() {
      // GIVEN
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      alias("prod", route(v1, 100));
      String beta = alias("beta", route(v2, 100));
      // WHEN / THEN
      assertThat(api.client.listStateMachineAliases(b -> b.stateMachineArn(v2)).stateMachineAliases())
          .extracting(StateMachineAliasListItem::stateMachineAliasArn).containsExactly(beta);
    }
  }

  @Nested
  class Executions_through_versions_and_aliases {
    @Test
    void a_version_arn_runs_that_version() {
      // GIVEN
      String v1 = publish(PASS_RESULT);
      api.client.updateStateMachine(b -> b.stateMachineArn(machine).definition(PASS));
      // WHEN
      String run = api.start(v1, "through-version", "{\"a\":1}");
      // THEN
      DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(run));
      assertThat(run).isEqualTo(PREFIX + "execution:order:through-version");
      assertThat(described.output()).isEqualTo("{\"done\":true}");
      assertThat(described.stateMachineArn()).isEqualTo(machine);
      assertThat(described.stateMachineVersionArn()).isEqualTo(v1);
      assertThat(described.stateMachineAliasArn()).isNull();
      HistoryEvent started = api.history(run).get(0);
      assertThat(started.executionStartedEventDetails().stateMachineVersionArn()).isEqualTo(v1);
    }

    @Test
    void an_alias_picks_versions_by_weight_from_the_seed() {
      // GIVEN
      String v1 = publish(PASS);
      String v2 = publish(PASS_RESULT);
      String prod = alias("prod", route(v1, 80), route(v2, 20));
      // WHEN
      int toV2 = 0;
      for (int i = 0; i < 200; i++) {
        String run = api.start(prod, "run-" + i, "{}");
        DescribeExecutionResponse described = api.client.describeExecution(b -> b.executionArn(run));
        assertThat(described.stateMachineAliasArn()).isEqualTo(prod);
        toV2 += v2.equals(described.stateMachineVersionArn()) ? 1 : 0;
      }
      // THEN: about one in five, and the execution's events say which
      assertThat(toV2).isBetween(20, 60);
      HistoryEvent started = api.history(PREFIX + "execution:order:run-0").get(0);
      assertThat(started.executionStartedEventDetails().stateMachineAliasArn()).isEqualTo(prod);
    }

    @Test
    void executions_are_listed_by_machine_version_and_alias() {
      // GIVEN
      String v1 = publish(PASS);
      String prod = alias("prod", route(v1, 100));
      String plain = api.start(machine, "plain", "{}");
      String byVersion = api.start(v1, "by-version", "{}");
      String byAlias = api.start(prod, "by-alias", "{}");
      // WHEN / THEN: newest first (recorded)
      assertThat(listed(machine)).containsExactly(byAlias, byVersion, plain);
      assertThat(listed(v1)).containsExactly(byAlias, byVersion);
      assertThat(listed(prod)).containsExactly(byAlias);
    }

    private List<String> listed(String arn) {
      List<String> arns = new ArrayList<>();
      api.client.listExecutions(b -> b.stateMachineArn(arn)).executions().forEach(e -> arns.add(e.executionArn()));
      return arns;
    }

    @Test
    void an_alias_that_does_not_exist_cannot_start() {
      assertAwsError(() -> api.start(machine + ":nope", "x", "{}"), StateMachineDoesNotExistException.class,
          "StateMachineDoesNotExist", "State Machine Does Not Exist: '" + machine + ":nope'");
    }
  }

  @Nested
  class Version_numbers_past_a_long {

    private static final String PAST = "9223372036854775808";

    private void assertInvalidArn(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String arn) {
      assertAwsError(call, InvalidArnException.class, "InvalidArn", "Invalid Arn: 'Invalid ARN format: " + arn + "'");
    }

    @Test
    void are_invalid_arns_wherever_a_version_arn_is_taken() {
      // GIVEN
      for (String number : List.of(PAST, "18446744073709551616", "9".repeat(40))) {
        String version = machine + ":" + number;
        // WHEN / THEN
        assertInvalidArn(() -> api.client.describeStateMachine(b -> b.stateMachineArn(version)), version);
        assertInvalidArn(() -> api.start(version, "x", "{}"), version);
        assertInvalidArn(() -> api.client.startSyncExecution(b -> b.stateMachineArn(version)), version);
        assertInvalidArn(() -> api.client.listExecutions(b -> b.stateMachineArn(version)), version);
        assertInvalidArn(() -> api.client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(version)), version);
        assertInvalidArn(() -> api.client.listStateMachineAliases(b -> b.stateMachineArn(version)), version);
        assertInvalidArn(() -> api.client.listTagsForResource(b -> b.resourceArn(version)), version);
      }
    }

    @Test
    void the_largest_long_is_a_version_that_does_not_exist() {
      String version = machine + ":9223372036854775807";
      assertAwsError(() -> api.client.describeStateMachine(b -> b.stateMachineArn(version)),
          StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + version + "'");
    }

    @Test
    void in_an_alias_routing_are_refused_and_change_nothing() {
      // GIVEN
      String v1 = publish(PASS);
      // WHEN
      Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
          () -> alias("prod", route(machine + ":" + PAST, 50), route(v1, 50)));
      // THEN an AWS error, and no alias
      assertThat(refused).isInstanceOf(software.amazon.awssdk.services.sfn.model.SfnException.class);
      assertThat(api.client.listStateMachineAliases(b -> b.stateMachineArn(machine)).stateMachineAliases()).isEmpty();
    }
  }
}
