package dev.sfntest.conformance.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.conformance.corpus.CaseParser;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.internal.shared.compare.Jsons;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseNamesTest {

  private static ConformanceCase caseWith(String extra) {
    return CaseParser.parse(Jsons.parse("{\"id\": \"t\", \"definition\": {}, \"input_string\": \"{}\", " + extra + "}"), "t.json");
  }

  private static CaseNames names(ConformanceCase c) {
    return CaseNames.of(c, "eu-west-1", "123456789012", 7);
  }

  @Nested
  class toConcrete {

    @Test
    void gives_partition_region_account_and_test_names_concrete_values() {
      // GIVEN
      ConformanceCase c = caseWith("\"expected\": {}, \"placeholders\": {\"<lambda_function_name>\": \"generated name\","
          + " \"sqs_queue_url\": \"SQS queue URL created by the test\"}");
      // WHEN
      String text = names(c).toConcrete("arn:<partition>:lambda:<region>:111111111111:function:<lambda_function_name> sqs_queue_url");
      // THEN
      assertThat(text).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:sfntest-lambda-function-name"
          + " https://sqs.eu-west-1.amazonaws.com/123456789012/sfntest-sqs-queue-url");
    }
  }

  @Nested
  class toPlaceholders {

    @Test
    void maps_the_names_back_to_the_cases_rules() {
      // GIVEN
      ConformanceCase c = caseWith("\"expected\": {\"history\": [{\"x\": \"<ExecArnPart_1idx>\"}]}, \"snapshot_transformers\": ["
          + "{\"kind\": \"text\", \"replacement\": \"sfn_role_arn\", \"stands_for\": \"role ARN\"},"
          + "{\"kind\": \"text\", \"replacement\": \"<ArnPart_0idx>\", \"stands_for\": \"state machine name\"},"
          + "{\"kind\": \"text\", \"replacement\": \"<ExecArnPart_0idx>\", \"stands_for\": \"execution name\"},"
          + "{\"kind\": \"text\", \"replacement\": \"<ExecArnPart_1idx>\", \"stands_for\": \"execution name\"}]");
      CaseNames names = names(c);
      // WHEN
      String text = names.toPlaceholders().apply(names.roleArn() + " arn:aws:states:eu-west-1:123456789012:execution:"
          + names.stateMachineName() + ":" + names.executionName());
      // THEN the execution is the one the recording mentions
      assertThat(text).isEqualTo("sfn_role_arn arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_1idx>");
    }

    @Test
    void maps_only_the_role_name_when_the_recording_shows_a_role_arn() {
      // GIVEN
      ConformanceCase c = caseWith("\"expected\": {\"history\": [{\"roleArn\": \"arn:<partition>:iam::111111111111:role/<role-name>\"}]}");
      CaseNames names = names(c);
      // WHEN
      String text = names.toPlaceholders().apply(names.roleArn());
      // THEN
      assertThat(text).isEqualTo("arn:<partition>:iam::111111111111:role/<role-name>");
    }

    @Test
    void leaves_a_role_name_the_recording_shows_as_a_reference_to_the_wildcard() {
      // GIVEN
      ConformanceCase c = caseWith("\"expected\": {\"history\": [{\"roleArn\": \"arn:<partition>:iam::111111111111:role/<resource:2>\"}]}");
      CaseNames names = names(c);
      // WHEN
      String text = names.toPlaceholders().apply(names.roleArn());
      // THEN
      assertThat(text).isEqualTo("arn:<partition>:iam::111111111111:role/sfntest-role");
    }

    @Test
    void learns_the_generated_id_of_an_express_execution() {
      // GIVEN
      ConformanceCase c = caseWith("\"state_machine_type\": \"EXPRESS\", \"expected\": {}");
      CaseNames names = names(c);
      String arn = "arn:aws:states:eu-west-1:123456789012:express:" + names.stateMachineName() + ":"
          + names.executionName() + ":a1b2";
      // WHEN
      names.learnExecutionArn(arn);
      // THEN
      assertThat(names.toPlaceholders().apply(arn)).isEqualTo(
          "arn:<partition>:states:<region>:111111111111:express:<ArnPart_0idx>:<ExpressExecArn_Part1_0idx>:<ExpressExecArn_Part2_0idx>");
    }
  }
}
