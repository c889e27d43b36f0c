package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveFailedWith.shouldHaveFailedWith;
import static dev.sfntest.assertj.error.ShouldHaveSucceeded.shouldHaveSucceeded;
import static dev.sfntest.assertj.error.ShouldHaveVisitedStates.shouldHaveVisitedStates;

import dev.sfntest.core.Execution;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractObjectAssert;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * Assertions about an execution. On the fake each assertion checks once (the execution has run as
 * far as it can); on a live client it first waits for the execution to end, up to the handle's
 * timeout.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractExecutionAssert<SELF extends AbstractExecutionAssert<SELF>>
    extends AbstractObjectAssert<SELF, Execution> {

  protected AbstractExecutionAssert(Execution actual, Class<?> selfType) {
    super(actual, selfType);
    if (actual != null) {
      describedAs(actual.toString());
    }
  }

  /**
   * Verifies the execution ended in SUCCEEDED.
   *
   * <pre>{@code assertThat(run).hasSucceeded();}</pre>
   */
  public SELF hasSucceeded() {
    isNotNull();
    actual.await(e -> {
      if (e.status() != ExecutionStatus.SUCCEEDED) {
        throwAssertionError(shouldHaveSucceeded(e, actual.history(), waitingOn(e)));
      }
    });
    return myself;
  }

  /**
   * Verifies the execution FAILED with the given error name.
   *
   * <pre>{@code assertThat(run).hasFailedWith("Payment.Declined");}</pre>
   */
  public SELF hasFailedWith(String error) {
    isNotNull();
    actual.await(e -> {
      if (e.status() != ExecutionStatus.FAILED || !Objects.equals(e.error(), error)) {
        throwAssertionError(shouldHaveFailedWith(e, actual.history(), error, waitingOn(e)));
      }
    });
    return myself;
  }

  /**
   * Verifies the execution entered each of the given states at least once, in any order (states
   * inside Parallel branches and Map iterations count).
   *
   * <pre>{@code assertThat(run).hasVisitedStates("Validate", "Ship");}</pre>
   */
  public SELF hasVisitedStates(String... states) {
    isNotNull();
    List<String> path = enteredStates(actual.history());
    Set<String> missing = new LinkedHashSet<>(List.of(states));
    missing.removeAll(path);
    if (!missing.isEmpty()) {
      throwAssertionError(shouldHaveVisitedStates(List.of(states), new ArrayList<>(missing), path));
    }
    return myself;
  }

  /** The names of the states entered, in history order. */
  static List<String> enteredStates(List<HistoryEvent> history) {
    List<String> names = new ArrayList<>();
    for (HistoryEvent event : history) {
      if (event.stateEnteredEventDetails() != null) {
        names.add(event.stateEnteredEventDetails().name());
      }
    }
    return names;
  }

  private String waitingOn(DescribeExecutionResponse e) {
    return e.status() == ExecutionStatus.RUNNING ? actual.stillRunning() : null;
  }
}
