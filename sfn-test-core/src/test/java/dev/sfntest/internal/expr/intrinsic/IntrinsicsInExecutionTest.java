package dev.sfntest.internal.expr.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.expr.Json;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;

/** Intrinsic functions inside a running state machine of the fake. */
class IntrinsicsInExecutionTest {

  private static DescribeExecutionResponse run(String parameters, String input) {
    try (FakeSfn sfn = FakeSfn.create()) {
      SfnClient client = sfn.client();
      String arn = client.createStateMachine(b -> b.name("intrinsics").roleArn(FakeSfn.ROLE_ARN)
          .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Parameters\":" + parameters
              + ",\"End\":true}}}"))
          .stateMachineArn();
      String execution = client.startExecution(b -> b.stateMachineArn(arn).input(input)).executionArn();
      return client.describeExecution(b -> b.executionArn(execution));
    }
  }

  @Nested
  class CreateStateMachine {

    @Test
    void rejects_a_malformed_call_as_an_invalid_definition() {
      // GIVEN
      String definition = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\","
          + "\"Parameters\":{\"v.$\":\"States.Format('x\\\\n', $.a\"},\"End\":true}}}";
      try (FakeSfn sfn = FakeSfn.create()) {
        // WHEN
        Throwable error = catchThrowable(() -> sfn.client().createStateMachine(b -> b.name("bad")
            .roleArn(FakeSfn.ROLE_ARN).definition(definition)));
        // THEN
        assertThat(error).isInstanceOf(InvalidDefinitionException.class)
            .hasMessageContaining("/States/P/Parameters")
            .hasMessageContaining("The value for the field 'v.$' must be a valid JSONPath or a valid intrinsic"
                + " function call");
      }
    }
  }

  @Nested
  class PassParameters {

    @Test
    void computes_the_parameters() {
      // WHEN
      DescribeExecutionResponse execution = run(
          "{\"greeting.$\":\"States.Format('Hello {}!', $.name)\",\"n.$\":\"States.MathAdd($.n, 1)\"}",
          "{\"name\":\"Ada\",\"n\":41}");
      // THEN
      assertThat(execution.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(Json.parseUnchecked(execution.output())).isEqualTo(Json.parseUnchecked("{\"greeting\":\"Hello Ada!\",\"n\":42}"));
    }

    @Test
    void fails_the_execution_with_states_runtime_and_aws_cause() {
      // WHEN
      DescribeExecutionResponse execution = run("{\"n.$\":\"States.MathAdd($.n, 1)\"}", "{\"n\":\"x\"}");
      // THEN
      assertThat(execution.statusAsString()).isEqualTo("FAILED");
      assertThat(execution.error()).isEqualTo("States.Runtime");
      assertThat(execution.cause()).isEqualTo("An error occurred while executing the state 'P' (entered at the event id #2). "
          + "The function 'States.MathAdd($.n, 1)' had the following error: Invalid arguments in States.MathAdd");
    }
  }
}
