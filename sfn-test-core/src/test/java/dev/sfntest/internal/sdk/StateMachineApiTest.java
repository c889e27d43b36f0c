package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.PASS;
import static dev.sfntest.internal.sdk.Api.PASS_RESULT;
import static dev.sfntest.internal.sdk.Api.PREFIX;
import static dev.sfntest.internal.sdk.Api.ROLE;
import static dev.sfntest.internal.sdk.Api.WAIT_60;
import static dev.sfntest.internal.sdk.Api.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidLoggingConfigurationException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.MissingRequiredParameterException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDeletingException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TooManyTagsException;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** CreateStateMachine, DescribeStateMachine, UpdateStateMachine, DeleteStateMachine, ListStateMachines. */
@ParameterizedClass
@EnumSource(ClientKind.class)
class StateMachineApiTest {

  private final Api api;

  StateMachineApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private DescribeStateMachineResponse describe(String arn) {
    return api.client.describeStateMachine(b -> b.stateMachineArn(arn));
  }

  @Nested
  class CreateStateMachine {
    @Test
    void creates_a_standard_machine_at_the_fakes_arn() {
      // WHEN
      CreateStateMachineResponse response = api.client.createStateMachine(b -> b.name("order")
          .definition(PASS).roleArn(ROLE));
      // THEN
      assertThat(response.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:order");
      assertThat(response.creationDate()).isEqualTo(api.fake.clock().now());
      assertThat(response.stateMachineVersionArn()).isNull();
    }

    @Test
    void publish_creates_version_one() {
      // WHEN
      CreateStateMachineResponse response = api.client.createStateMachine(b -> b.name("order")
          .definition(PASS).roleArn(ROLE).publish(true).versionDescription("first"));
      // THEN
      assertThat(response.stateMachineVersionArn()).isEqualTo(PREFIX + "stateMachine:order:1");
      assertThat(describe(response.stateMachineVersionArn()).description()).isEqualTo("first");
    }

    @Test
    void the_same_request_again_returns_the_same_machine() {
      // GIVEN
      CreateStateMachineResponse first = api.client.createStateMachine(b -> b.name("order").definition(PASS)
          .roleArn(ROLE));
      api.fake.clock().advance(java.time.Duration.ofMinutes(1));
      // WHEN: AWS ignores another role on an idempotent create
      CreateStateMachineResponse again = api.client.createStateMachine(b -> b.name("order").definition(PASS)
          .roleArn("arn:aws:iam::123456789012:role/other"));
      // THEN
      assertThat(again.stateMachineArn()).isEqualTo(first.stateMachineArn());
      assertThat(again.creationDate()).isEqualTo(first.creationDate());
      assertThat(describe(first.stateMachineArn()).roleArn()).isEqualTo(ROLE);
    }

    @Test
    void another_definition_under_the_same_name_is_refused() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN / THEN: even the same definition written differently (recorded)
      assertAwsError(() -> api.machine("order", PASS.replace(",", ", ")), StateMachineAlreadyExistsException.class,
          "StateMachineAlreadyExists", "State Machine Already Exists: '" + arn + "'");
    }

    @Test
    void express_machines_have_their_type() {
      // WHEN
      String arn = api.express("fast", PASS);
      // THEN
      assertThat(describe(arn).typeAsString()).isEqualTo("EXPRESS");
    }

    @Test
    void an_illegal_name_is_invalid_name() {
      assertAwsError(() -> api.machine("a b$", PASS), InvalidNameException.class, "InvalidName",
          "Invalid Name: 'a b$'");
    }

    @Test
    void a_name_over_80_characters_fails_validation() {
      String name = "n".repeat(81);
      assertAwsError(() -> api.machine(name, PASS), ValidationException.class, "ValidationException",
          "1 validation error detected: Value '" + name + "' at 'name' failed to satisfy constraint: "
              + "Member must have length less than or equal to 80");
    }

    @Test
    void an_invalid_definition_is_invalid_definition() {
      // WHEN: the diagnostics themselves are the parser's (tested there)
      InvalidDefinitionException error = catchThrowableOfType(InvalidDefinitionException.class,
          () -> api.machine("bad", "{\"StartAt\":\"P\"}"));
      // THEN
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidDefinition");
      assertThat(error.statusCode()).isEqualTo(400);
      assertThat(error.awsErrorDetails().errorMessage())
          .startsWith("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States]");
    }

    @Test
    void an_express_machine_cannot_wait_for_a_task_token() {
      // GIVEN
      String definition = "{\"StartAt\":\"Publish\",\"States\":{\"Publish\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:states:::sns:publish.waitForTaskToken\",\"Parameters\":{\"Message\":\"m\"},\"End\":true}}}";
      // WHEN / THEN: AWS's message, with its double space (recorded)
      assertAwsError(() -> api.express("fast", definition), InvalidDefinitionException.class, "InvalidDefinition",
          "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support "
              + "'.waitForTaskToken' service integration  at /States/Publish/Resource'");
    }

    @Test
    void an_express_machine_cannot_run_activities() {
      String definition = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\""
          + PREFIX + "activity:pack\",\"End\":true}}}";
      assertAwsError(() -> api.express("fast", definition), InvalidDefinitionException.class, "InvalidDefinition",
          "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: Express state machine does not support "
              + "Activity ARN at /States/A/Resource'");
    }

    @Test
    void a_role_that_is_no_iam_role_arn_is_invalid_arn() {
      assertAwsError(() -> api.client.createStateMachine(b -> b.name("x").definition(PASS).roleArn("role")),
          InvalidArnException.class, "InvalidArn", "Invalid Arn: 'Invalid ARN prefix: role'");
    }

    @Test
    void an_unknown_type_fails_validation() {
      assertAwsError(() -> api.client.createStateMachine(b -> b.name("x").definition(PASS).roleArn(ROLE)
          .type("FAST")), ValidationException.class, "ValidationException", "1 validation error detected: Value "
              + "'FAST' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]");
    }

    @Test
    void a_version_description_needs_publish() {
      assertAwsError(() -> api.client.createStateMachine(b -> b.name("x").definition(PASS).roleArn(ROLE)
          .versionDescription("v")), ValidationException.class, "ValidationException",
          "Version description can only be set when publish is true");
    }

    @Test
    void logging_above_off_needs_one_destination() {
      assertAwsError(() -> api.client.createStateMachine(b -> b.name("x").definition(PASS).roleArn(ROLE)
          .loggingConfiguration(l -> l.level("ALL"))), InvalidLoggingConfigurationException.class,
          "InvalidLoggingConfiguration", "Invalid Logging Configuration: Must specify exactly one Log Destination.");
    }

    @Test
    void more_than_50_tags_are_too_many() {
      // GIVEN
      List<Tag> tags = IntStream.range(0, 51).mapToObj(i -> Tag.builder().key("k" + i).value("v").build())
          .collect(Collectors.toList());
      // WHEN / THEN
      assertAwsError(() -> api.client.createStateMachine(b -> b.name("x").definition(PASS).roleArn(ROLE).tags(tags)),
          TooManyTagsException.class, "TooManyTags", "Too Many Tags: 'x' would have more than 50 tags");
    }

    @Test
    void a_refused_create_creates_nothing() {
      // WHEN
      catchThrowable(() -> api.machine("bad", "{}"));
      // THEN
      assertThat(api.client.listStateMachines(b -> { }).stateMachines()).isEmpty();
    }
  }

  @Nested
  class DescribeStateMachine {
    @Test
    void returns_the_machine_with_aws_defaults() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN
      DescribeStateMachineResponse described = describe(arn);
      // THEN: as recorded: no revisionId before the first update, configurations defaulted
      assertThat(described.stateMachineArn()).isEqualTo(arn);
      assertThat(described.name()).isEqualTo("order");
      assertThat(described.statusAsString()).isEqualTo("ACTIVE");
      assertThat(described.definition()).isEqualTo(PASS);
      assertThat(described.roleArn()).isEqualTo(ROLE);
      assertThat(described.typeAsString()).isEqualTo("STANDARD");
      assertThat(described.revisionId()).isNull();
      assertThat(described.loggingConfiguration().levelAsString()).isEqualTo("OFF");
      assertThat(described.loggingConfiguration().includeExecutionData()).isFalse();
      assertThat(described.tracingConfiguration().enabled()).isFalse();
      assertThat(described.encryptionConfiguration().typeAsString()).isEqualTo("AWS_OWNED_KEY");
      assertThat(described.hasVariableReferences()).isFalse();
    }

    @Test
    void returns_the_configurations_it_was_created_with() {
      // GIVEN
      String group = "arn:aws:logs:us-east-1:123456789012:log-group:sfn:*";
      String arn = api.client.createStateMachine(b -> b.name("logged").definition(PASS).roleArn(ROLE)
          .loggingConfiguration(l -> l.level("ERROR").includeExecutionData(true)
              .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(group))))
          .tracingConfiguration(t -> t.enabled(true))).stateMachineArn();
      // WHEN
      DescribeStateMachineResponse described = describe(arn);
      // THEN
      assertThat(described.loggingConfiguration().levelAsString()).isEqualTo("ERROR");
      assertThat(described.loggingConfiguration().destinations().get(0).cloudWatchLogsLogGroup().logGroupArn())
          .isEqualTo(group);
      assertThat(described.tracingConfiguration().enabled()).isTrue();
    }

    @Test
    void reports_the_variables_each_state_reads() {
      // GIVEN: the recorded Choice case
      String definition = "{\"StartAt\":\"Setup\",\"States\":{"
          + "\"Setup\":{\"Type\":\"Pass\",\"Assign\":{\"guess\":\"g\",\"answer\":\"a\"},\"Next\":\"Check\"},"
          + "\"Check\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$guess\",\"StringEqualsPath\":\"$answer\","
          + "\"Next\":\"Done\"}],\"Default\":\"Wrong\"},"
          + "\"Wrong\":{\"Type\":\"Pass\",\"Assign\":{\"guess.$\":\"$answer\"},\"Next\":\"Check\"},"
          + "\"Done\":{\"Type\":\"Pass\",\"Parameters\":{\"literal\":\"$notAVariable\"},\"End\":true}}}";
      String arn = api.machine("quiz", definition);
      // WHEN / THEN
      assertThat(describe(arn).variableReferences())
          .containsExactly(java.util.Map.entry("Check", List.of("answer", "guess")),
              java.util.Map.entry("Wrong", List.of("answer")));
    }

    @Test
    void metadata_only_leaves_the_definition_out() {
      String arn = api.machine("order", PASS);
      assertThat(api.client.describeStateMachine(b -> b.stateMachineArn(arn).includedData("METADATA_ONLY"))
          .definition()).isNull();
    }

    @Test
    void a_machine_that_does_not_exist_is_state_machine_does_not_exist() {
      String arn = PREFIX + "stateMachine:nope";
      assertAwsError(() -> describe(arn), StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void text_that_is_no_arn_is_invalid_arn() {
      assertAwsError(() -> describe("not_a_valid_arn"), InvalidArnException.class, "InvalidArn",
          "Invalid Arn: 'Invalid ARN prefix: not_a_valid_arn'");
    }

    @Test
    void an_activity_arn_is_not_valid_here() {
      assertAwsError(() -> describe(PREFIX + "activity:pack"), InvalidArnException.class, "InvalidArn",
          "Invalid Arn: 'Resource type not valid in this context: activity'");
    }
  }

  @Nested
  class UpdateStateMachine {
    @Test
    void a_new_definition_makes_a_new_revision() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN
      UpdateStateMachineResponse updated = api.client.updateStateMachine(b -> b.stateMachineArn(arn)
          .definition(PASS_RESULT));
      // THEN
      assertThat(updated.revisionId()).isNotNull();
      assertThat(updated.updateDate()).isEqualTo(api.fake.clock().now());
      assertThat(describe(arn).definition()).isEqualTo(PASS_RESULT);
      assertThat(describe(arn).revisionId()).isEqualTo(updated.revisionId());
    }

    @Test
    void the_same_parameters_again_keep_the_revision() {
      // GIVEN
      String arn = api.machine("order", PASS);
      String first = api.client.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS_RESULT)).revisionId();
      // WHEN
      String second = api.client.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS_RESULT)).revisionId();
      // THEN (recorded)
      assertThat(second).isEqualTo(first);
    }

    @Test
    void publish_publishes_the_new_revision() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN
      UpdateStateMachineResponse updated = api.client.updateStateMachine(b -> b.stateMachineArn(arn)
          .definition(PASS_RESULT).publish(true).versionDescription("v1"));
      // THEN
      assertThat(updated.stateMachineVersionArn()).isEqualTo(arn + ":1");
      assertThat(describe(arn + ":1").definition()).isEqualTo(PASS_RESULT);
      assertThat(describe(arn + ":1").revisionId()).isEqualTo(updated.revisionId());
    }

    @Test
    void nothing_to_update_is_missing_required_parameter() {
      String arn = api.machine("order", PASS);
      assertAwsError(() -> api.client.updateStateMachine(b -> b.stateMachineArn(arn)),
          MissingRequiredParameterException.class, "MissingRequiredParameter",
          "Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
    }

    @Test
    void an_invalid_definition_changes_nothing() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN
      catchThrowable(() ->
          api.client.updateStateMachine(b -> b.stateMachineArn(arn).definition("{}")));
      // THEN
      assertThat(describe(arn).definition()).isEqualTo(PASS);
      assertThat(describe(arn).revisionId()).isNull();
    }

    @Test
    void a_machine_that_does_not_exist_is_state_machine_does_not_exist() {
      String arn = PREFIX + "stateMachine:nope";
      assertAwsError(() -> api.client.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS)),
          StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void a_deleting_machine_cannot_be_updated() {
      // GIVEN: deleting while an execution still runs
      String arn = api.machine("slow", WAIT_60);
      api.fake.clock().setTimeSkipping(false);
      api.start(arn, "run", "{}");
      api.client.deleteStateMachine(b -> b.stateMachineArn(arn));
      // WHEN / THEN
      assertAwsError(() -> api.client.updateStateMachine(b -> b.stateMachineArn(arn).definition(PASS)),
          StateMachineDeletingException.class, "StateMachineDeleting", "State Machine Deleting: '" + arn + "'");
    }
  }

  @Nested
  class DeleteStateMachine {
    @Test
    void a_machine_without_executions_is_gone_at_once() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN
      api.client.deleteStateMachine(b -> b.stateMachineArn(arn));
      // THEN
      assertAwsError(() -> describe(arn), StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void running_executions_go_on_while_the_machine_is_deleting() {
      // GIVEN
      String arn = api.machine("slow", WAIT_60);
      api.fake.clock().setTimeSkipping(false);
      String run = api.start(arn, "run", "{}");
      // WHEN
      api.client.deleteStateMachine(b -> b.stateMachineArn(arn));
      // THEN
      assertThat(describe(arn).statusAsString()).isEqualTo("DELETING");
      api.fake.clock().advance(java.time.Duration.ofSeconds(60));
      assertThat(api.status(run)).isEqualTo("SUCCEEDED");
      assertAwsError(() -> describe(arn), StateMachineDoesNotExistException.class, "StateMachineDoesNotExist",
          "State Machine Does Not Exist: '" + arn + "'");
    }

    @Test
    void deleting_a_machine_that_does_not_exist_succeeds() {
      api.client.deleteStateMachine(b -> b.stateMachineArn(PREFIX + "stateMachine:nope"));
    }

    @Test
    void a_version_arn_is_refused() {
      // GIVEN
      String arn = api.machine("order", PASS);
      // WHEN / THEN
      assertAwsError(() -> api.client.deleteStateMachine(b -> b.stateMachineArn(arn + ":1")),
          ValidationException.class, "ValidationException",
          "Invalid Arn: 'A qualified state machine ARN cannot be deleted with DeleteStateMachine: " + arn + ":1'");
    }
  }

  @Nested
  class ListStateMachines {
    @Test
    void lists_by_name_in_pages() {
      // GIVEN
      for (String name : List.of("b", "c", "a")) {
        api.machine(name, PASS);
      }
      // WHEN
      ListStateMachinesResponse first = api.client.listStateMachines(b -> b.maxResults(2));
      ListStateMachinesResponse second = api.client.listStateMachines(b -> b.maxResults(2)
          .nextToken(first.nextToken()));
      // THEN
      assertThat(first.stateMachines()).extracting(StateMachineListItem::name).containsExactly("a", "b");
      assertThat(second.stateMachines()).extracting(StateMachineListItem::name).containsExactly("c");
      assertThat(second.nextToken()).isNull();
      assertThat(first.stateMachines().get(0).typeAsString()).isEqualTo("STANDARD");
    }

    @Test
    void the_paginator_reads_every_page() {
      // GIVEN
      for (int i = 0; i < 5; i++) {
        api.machine("m" + i, PASS);
      }
      // WHEN
      List<String> names = new ArrayList<>();
      api.client.listStateMachinesPaginator(b -> b.maxResults(2)).stateMachines()
          .forEach(item -> names.add(item.name()));
      // THEN
      assertThat(names).containsExactly("m0", "m1", "m2", "m3", "m4");
    }

    @Test
    void more_than_1000_results_a_page_fails_validation() {
      assertAwsError(() -> api.client.listStateMachines(b -> b.maxResults(1001)), ValidationException.class,
          "ValidationException", "1 validation error detected: Value '1001' at 'maxResults' failed to satisfy "
              + "constraint: Member must have value less than or equal to 1000");
    }

    @Test
    void a_token_the_fake_did_not_issue_is_invalid_token() {
      assertAwsError(() -> api.client.listStateMachines(b -> b.nextToken("bogus")), InvalidTokenException.class,
          "InvalidToken", "Invalid Token: 'Invalid token'");
    }

    @Test
    void a_token_of_another_listing_is_invalid_token() {
      // GIVEN
      api.machine("a", PASS);
      api.machine("b", PASS);
      String machinesToken = api.client.listStateMachines(b -> b.maxResults(1)).nextToken();
      // WHEN / THEN
      assertAwsError(() -> api.client.listActivities(b -> b.nextToken(machinesToken)), InvalidTokenException.class,
          "InvalidToken", "Invalid Token: 'Invalid token'");
    }
  }
}
