package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.MockedTask;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

/**
 * Integration ARNs that carry a region and account ({@code arn:aws:states:us-east-1:123456789012:
 * aws-sdk:s3:getObject}), as templates exported from a live account have them: accepted, run as
 * the integration without them, and recorded with the integration's resource type and action and
 * the region the ARN names.
 */
class RegionalIntegrationsTest {

  private static final String GET_OBJECT = "arn:aws:states:eu-west-1:123456789012:aws-sdk:s3:getObject";
  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  private Execution task(String resource, String parameters) {
    return runs.run("{'StartAt':'T','States':{'T':{'Type':'Task','Resource':'" + resource + "',"
        + "'Parameters':" + parameters + ",'End':true}}}", "{'key':'k'}");
  }

  private static List<String> types(Execution run) {
    return Runs.types(run);
  }

  @Nested
  class create_and_validate {
    @Test
    void accept_the_regional_forms() {
      // GIVEN
      String definition = ("{'StartAt':'A','States':{"
          + "'A':{'Type':'Task','Resource':'" + GET_OBJECT + "','Parameters':{'Bucket':'b','Key':'k'},'Next':'B'},"
          + "'B':{'Type':'Task','Resource':'arn:aws:states:us-east-1:123456789012:sqs:sendMessage',"
          + "'Parameters':{'QueueUrl':'q','MessageBody':'m'},'Next':'C'},"
          + "'C':{'Type':'Task','Resource':'arn:aws:states:us-east-1:123456789012:athena:startQueryExecution.sync',"
          + "'Parameters':{},'End':true}}}").replace('\'', '"');

      // WHEN
      var validation = runs.fake.client().validateStateMachineDefinition(b -> b.definition(definition));
      var created = runs.sfn.deploy("regional", definition);

      // THEN
      assertThat(validation.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
      assertThat(validation.diagnostics()).isEmpty();
      assertThat(created.arn()).endsWith(":stateMachine:regional");
    }
  }

  @Nested
  class history {
    @Test
    void records_the_integration_and_the_region_the_arn_names() {
      // GIVEN
      runs.sfn.mockTask("T").thenReturn("{\"Body\":\"hello\"}");

      // WHEN
      Execution run = task(GET_OBJECT, "{'Bucket':'b','Key.$':'$.key'}");

      // THEN
      assertThat(types(run)).containsExactly("ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskStarted",
          "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded");
      HistoryEvent scheduled = run.history().get(2);
      assertThat(scheduled.taskScheduledEventDetails().resourceType()).isEqualTo("aws-sdk:s3");
      assertThat(scheduled.taskScheduledEventDetails().resource()).isEqualTo("getObject");
      assertThat(scheduled.taskScheduledEventDetails().region()).isEqualTo("eu-west-1");
      assertThat(run.history().get(3).taskStartedEventDetails().resourceType()).isEqualTo("aws-sdk:s3");
      assertThat(run.history().get(4).taskSucceededEventDetails().resource()).isEqualTo("getObject");
      assertThat(run.output()).isEqualTo(json("{'Body':'hello'}"));
    }

    @Test
    void a_sync_integration_keeps_its_pattern() {
      // GIVEN
      runs.sfn.mockTask("T").thenReturn("{\"done\":true}").submitting("{\"QueryExecutionId\":\"q-1\"}");

      // WHEN
      Execution run = task("arn:aws:states:us-west-2:123456789012:athena:startQueryExecution.sync",
          "{'QueryString':'SELECT 1'}");

      // THEN
      assertThat(types(run)).contains("TaskSubmitted");
      HistoryEvent submitted = run.history().stream().filter(e -> e.typeAsString().equals("TaskSubmitted"))
          .findFirst().orElseThrow();
      assertThat(submitted.taskSubmittedEventDetails().resourceType()).isEqualTo("athena");
      assertThat(submitted.taskSubmittedEventDetails().resource()).isEqualTo("startQueryExecution.sync");
      assertThat(run.history().get(2).taskScheduledEventDetails().region()).isEqualTo("us-west-2");
    }

    @Test
    void an_integration_without_region_records_the_executions_region() {
      // GIVEN
      runs.sfn.mockTask("T").thenReturn("{}");

      // WHEN
      Execution run = task("arn:aws:states:::aws-sdk:s3:getObject", "{'Bucket':'b','Key':'k'}");

      // THEN
      assertThat(run.history().get(2).taskScheduledEventDetails().region()).isEqualTo("us-east-1");
    }
  }

  @Nested
  class run_as_the_regionless_form {
    @Test
    void a_mock_of_the_regionless_arn_answers_it() {
      // GIVEN
      MockedTask mock = runs.sfn.mockResource("arn:aws:states:::aws-sdk:s3:getObject").thenReturn("{\"Body\":\"b\"}");

      // WHEN
      Execution run = task(GET_OBJECT, "{'Bucket':'b','Key':'k'}");

      // THEN
      assertThat(run.output()).isEqualTo(json("{'Body':'b'}"));
      assertThat(mock.invocations()).singleElement()
          .satisfies(call -> assertThat(call.resource()).isEqualTo("arn:aws:states:::aws-sdk:s3:getObject"));
    }

    @Test
    void a_mock_of_the_regional_arn_answers_the_regionless_form_too() {
      // GIVEN
      runs.sfn.mockResource(GET_OBJECT).thenReturn("{\"Body\":\"b\"}");

      // WHEN
      Execution regionless = task("arn:aws:states:::aws-sdk:s3:getObject", "{'Bucket':'b','Key':'k'}");
      Execution regional = task(GET_OBJECT, "{'Bucket':'b','Key':'k'}");

      // THEN
      assertThat(regionless.output()).isEqualTo(json("{'Body':'b'}"));
      assertThat(regional.output()).isEqualTo(json("{'Body':'b'}"));
    }

    @Test
    void a_nested_execution_starts_through_a_regional_arn() {
      // GIVEN
      String child = runs.sfn.deploy("child", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
          + "\"Result\":{\"child\":true},\"End\":true}}}").arn();

      // WHEN
      Execution run = task("arn:aws:states:us-east-1:123456789012:states:startExecution.sync:2",
          "{'StateMachineArn':'" + child + "'}");

      // THEN
      assertThat(run.describe().statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(run.output().get("Output")).isEqualTo(json("{'child':true}"));
    }
  }
}
