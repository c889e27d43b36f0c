package dev.sfntest.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MockResetTest {

  static final String TASK = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\","
      + "\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"charge\"},\"End\":true}}}";

  @Nested
  class reset {
    @Test
    void replaces_what_was_programmed_before() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN: what a @BeforeEach programmed
        SfnTestContext sfn = SfnTestContext.of(fake);
        StateMachine machine = sfn.deploy("charge", TASK);
        sfn.mockTask("Charge").thenReturn("{\"charged\": true}");
        // WHEN: the test programs its own answer
        sfn.mockTask("Charge").reset().thenFail("Payment.Declined", "card expired");
        Execution run = machine.start("{}");
        // THEN: the new answer is the first, not the second, of the sequence
        assertThat(run.describe().error()).isEqualTo("Payment.Declined");
        assertThat(run.describe().cause()).isEqualTo("card expired");
      }
    }

    @Test
    void forgets_the_calls_recorded() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        SfnTestContext sfn = SfnTestContext.of(fake);
        StateMachine machine = sfn.deploy("charge", TASK);
        MockedTask charge = sfn.mockTask("Charge").thenReturn("{}");
        machine.start("{}");
        // WHEN
        charge.reset();
        // THEN
        assertThat(charge.invocations()).isEmpty();
        assertThat(fake.unusedMocks()).isEmpty();
      }
    }

    @Test
    void lets_a_mock_by_resource_answer_until_given_a_new_answer() {
      try (FakeSfn fake = FakeSfn.create()) {
        // GIVEN
        SfnTestContext sfn = SfnTestContext.of(fake);
        StateMachine machine = sfn.deploy("charge", TASK);
        sfn.mockResource("arn:aws:states:::lambda:invoke").thenReturn("{\"by\": \"resource\"}");
        sfn.mockTask("Charge").thenReturn("{\"by\": \"state\"}");
        // WHEN
        sfn.mockTask("Charge").reset();
        Execution run = machine.start("{}");
        // THEN
        assertThat(run.output().get("by").asText()).isEqualTo("resource");
      }
    }
  }
}
