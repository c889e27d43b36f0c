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
  @SfnTest
  static class TripFixture {
    @Deploy("workflows/book-trip.asl.json")
    StateMachine trip;

    @Test
    void fails_after_a_sold_out_flight(SfnTestContext sfn) {
      sfn.mockTask("ReserveHotel").thenReturn("{}").takes(java.time.Duration.ofSeconds(10));
      sfn.mockTask("ReserveFlight").thenFail("Flight.SoldOut", "no seats");
      trip.start("trip-1", "{}");
      throw new AssertionError("expected the trip to be booked");
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
            #1  +0s  ExecutionStarted          input: {}
            #2  +0s  TaskStateEntered  Charge  input: {}
            #3  +0s  TaskScheduled     Charge  parameters: {"FunctionName":"charge","Payload":{}}
            #4  +0s  TaskStarted       Charge
            #5  +0s  TaskFailed        Charge  Payment.Declined: card expired
            #6  +0s  ExecutionFailed           Payment.Declined: card expired
          """);
    }

    @Test
    void labels_the_aborts_of_a_failed_parallel_with_their_own_states() {
      // GIVEN branch 0 is still in a 10 s Task when branch 1's Task fails
      AtomicReference<EngineExecutionResults> results = new AtomicReference<>();
      // WHEN
      String printed = printedBy(TripFixture.class, results);
      // THEN the failed Task's abort comes first, then the other branch's, then the Parallel's failure
      assertThat(printed).contains("""
            #10  +0s  TaskFailed            ReserveFlight  Flight.SoldOut: no seats
            #11  +0s  TaskStateAborted      ReserveFlight
            #12  +0s  TaskStateAborted      ReserveHotel
            #13  +0s  ParallelStateFailed   BookTrip
            #14  +0s  ExecutionFailed                      Flight.SoldOut: no seats
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
