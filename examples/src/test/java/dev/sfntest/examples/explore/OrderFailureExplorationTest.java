package dev.sfntest.examples.explore;

import static dev.sfntest.assertj.SfnAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.core.explore.Exploration;
import dev.sfntest.core.explore.FailureExplorer;
import dev.sfntest.core.explore.FaultRun;
import dev.sfntest.junit5.Deploy;
import dev.sfntest.junit5.SfnTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Failure exploration of the order workflow: the explorer runs it once per failure its Lambda
 * calls can meet, and finds the one the tests never tried, a throttled Lambda
 * ({@code Lambda.TooManyRequestsException}) that nothing retries or catches. The fixed definition,
 * {@code workflows/order-resilient.asl.json}, retries Lambda's transient errors and catches the
 * rest; explored again, it handles every fault.
 */
@SfnTest
class OrderFailureExplorationTest {

  private static final String ORDER = "{\"orderId\": \"42\", \"items\": [\"book\"]}";

  @Deploy("workflows/order.asl.json")
  StateMachine order;

  @Deploy("workflows/order-resilient.asl.json")
  StateMachine resilientOrder;

  // tag::explore-mocks[]
  @BeforeEach
  void mock_the_happy_path(SfnTestContext sfn) {
    sfn.mockTask("Validate").thenReturn("{\"valid\": true, \"total\": 120}");
    sfn.mockTask("ReserveStock").thenReturn("{\"reservationId\": \"r-1\"}");
    sfn.mockTask("ChargeCard").thenReturn("{\"chargeId\": \"ch-1\"}");
    sfn.mockTask("Ship").thenReturn("{\"trackingId\": \"TRACK-42\"}");
    sfn.mockTask("ReleaseStock").thenReturn("{}");
  }
  // end::explore-mocks[]

  // tag::explore-finds[]
  @Test
  void finds_a_throttled_lambda_that_nothing_handles() {
    // WHEN: one run per fault of every Task the order reaches
    Exploration exploration = FailureExplorer.of(order).withInput(ORDER).explore();

    // THEN
    FaultRun throttled = exploration.unhandled().stream()
        .filter(run -> run.faults().get(0).describe().equals("ChargeCard: Lambda.TooManyRequestsException on 1 attempt"))
        .findFirst().orElseThrow();
    assertThat(throttled.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(throttled.path()).containsExactly("Validate", "IsValid", "ReserveStock", "ChargeCard");
    assertThatThrownBy(() -> assertThat(exploration).everyFaultIsHandled())
        .hasMessageContaining("ChargeCard: Lambda.TooManyRequestsException on 1 attempt -> FAILED");
  }
  // end::explore-finds[]

  // tag::explore-fixed[]
  @Test
  void the_resilient_order_handles_every_fault_within_a_minute() {
    // WHEN
    Exploration exploration = FailureExplorer.of(resilientOrder).withInput(ORDER).explore();

    // THEN: retried, or caught into a compensation or a failure the workflow names
    assertThat(exploration).everyFaultIsHandled()
        .retriesFinishWithin(Duration.ofMinutes(1));
    assertThat(exploration).except("Order.Failed").noFaultEndsIn(ExecutionStatus.FAILED);
  }
  // end::explore-fixed[]

  // tag::explore-pairs[]
  @Test
  void pairs_find_a_compensation_that_gives_up() {
    // WHEN: every fault, and every pair of faults in two states
    Exploration exploration = FailureExplorer.of(resilientOrder).withInput(ORDER).pairs().explore();

    // THEN: ReleaseStock runs only after a charge failed for good; when its own five retries
    // run out too, the order fails with the compensation's error
    assertThat(exploration.executions()).isEqualTo(1 + exploration.faultsEnumerated());
    assertThat(exploration.unhandled()).isNotEmpty().allSatisfy(run -> {
      assertThat(run.faults().get(0).state()).isEqualTo("ChargeCard");
      assertThat(run.faults().get(1).describe()).matches("ReleaseStock: .* on 6 attempts");
    });
  }
  // end::explore-pairs[]
}
