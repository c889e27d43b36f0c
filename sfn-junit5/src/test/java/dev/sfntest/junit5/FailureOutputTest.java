package dev.sfntest.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

@ResourceLock(Resources.SYSTEM_OUT)
class FailureOutputTest {

  @Fixture
  @SfnTest
  static class ChargeFixture {
    @Deploy("workflows/charge.asl.json")
    StateMachine charge;

    @Test
    void fails_after_a_declined_charge(SfnTestContext sfn) {
      sfn.mockTask("Charge").thenFail("Payment.Declined", "card expired");
      charge.start("order-1", "{}");
      throw new AssertionError("expected the order to ship");
    }

    @Test
    void passes_after_a_declined_charge(SfnTestContext sfn) {
      sfn.mockTask("Charge").thenFail("Payment.Declined", "card expired");
      charge.start("order-2", "{}");
    }

    @Test
    void fails_before_starting_anything() {
      throw new AssertionError("nothing started");
    }
  }

  @Fixture
  @SfnTest(strictMocks = true)
  static class StrictFixture {
    @Deploy("workflows/charge.asl.json")
    StateMachine charge;

    @Test
    void passes_with_a_mock_nobody_called(SfnTestContext sfn) {
      sfn.mockTask("Charge").thenReturn("{\"Payload\": {}}");
      sfn.mockTask("Ship").thenReturn("{\"Payload\": {}}");
      sfn.mockTask("Refund").thenReturn("{}");
      charge.start("{}");
    }

    @Test
    void fails_with_a_mock_nobody_called(SfnTestContext sfn) {
      sfn.mockTask("Refund").thenReturn("{}");
      throw new AssertionError("the test's own failure");
    }

    @Test
    @SfnTest(strictMocks = false)
    void turns_strict_mocks_off(SfnTestContext sfn) {
      sfn.mockTask("Refund").thenReturn("{}");
    }
  }

  static String printedBy(Class<?> fixture, AtomicReference<EngineExecutionResults> results) {
    return Fixtures.standardOutputOf(() -> {
      results.set(Fixtures.run(fixture));
      return results.get();
    });
  }

  @Nested
  class a_failing_test {
    @Test
    void prints_the_histories_of_its_executions_and_fails_with_its_own_error() {
      // GIVEN
      AtomicReference<EngineExecutionResults> results = new AtomicReference<>();
      // WHEN
      String printed = printedBy(ChargeFixture.class, results);
      // THEN
      assertThat(Fixtures.failures(results.get()).get("fails_after_a_declined_charge"))
          .isExactlyInstanceOf(AssertionError.class).hasMessage("expected the order to ship").hasNoSuppressedExceptions();
      assertThat(printed).contains("""
          [sfn-test] fails_after_a_declined_charge(SfnTestContext) failed. The executions it started (1):

          execution 'order-1' of state machine 'charge': FAILED
            #1    ExecutionStarted
            #2    TaskStateEntered  Charge
            #3    TaskScheduled     Charge
            #4    TaskStarted       Charge
            #5    TaskFailed        Charge  Payment.Declined: card expired
            #6    ExecutionFailed           Payment.Declined: card expired
          """);
    }

    @Test
    void that_started_no_execution_prints_nothing_and_a_passing_test_neither() {
      // GIVEN
      AtomicReference<EngineExecutionResults> results = new AtomicReference<>();
      // WHEN
      String printed = printedBy(ChargeFixture.class, results);
      // THEN
      assertThat(Fixtures.failures(results.get()).get("fails_before_starting_anything")).hasMessage("nothing started");
      assertThat(Fixtures.passed(results.get())).containsExactly("passes_after_a_declined_charge");
      assertThat(printed).doesNotContain("fails_before_starting_anything").doesNotContain("order-2");
    }
  }

  @Nested
  class strict_mocks {
    @Test
    void fail_a_passing_test_that_left_a_mock_uncalled() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(StrictFixture.class);
      // THEN
      assertThat(Fixtures.failures(results).get("passes_with_a_mock_nobody_called"))
          .isInstanceOf(AssertionFailedError.class)
          .hasMessage("Strict mocks (sfntest.strictMocks=true): no Task called mockTask(\"Refund\"). Remove the "
              + "mock, correct its state name or resource, or turn strict mocks off for this test with "
              + "@SfnTest(strictMocks = false).");
    }

    @Test
    void never_hide_the_failure_of_the_test() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(StrictFixture.class);
      // THEN
      assertThat(Fixtures.failures(results).get("fails_with_a_mock_nobody_called"))
          .isExactlyInstanceOf(AssertionError.class).hasMessage("the test's own failure").hasNoSuppressedExceptions();
    }

    @Test
    void are_turned_off_for_one_test_by_its_method_annotation() {
      // WHEN
      EngineExecutionResults results = Fixtures.run(StrictFixture.class);
      // THEN
      assertThat(Fixtures.passed(results)).containsExactly("turns_strict_mocks_off");
    }
  }
}
