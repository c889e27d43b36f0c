package dev.sfntest.assertj;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static dev.sfntest.assertj.error.ShouldHaveFailedWith.shouldHaveFailedWith;
import static dev.sfntest.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static dev.sfntest.assertj.error.ShouldHaveVisitedStates.shouldHaveVisitedStates;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.description.TextDescription;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExecutionAssertTest {

  private static final String CHOOSE = """
      {"StartAt": "Validate", "States": {
        "Validate": {"Type": "Pass", "Next": "Route"},
        "Route": {"Type": "Choice", "Choices": [
          {"Variable": "$.ok", "BooleanEquals": true, "Next": "Ship"}], "Default": "Reject"},
        "Ship": {"Type": "Succeed"},
        "Reject": {"Type": "Fail", "Error": "Order.Rejected", "Cause": "not ok"}}}""";

  private FakeSfn fake;
  private SfnTestContext sfn;

  @BeforeEach
  void start_fake() {
    fake = FakeSfn.create();
    sfn = SfnTestContext.of(fake);
  }

  @AfterEach
  void close_fake() {
    fake.close();
  }

  private Execution run(String input) {
    return sfn.deploy("order", CHOOSE).start("order-1", input);
  }

  private static AssertionError expectAssertionError(ThrowingCallable callable) {
    return catchThrowableOfType(AssertionError.class, callable);
  }

  private static String message(org.assertj.core.error.ErrorMessageFactory factory, Execution execution) {
    return factory.create(new TextDescription(execution.toString()), new StandardRepresentation());
  }

  @Nested
  class HasSucceeded {
    @Test
    void passes_when_execution_succeeded() {
      // GIVEN
      Execution execution = run("{\"ok\": true}");
      // WHEN / THEN
      assertThat(execution).hasSucceeded();
    }

    @Test
    void fails_when_execution_failed() {
      // GIVEN
      Execution execution = run("{\"ok\": false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasSucceeded());
      // THEN
      then(error).hasMessage(message(shouldHaveSucceeded(execution.describe(), execution.history(), null), execution));
      then(error.getMessage()).contains("""
          Expecting execution to have succeeded, but it FAILED with:
            error: "Order.Rejected"
            cause: "not ok"
          Last events (3 of 7):""").contains("#7    ExecutionFailed");
    }
  }

  @Nested
  class HasFailedWith {
    @Test
    void passes_when_execution_failed_with_that_error() {
      assertThat(run("{\"ok\": false}")).hasFailedWith("Order.Rejected");
    }

    @Test
    void fails_when_execution_succeeded() {
      // GIVEN
      Execution execution = run("{\"ok\": true}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailedWith("Order.Rejected"));
      // THEN
      then(error).hasMessage(message(
          shouldHaveFailedWith(execution.describe(), execution.history(), "Order.Rejected", null), execution));
      then(error.getMessage()).contains("Expecting execution to have failed with error \"Order.Rejected\", but it SUCCEEDED");
    }

    @Test
    void fails_when_execution_failed_with_another_error() {
      // GIVEN
      Execution execution = run("{\"ok\": false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasFailedWith("Other"));
      // THEN
      then(error.getMessage()).contains("but it FAILED with:").contains("error: \"Order.Rejected\"");
    }
  }

  @Nested
  class HasVisitedStates {
    @Test
    void passes_when_every_state_was_entered() {
      assertThat(run("{\"ok\": true}")).hasVisitedStates("Ship", "Validate");
    }

    @Test
    void fails_naming_the_states_never_entered_and_the_path() {
      // GIVEN
      Execution execution = run("{\"ok\": false}");
      // WHEN
      AssertionError error = expectAssertionError(() -> assertThat(execution).hasVisitedStates("Validate", "Ship"));
      // THEN
      then(error).hasMessage(message(shouldHaveVisitedStates(List.of("Validate", "Ship"), List.of("Ship"),
          List.of("Validate", "Route", "Reject")), execution));
      then(error.getMessage()).contains("but it never entered:%n  Ship".formatted())
          .contains("Validate -> Route -> Reject");
    }
  }
}
