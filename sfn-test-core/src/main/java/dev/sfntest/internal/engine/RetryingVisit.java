package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.asl.Catcher;
import dev.sfntest.internal.asl.ErrorHandling;
import dev.sfntest.internal.asl.JitterStrategy;
import dev.sfntest.internal.asl.Retrier;
import dev.sfntest.internal.expr.EvaluationException;
import java.time.Duration;
import java.util.Map;

/**
 * The visit of a state that has {@code Retry} and {@code Catch}: Task, Parallel and Map. A failure
 * is offered to the first retrier whose {@code ErrorEquals} matches (its delay runs on the clock),
 * then, when that retrier is spent or none matches, to the first matching catcher; only then does
 * the frame fail.
 *
 * @see <a href="https://states-language.net/spec.html#errors">ASL: Errors</a>
 */
abstract class RetryingVisit extends Visit {

  private int retryCount;
  private int[] attempts;
  private Scheduler.Timer retryTimer;

  RetryingVisit(Frame frame, JsonNode rawInput) {
    super(frame, rawInput);
    StateProbe probe = frame.run().probe();
    // TestState's retrierRetryCount: the attempt under test comes after that many retries.
    this.retryCount = probe == null ? 0 : probe.retryCount();
  }

  /** The state's Retry and Catch. */
  abstract ErrorHandling errorHandling();

  /** One attempt of the state's work (run again on each retry). */
  abstract void attempt();

  @Override
  final void run() {
    attempt();
  }

  @Override
  Integer retryCount() {
    return retryCount;
  }

  @Override
  void fail(Failure failure) {
    cancelPending();
    if (frame.ended()) {
      return;
    }
    ErrorHandling handling = errorHandling();
    if (failure.handleable() && retry(handling, failure)) {
      return;
    }
    failedForGood();
    if (frame.ended()) {
      return;
    }
    if (failure.handleable()) {
      for (int i = 0; i < handling.catchers().size(); i++) {
        Catcher catcher = handling.catchers().get(i);
        if (matches(catcher.errorEquals(), failure)) {
          StateProbe probe = probe();
          if (probe != null) {
            probe.caught(i, failure);
          }
          caughtBy(catcher, failure);
          return;
        }
      }
    }
    failedHere = true;
    frame.fail(failure);
  }

  /** Called once a failure will not be retried, before Catch: Parallel and Map record their Failed event. */
  void failedForGood() {}

  private boolean retry(ErrorHandling handling, Failure failure) {
    if (attempts == null) {
      attempts = new int[handling.retry().size()];
    }
    for (int i = 0; i < handling.retry().size(); i++) {
      Retrier retrier = handling.retry().get(i);
      if (!matches(retrier.errorEquals(), failure)) {
        continue;
      }
      StateProbe probe = probe();
      if (probe != null) {
        // TestState reports the retry (or that the retrier is spent) instead of waiting for it.
        return probe.retry(frame.run(), i, retrier, failure, retryCount);
      }
      // Only the first matching retrier applies; once it is spent the error goes to Catch.
      if (attempts[i] >= retrier.maxAttempts()) {
        return false;
      }
      Duration delay = delay(retrier, attempts[i]);
      attempts[i]++;
      retryCount++;
      retryTimer = scheduler().schedule(scheduler().later(delay), () -> {
        retryTimer = null;
        resetContextObject();
        guarded(this::attempt);
      });
      return true;
    }
    return false;
  }

  /** The wait before retry number {@code attempt} (0-based) of a retrier. */
  private Duration delay(Retrier retrier, int attempt) {
    double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt);
    if (retrier.maxDelaySeconds() != null) {
      seconds = Math.min(seconds, retrier.maxDelaySeconds());
    }
    if (retrier.jitterStrategy() == JitterStrategy.FULL) {
      // Full jitter: a random wait between zero and the computed interval, from the fake's seed.
      seconds = seconds * frame.run().engine().ids().nextDouble();
    }
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  private static boolean matches(java.util.List<String> errorEquals, Failure failure) {
    for (String name : errorEquals) {
      if (failure.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Leaves the state through the catcher that matched. A failure of the catcher itself (its
   * ResultPath cannot be applied to the input: {@code States.ResultPathMatchFailure}; its Output or
   * Assign does not evaluate) is not offered to Retry or Catch again, neither to this catcher nor
   * to a later one: the ASL spec scans the catchers when the state reports an error, and this one
   * was already chosen. The state fails with it, and a Parallel or Map around it sees that failure
   * as any other of its branch or iteration.
   *
   * @see <a href="https://states-language.net/spec.html#fallback-states">ASL: Fallback states</a>
   */
  private void caughtBy(Catcher catcher, Failure failure) {
    try {
      caught(catcher, failure);
    } catch (EvaluationException e) {
      Failure own = failureOf(e);
      if (e instanceof dev.sfntest.internal.expr.JsonataEvaluationException jsonata) {
        recordEvaluationFailed(jsonata, own);
      }
      failedHere = true;
      frame.fail(own);
    }
  }

  /** Leaves the state through a catcher: the error output becomes the state's output. */
  private void caught(Catcher catcher, Failure failure) {
    ObjectNode errorOutput = failure.errorOutput();
    JsonNode output;
    Map<String, JsonNode> assigned;
    if (isJsonata()) {
      JsonataFlow flow = new JsonataFlow(this);
      output = catcher.output() == null ? errorOutput : flow.evaluateWithError(catcher.output(), errorOutput);
      assigned = catcher.assign() == null ? null : flow.assignWithError(catcher.assign(), errorOutput);
    } else {
      var spec = catcher.resultPath();
      if (spec == null) {
        output = errorOutput;
      } else if (spec.discards()) {
        output = rawInput;
      } else {
        output = spec.path().apply(rawInput, errorOutput);
      }
      assigned = assignJsonPath(catcher.assign(), errorOutput);
    }
    exit(output, catcher.next(), assigned);
  }

  @Override
  void deadlines(java.util.List<Deadline> into) {
    deadline(into, retryTimer, "its Retry interval ends and it tries again");
  }

  @Override
  void cancelPending() {
    if (retryTimer != null) {
      retryTimer.cancel();
      retryTimer = null;
    }
  }

  /** Runs the result processing of a successful attempt, turning its errors into state failures. */
  void finish(Runnable processing) {
    try {
      processing.run();
    } catch (EvaluationException e) {
      fail(failureOf(e));
    }
  }
}
