package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveBeenCaught.shouldHaveBeenCaught;
import static dev.sfntest.assertj.error.ShouldHaveBeenRetried.shouldHaveBeenRetried;
import static dev.sfntest.assertj.error.ShouldHaveInput.shouldHaveInput;
import static dev.sfntest.assertj.error.ShouldHaveOutput.shouldHaveStateOutput;
import static dev.sfntest.assertj.error.ShouldHaveRecordedError.shouldHaveHadHeartbeatTimeout;
import static dev.sfntest.assertj.error.ShouldHaveRecordedError.shouldHaveRecordedError;
import static dev.sfntest.assertj.error.ShouldHaveStateFailedWith.shouldHaveStateFailedWith;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.trace.Attempt;
import dev.sfntest.trace.Failure;
import dev.sfntest.trace.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions about one state of an execution, reached with {@link AbstractExecutionAssert#state(String)}
 * (or from a Map iteration or Parallel branch). A state may be visited more than once (a loop, a
 * Map): input and output are those of the last visit; retries, catches and time-outs count over
 * all visits. Failure messages name the state ({@code [state 'Ship' of execution 'order-42']})
 * and show its events.
 *
 * <pre>{@code
 * assertThat(run).state("ChargeCard")
 *     .wasRetried(2)
 *     .hasOutput("{\"charged\": true}")
 *     .returnToExecution().hasSucceeded();
 * }</pre>
 */
public class StateAssert extends AbstractObjectAssert<StateAssert, StateVisits> {

  /** Public: soft-assertion proxies need it. */
  public StateAssert(StateVisits actual) {
    super(actual, StateAssert.class);
  }

  /**
   * Verifies the state (last visit) was entered with this input, compared as JSON values.
   *
   * <pre>{@code assertThat(run).state("Ship").hasInput("{\"orderId\": \"42\"}");}</pre>
   */
  public StateAssert hasInput(String json) {
    JsonNode expected = JsonArguments.parse(json);
    return check(() -> {
      JsonNode input = actual.last().input();
      return JsonValues.sameValue(expected, input) ? null : shouldHaveInput(actual.context, expected, input, actual.events());
    });
  }

  /** Hands the state's input (last visit) to {@code requirements}. */
  public StateAssert hasInputSatisfying(Consumer<JsonNode> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    return check(() -> {
      requirements.accept(actual.last().input());
      return null;
    });
  }

  /**
   * Verifies the state (last visit) exited with this output, compared as JSON values.
   *
   * <pre>{@code assertThat(run).state("Ship").hasOutput("{\"shipped\": true}");}</pre>
   */
  public StateAssert hasOutput(String json) {
    JsonNode expected = JsonArguments.parse(json);
    return check(() -> {
      JsonNode output = actual.last().output();
      return output != null && JsonValues.sameValue(expected, output) ? null
          : shouldHaveStateOutput(actual.context, expected, output, actual.events());
    });
  }

  /** Hands the state's output (last visit) to {@code requirements}; fails if it did not exit. */
  public StateAssert hasOutputSatisfying(Consumer<JsonNode> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    return check(() -> {
      JsonNode output = actual.last().output();
      if (output == null) {
        return shouldHaveStateOutput(actual.context, null, null, actual.events());
      }
      requirements.accept(output);
      return null;
    });
  }

  /**
   * Verifies the state was retried exactly {@code times} times, over all its visits: task calls
   * (or Map and Parallel runs) after the first of each visit.
   *
   * <pre>{@code assertThat(run).state("ChargeCard").wasRetried(2);}</pre>
   */
  public StateAssert wasRetried(int times) {
    return check(() -> {
      int retries = 0;
      for (Visit visit : actual.visits) {
        retries += visit.retries();
      }
      return retries == times ? null : shouldHaveBeenRetried(actual.context, times, retries, actual.events());
    });
  }

  /**
   * Verifies the state gave up with this error and a {@code Catch} handled it (the state exited
   * after the failure), in some visit.
   *
   * <pre>{@code assertThat(run).state("ChargeCard").wasCaught("Payment.Declined");}</pre>
   */
  public StateAssert wasCaught(String error) {
    Objects.requireNonNull(error, "error");
    return check(() -> {
      for (Visit visit : actual.visits) {
        Failure failure = visit.failure();
        if (visit.wasCaught() && failure != null && error.equals(failure.error())) {
          return null;
        }
      }
      Visit last = actual.last();
      return shouldHaveBeenCaught(actual.context, error, last.failure(), last.wasCaught(), actual.events());
    });
  }

  /**
   * Verifies the state failed with this error in its last visit, whether a Catch handled it or
   * not (a Task's error, a time-out; for Map and Parallel the error of the iteration or branch
   * that failed).
   *
   * <pre>{@code assertThat(run).state("Pack").hasFailedWith("States.HeartbeatTimeout");}</pre>
   */
  public StateAssert hasFailedWith(String error) {
    Objects.requireNonNull(error, "error");
    return check(() -> {
      Failure failure = actual.last().failure();
      return failure != null && error.equals(failure.error()) ? null
          : shouldHaveStateFailedWith(actual.context, error, failure, actual.events());
    });
  }

  /**
   * Verifies the state timed out ({@code States.Timeout}: its {@code TimeoutSeconds} passed) at
   * least once, retried or not.
   *
   * <pre>{@code assertThat(run).state("CallSupplier").timedOut();}</pre>
   */
  public StateAssert timedOut() {
    return recorded("timed out", "States.Timeout");
  }

  /**
   * Verifies the state's worker missed a heartbeat ({@code States.HeartbeatTimeout}: its {@code
   * HeartbeatSeconds} passed) at least once. AWS records this error for activities and Lambda
   * functions; a service integration's callback ({@code .waitForTaskToken}) whose heartbeat
   * lapses fails with {@code States.Timeout} instead (as recorded on AWS), for which use {@link
   * #timedOut()}: this assertion's failure message says so when it sees one.
   *
   * <pre>{@code assertThat(run).state("Pack").hadHeartbeatTimeout();}</pre>
   */
  public StateAssert hadHeartbeatTimeout() {
    return check(() -> {
      List<Failure> failures = failures();
      if (failures.stream().anyMatch(f -> HEARTBEAT_TIMEOUT.equals(f.error()))) {
        return null;
      }
      return shouldHaveHadHeartbeatTimeout(actual.context, failures, callbackTimedOut(), actual.events());
    });
  }

  /** Goes back to the execution's assertions. */
  public AbstractExecutionAssert<?> returnToExecution() {
    return actual.origin.parent();
  }

  private static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";

  private StateAssert recorded(String what, String error) {
    return check(() -> {
      List<Failure> failures = failures();
      for (Failure failure : failures) {
        if (error.equals(failure.error())) {
          return null;
        }
      }
      return shouldHaveRecordedError(actual.context, what, error, failures, actual.events());
    });
  }

  private List<Failure> failures() {
    List<Failure> failures = new ArrayList<>();
    for (Visit visit : actual.visits) {
      failures.addAll(visit.failures());
    }
    return failures;
  }

  /** Whether a {@code .waitForTaskToken} call of the state timed out: AWS's record of its lapsed heartbeat. */
  private boolean callbackTimedOut() {
    for (Visit visit : actual.visits) {
      for (Attempt attempt : visit.attempts()) {
        String resource = attempt.resource();
        if (attempt.timedOut() && resource != null && resource.endsWith(".waitForTaskToken")) {
          return true;
        }
      }
    }
    return false;
  }

  private StateAssert check(java.util.function.Supplier<ErrorMessageFactory> check) {
    isNotNull();
    if (actual.missing) {
      return myself;
    }
    ErrorMessageFactory failure = check.get();
    if (failure != null) {
      List<String> errors = new ArrayList<>();
      failures().forEach(f -> errors.add(f.error()));
      throw HandlerExceptions.failure(this, failure, actual.origin.execution(), errors);
    }
    return myself;
  }
}
