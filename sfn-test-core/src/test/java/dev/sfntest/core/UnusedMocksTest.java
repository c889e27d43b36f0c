package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnusedMocksTest {

  static final String TASK = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"charge\"},\"End\":true}}}";

  @Test
  void lists_the_mocks_with_responses_that_no_task_called() {
    try (FakeSfn fake = FakeSfn.create()) {
      // GIVEN
      SfnTestContext sfn = SfnTestContext.of(fake);
      StateMachine machine = sfn.deploy("charge", TASK);
      sfn.mockTask("Charge").thenReturn("{}");
      sfn.mockTask("Refund").thenReturn("{}");
      sfn.mockResource("arn:aws:lambda:us-east-1:123456789012:function:ship").thenReturn("{}");
      sfn.mockTask("Unprogrammed");
      // WHEN
      machine.start("{}");
      // THEN
      assertThat(fake.unusedMocks()).containsExactly("mockTask(\"Refund\")",
          "mockResource(\"arn:aws:lambda:us-east-1:123456789012:function:ship\")");
    }
  }
}
