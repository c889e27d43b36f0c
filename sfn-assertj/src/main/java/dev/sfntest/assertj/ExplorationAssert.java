package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveHandledEveryFault.shouldHaveHandledEveryFault;
import static dev.sfntest.assertj.error.ShouldHaveRetriedWithin.shouldHaveRetriedWithin;
import static dev.sfntest.assertj.error.ShouldNotHaveFaultEndingIn.shouldNotHaveFaultEndingIn;

import dev.sfntest.core.explore.Exploration;
import dev.sfntest.core.explore.Fault;
import dev.sfntest.core.explore.FaultRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractObjectAssert;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Assertions about a failure exploration ({@code FailureExplorer}): whether the workflow handles
 * the faults its Task states can meet, how its executions end under them, and how long its
 * retries take. A failure lists the runs at fault, each with its faults and the path it took.
 *
 * <pre>{@code
 * Exploration exploration = FailureExplorer.of(order).withInput("{\"orderId\": \"42\"}").explore();
 * assertThat(exploration).everyFaultIsHandled().retriesFinishWithin(Duration.ofMinutes(15));
 * assertThat(exploration).except("Order.PaymentDeclined").noFaultEndsIn(ExecutionStatus.FAILED);
 * }</pre>
 */
public class ExplorationAssert extends AbstractObjectAssert<ExplorationAssert, Exploration> {

  private final List<String> excepted = new ArrayList<>();

  /** Public: soft-assertion proxies need it. */
  public ExplorationAssert(Exploration actual) {
    super(actual, ExplorationAssert.class);
  }

  /**
   * The assertions that follow leave out the runs whose execution ended with one of these errors,
   * or that injected one of them: the failures the workflow means to end with (a {@code Catch}
   * leading to a {@code Fail} state), or errors the caller handles.
   *
   * <pre>{@code assertThat(exploration).except("Order.PaymentDeclined").noFaultEndsIn(ExecutionStatus.FAILED);}</pre>
   */
  public ExplorationAssert except(String... errors) {
    isNotNull();
    excepted.addAll(List.of(errors));
    return myself;
  }

  /**
   * Verifies every fault was handled: retried through, or caught (in its state, an enclosing Map
   * or Parallel, or the parent of its child execution), or tolerated by a Map; none ended the
   * execution with its error.
   */
  public ExplorationAssert everyFaultIsHandled() {
    List<FaultRun> unhandled = runs().stream().filter(run -> !run.handled()).toList();
    if (!unhandled.isEmpty()) {
      throwAssertionError(shouldHaveHandledEveryFault(context(), unhandled, actual.runs().size()));
    }
    return myself;
  }

  /**
   * Verifies no run with faults ended in {@code status} (FAILED, TIMED_OUT, ABORTED), leaving out
   * the runs {@link #except} names.
   */
  public ExplorationAssert noFaultEndsIn(ExecutionStatus status) {
    Objects.requireNonNull(status, "status");
    List<FaultRun> ending = runs().stream().filter(run -> run.status() == status).toList();
    if (!ending.isEmpty()) {
      throwAssertionError(shouldNotHaveFaultEndingIn(context(), status, List.copyOf(excepted), ending, actual.runs().size()));
    }
    return myself;
  }

  /**
   * Verifies every faulted state was done with its faults within {@code deadline} of virtual
   * time: from the first attempt a fault hit to the end of its last attempt ({@link
   * FaultRun#retryTime()}), retry intervals and backoff, timeouts and heartbeats included.
   *
   * <pre>{@code assertThat(exploration).retriesFinishWithin(Duration.ofMinutes(15));}</pre>
   */
  public ExplorationAssert retriesFinishWithin(Duration deadline) {
    Objects.requireNonNull(deadline, "deadline");
    List<FaultRun> late = runs().stream().filter(run -> run.retryTime().compareTo(deadline) > 0).toList();
    if (!late.isEmpty()) {
      throwAssertionError(shouldHaveRetriedWithin(context(), deadline, late, actual.runs().size()));
    }
    return myself;
  }

  /** The fault runs the assertions look at: all, but those {@link #except} leaves out. */
  private List<FaultRun> runs() {
    isNotNull();
    return actual.runs().stream().filter(run -> !isExcepted(run)).toList();
  }

  private boolean isExcepted(FaultRun run) {
    if (run.error() != null && excepted.contains(run.error())) {
      return true;
    }
    for (Fault fault : run.faults()) {
      if (excepted.contains(fault.error())) {
        return true;
      }
    }
    return false;
  }

  private String context() {
    return actual.toString();
  }
}
