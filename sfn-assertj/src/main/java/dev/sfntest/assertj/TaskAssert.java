package dev.sfntest.assertj;

import static dev.sfntest.assertj.error.ShouldHaveBeenInvokedTimes.shouldHaveBeenInvokedTimes;
import static dev.sfntest.assertj.error.ShouldHaveParameters.shouldHaveParameters;
import static dev.sfntest.assertj.error.ShouldHaveResult.shouldHaveResult;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.trace.Attempt;
import dev.sfntest.trace.Visit;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions about the calls a Task state made, reached with {@link AbstractExecutionAssert#task(String)}:
 * what each call was sent ({@code TaskScheduled} parameters, or the input of a Lambda function or
 * activity), what it returned, how many calls there were (each retry is a call). Over all visits
 * of the state; "last" means the last call in the history.
 *
 * <pre>{@code
 * assertThat(run).task("ChargeCard")
 *     .wasInvokedTimes(3)
 *     .hasParameters("{\"FunctionName\": \"charge\", \"Payload\": {\"amount\": 42}}")
 *     .hasResult("{\"charged\": true}");
 * }</pre>
 */
public class TaskAssert extends AbstractObjectAssert<TaskAssert, StateVisits> {

  /** Public: soft-assertion proxies need it. */
  public TaskAssert(StateVisits actual) {
    super(actual, TaskAssert.class);
  }

  /** Verifies the task was called exactly {@code times} times, retries included. */
  public TaskAssert wasInvokedTimes(int times) {
    return check(() -> {
      int calls = 0;
      for (Visit visit : actual.visits) {
        calls += visit.attempts().size();
      }
      return calls == times ? null : shouldHaveBeenInvokedTimes(actual.context, times, calls, actual.events());
    });
  }

  /** Verifies the last call was sent these parameters, compared as JSON values. */
  public TaskAssert hasParameters(String json) {
    JsonNode expected = JsonArguments.parse(json);
    return check(() -> {
      JsonNode sent = lastSent();
      return sent != null && JsonValues.sameValue(expected, sent) ? null
          : shouldHaveParameters(actual.context, expected, sent, actual.events());
    });
  }

  /** Hands the parameters of the last call to {@code requirements}; fails if there was no call. */
  public TaskAssert hasParametersSatisfying(Consumer<JsonNode> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    return check(() -> {
      JsonNode sent = lastSent();
      if (sent == null) {
        return shouldHaveParameters(actual.context, null, null, actual.events());
      }
      requirements.accept(sent);
      return null;
    });
  }

  /** Verifies the last successful call returned this result (before ResultSelector and ResultPath). */
  public TaskAssert hasResult(String json) {
    JsonNode expected = JsonArguments.parse(json);
    return check(() -> {
      JsonNode result = lastResult();
      return result != null && JsonValues.sameValue(expected, result) ? null
          : shouldHaveResult(actual.context, expected, result, actual.events());
    });
  }

  /** Hands the result of the last successful call to {@code requirements}; fails if none succeeded. */
  public TaskAssert hasResultSatisfying(Consumer<JsonNode> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    return check(() -> {
      JsonNode result = lastResult();
      if (result == null) {
        return shouldHaveResult(actual.context, null, null, actual.events());
      }
      requirements.accept(result);
      return null;
    });
  }

  /** Goes back to the execution's assertions. */
  public AbstractExecutionAssert<?> returnToExecution() {
    return actual.origin.parent();
  }

  private JsonNode lastSent() {
    JsonNode sent = null;
    for (Visit visit : actual.visits) {
      for (Attempt attempt : visit.attempts()) {
        sent = attempt.parameters();
      }
    }
    return sent;
  }

  private JsonNode lastResult() {
    JsonNode result = null;
    for (Visit visit : actual.visits) {
      for (Attempt attempt : visit.attempts()) {
        JsonNode value = attempt.result();
        if (value != null) {
          result = value;
        }
      }
    }
    return result;
  }

  private TaskAssert check(java.util.function.Supplier<ErrorMessageFactory> check) {
    isNotNull();
    if (actual.missing) {
      return myself;
    }
    ErrorMessageFactory failure = check.get();
    if (failure != null) {
      throwAssertionError(failure);
    }
    return myself;
  }
}
