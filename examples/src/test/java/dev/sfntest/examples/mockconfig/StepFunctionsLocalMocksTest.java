package dev.sfntest.examples.mockconfig;

import static dev.sfntest.assertj.SfnAssertions.assertThat;

import dev.sfntest.core.Execution;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * A Step Functions Local mock configuration file reused as it is: the example from AWS's
 * documentation ("Using mocked service integrations"), file and state machine unchanged. As with
 * Step Functions Local, an execution started on {@code stateMachineArn#TestCase} takes its
 * answers from that test case; retries count as calls, so the RetryPath's responses "0", "1-2"
 * and "3" answer the first call and three retries.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-test-sm-exec.html">Using mocked service integrations</a>
 */
// tag::mockconfig-class[]
@SfnTest(mockConfig = "mocks/MockConfigFile.json")
class StepFunctionsLocalMocksTest {

  @Deploy("workflows/LambdaSQSIntegration.asl.json")   // the state machine's name is the file's: LambdaSQSIntegration
  StateMachine machine;

  @Test
  void happy_path(SfnClient client) {
    // WHEN: the test case goes after '#', as with Step Functions Local
    Execution run = start(client, "HappyPath");
    // THEN
    assertThat(run).hasSucceeded().hasVisitedStatesInOrder("LambdaState", "SQSState")
        .hasOutputAt("$.MessageId").isText("3bcb6e8e-8b51-4375-b0bc-1a59812c6e51");
  }

  @Test
  void retry_path(SfnClient client) {
    // WHEN
    Execution run = start(client, "RetryPath");
    // THEN: three failures retried after 2, 4 and 8 seconds of virtual time
    assertThat(run).hasSucceeded().tookVirtualTime(Duration.ofSeconds(14));
    assertThat(run).state("LambdaState").wasRetried(3);
  }

  Execution start(SfnClient client, String testCase) {
    String arn = client.startExecution(b -> b.stateMachineArn(machine.arn() + "#" + testCase).input("{}"))
        .executionArn();
    return Execution.of(client, arn);
  }
  // end::mockconfig-class[]

  // tag::mockconfig-hybrid[]
  @Test
  void hybrid_path_with_the_rest_mocked_in_code(SfnClient client, SfnTestContext sfn) {
    // GIVEN: HybridPath mocks LambdaState only; where Step Functions Local would call the real SQS,
    // a mock in code answers
    sfn.mockTask("SQSState").thenReturn("{\"MessageId\": \"from-the-test\"}");
    // WHEN
    Execution run = start(client, "HybridPath");
    // THEN
    assertThat(run).hasSucceeded().hasOutputAt("$.MessageId").isText("from-the-test");
    assertThat(run).task("SQSState").hasParametersSatisfying(parameters ->
        org.assertj.core.api.Assertions.assertThat(parameters.at("/MessageBody/Payload/body").asText())
            .isEqualTo("Hello from Lambda!"));
  }
  // end::mockconfig-hybrid[]

  @Test
  void without_a_test_case_the_code_mocks_answer(SfnTestContext sfn) {
    // GIVEN
    sfn.mockTask("LambdaState").thenReturn("{\"Payload\": {\"body\": \"from code\"}}");
    sfn.mockTask("SQSState").thenReturn("{\"MessageId\": \"m-1\"}");
    // WHEN: started without '#TestCase'
    Execution run = machine.start("{}");
    // THEN
    assertThat(run).hasSucceeded().hasOutputAt("$.MessageId").isText("m-1");
  }
}
