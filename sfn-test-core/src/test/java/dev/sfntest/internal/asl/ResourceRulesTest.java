package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.jsonata;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Task resources, the requests optimized integrations need, Credentials, and Express restrictions. */
class ResourceRulesTest {

  private static String task(String resource, String fields) {
    return one("{\"Type\": \"Task\", \"Resource\": \"" + resource + "\"" + (fields.isEmpty() ? "" : ", " + fields)
        + ", \"End\": true}");
  }

  @Nested
  class resource_shapes {

    @Test
    void a_task_has_a_resource() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Task\", \"End\": true}")))
          .containsExactly(schema(Messages.required(List.of("Resource")), "/States/S"));
    }

    @Test
    void the_resource_is_an_arn() {
      // GIVEN / WHEN / THEN (observed, Step Functions Local)
      assertThat(errors(task("${StockCheckerFunctionArn}", ""))).containsExactly(
          schema(Messages.NOT_A_RESOURCE_ARN, "/States/S/Resource"));
      assertThat(errors(task("arn:aws:lambda", ""))).containsExactly(
          schema(Messages.NOT_A_RESOURCE_ARN, "/States/S/Resource"));
    }

    @Test
    void an_unknown_integration_is_not_recognized() {
      // GIVEN / WHEN / THEN (observed message)
      for (String resource : List.of("arn:aws:states:::teleport:beam", "arn:aws:sqs:us-east-1:123456789012:q",
          "arn:aws:states:::aws-sdk:s3:listBuckets.sync", "arn:aws:states:::lambda:invoke.later")) {
        assertThat(errors(task(resource, "\"Parameters\": {}"))).as(resource).containsExactly(
            schema(Messages.resourceNotRecognized(resource), "/States/S/Resource"));
      }
    }

    @Test
    void lambda_functions_activities_and_integrations_are_recognized() {
      // GIVEN / WHEN / THEN
      assertAccepted(task("arn:aws:lambda:us-east-1:123456789012:function:f", ""));
      assertAccepted(task("arn:aws:lambda:us-east-1:123456789012:function:f:prod", ""));
      assertAccepted(task("arn:aws:states:us-east-1:123456789012:activity:pack", ""));
      assertAccepted(task("arn:aws-cn:states:::aws-sdk:s3:listBuckets.waitForTaskToken", ""));
      assertAccepted(task("arn:aws:states:::states:startExecution.sync:2", "\"Parameters\": {\"StateMachineArn\": \"a\"}"));
      assertAccepted(task("arn:aws:states:::ecs:runTask.sync", "\"Parameters\": {\"TaskDefinition\": \"t\"}"));
    }

    @Test
    void an_integration_may_name_its_region_and_account() {
      // GIVEN / WHEN / THEN (published templates, one exported from a live account)
      assertAccepted(task("arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject", "\"Parameters\": {}"));
      assertAccepted(task("arn:aws:states:REGION:ACCOUNT:sqs:sendMessage",
          "\"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": \"m\"}"));
      assertAccepted(task("arn:aws:states:eu-west-1:123456789012:athena:startQueryExecution.sync", "\"Parameters\": {}"));
      assertAccepted(task("arn:aws-cn:states:cn-north-1:123456789012:aws-sdk:s3:listBuckets.waitForTaskToken", ""));
    }

    @Test
    void a_regional_integration_keeps_the_integration_rules() {
      // GIVEN / WHEN / THEN: the region changes nothing of what the integration part must be
      for (String resource : List.of("arn:aws:states:us-east-1:123456789012:teleport:beam",
          "arn:aws:states:us-east-1:123456789012:aws-sdk:s3:listBuckets.sync",
          "arn:aws:states:us-east-1:123456789012:stateMachine:Other")) {
        assertThat(errors(task(resource, "\"Parameters\": {}"))).as(resource).containsExactly(
            schema(Messages.resourceNotRecognized(resource), "/States/S/Resource"));
      }
      assertThat(errors(task("arn:aws:states:us-east-1:123456789012:sqs:sendMessage",
          "\"Parameters\": {\"QueueUrl\": \"q\"}")))
          .containsExactly(schema(Messages.integrationFieldMissing("MessageBody"), "/States/S"));
    }
  }

  @Nested
  class integration_requests {

    @Test
    void an_optimized_integration_needs_its_request() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(task("arn:aws:states:::lambda:invoke", ""))).containsExactly(
          schema(Messages.parametersRequired("Parameters", "arn:aws:states:::lambda:invoke"), "/States/S"));
      String jsonataTask = "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\", \"End\": true}";
      assertThat(errors(jsonata(jsonataTask))).containsExactly(
          schema(Messages.parametersRequired("Arguments", "arn:aws:states:::sns:publish"), "/States/S"));
      assertAccepted(task("arn:aws:states:::aws-sdk:s3:listBuckets", ""));
    }

    @Test
    void the_request_has_the_integrations_required_fields() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(task("arn:aws:states:::sqs:sendMessage", "\"Parameters\": {\"QueueUrl.$\": \"$.q\"}")))
          .containsExactly(schema(Messages.integrationFieldMissing("MessageBody"), "/States/S"));
      assertAccepted(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "\"Parameters\": {\"QueueUrl.$\": \"$.q\", \"MessageBody\": {}}"));
      assertAccepted(jsonata("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
          + " \"Arguments\": \"{% $states.input %}\", \"End\": true}"));
    }
  }

  @Nested
  class credentials {

    @Test
    void credentials_name_the_role() {
      // GIVEN / WHEN / THEN
      String lambda = "arn:aws:lambda:us-east-1:123456789012:function:f";
      assertThat(errors(task(lambda, "\"Credentials\": {}"))).containsExactly(
          schema(Messages.required(List.of("RoleArn")), "/States/S/Credentials"));
      assertThat(errors(task(lambda, "\"Credentials\": {\"RoleArn\": \"r\", \"Session\": 1}"))).containsExactly(
          schema(Messages.notSupported("Session"), "/States/S/Credentials"));
      assertAccepted(task(lambda, "\"Credentials\": {\"RoleArn.$\": \"$.role\"}"));
    }
  }

  @Nested
  class express_workflows {

    @Test
    void express_workflows_support_request_response_only() {
      // GIVEN / WHEN / THEN (observed for .waitForTaskToken, with AWS's trailing space)
      String callback = task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "\"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": \"m\"}");
      assertThat(Asl.errors(callback, WorkflowType.EXPRESS)).containsExactly(
          schema(Messages.expressPattern(".waitForTaskToken"), "/States/S/Resource"));
      String sync = task("arn:aws:states:::states:startExecution.sync:2", "\"Parameters\": {\"StateMachineArn\": \"a\"}");
      assertThat(Asl.errors(sync, WorkflowType.EXPRESS)).containsExactly(
          schema(Messages.expressPattern(".sync"), "/States/S/Resource"));
      Asl.assertAccepted(callback, WorkflowType.STANDARD);
      Asl.assertAccepted(task("arn:aws:states:::sqs:sendMessage", "\"Parameters\": {\"QueueUrl\": \"q\", \"MessageBody\": \"m\"}"), WorkflowType.EXPRESS);
    }

    @Test
    void express_workflows_have_no_activities() {
      // GIVEN / WHEN / THEN
      assertThat(Asl.errors(task("arn:aws:states:us-east-1:123456789012:activity:pack", ""), WorkflowType.EXPRESS))
          .containsExactly(schema(Messages.EXPRESS_ACTIVITY, "/States/S/Resource"));
    }

    @Test
    void express_children_of_a_distributed_map_are_express_workflows() {
      // GIVEN a STANDARD machine whose distributed Map runs EXPRESS children
      String json = one("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\","
          + " \"ExecutionType\": \"EXPRESS\"}, \"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
          + " \"Resource\": \"arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken\", \"End\": true}}}}");
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(
          schema(Messages.expressPattern(".waitForTaskToken"), "/States/S/ItemProcessor/States/T/Resource"));
      assertAccepted(json.replace("\"EXPRESS\"", "\"STANDARD\""));
    }
  }
}
