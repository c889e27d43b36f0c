package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.asl.Retrier;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link StateTest} run asks of the state visit it watches: the visits call it at the
 * points where a test differs from an execution, and only when their run has one (an execution
 * never does). It records the data-flow steps, decides retries as TestState does, and stands in
 * for a Map's or Parallel's children with the mock.
 */
final class StateProbe {

  /** AWS's name for the tested state in the context object, whatever the state is called (recorded). */
  static final String CONTEXT_STATE_NAME = "StateName";

  private final StateTest.Setup setup;
  private final Map<StateTest.Step, JsonNode> steps = new EnumMap<>(StateTest.Step.class);
  private String next;
  private Integer retryIndex;
  private Integer retryBackoffIntervalSeconds;
  private Integer catchIndex;
  private Failure retriable;
  private Failure caught;

  StateProbe(StateTest.Setup setup) {
    this.setup = setup;
  }

  // ------------------------------------------------------------------ called by the visits

  /** A data-flow step produced {@code value}. */
  void record(StateTest.Step step, JsonNode value) {
    steps.put(step, value);
  }

  /** The retries already spent: the tested attempt's {@code $$.State.RetryCount}. */
  int retryCount() {
    return setup.retrierRetryCount() == null ? 0 : setup.retrierRetryCount();
  }

  /**
   * The context object the state sees: the request's, when it gave one (it replaces the whole
   * object, recorded), else the generated one under AWS's fixed state name.
   */
  JsonNode context(JsonNode generated) {
    if (setup.context() != null) {
      return setup.context();
    }
    JsonNode state = generated.get("State");
    if (state instanceof ObjectNode node) {
      node.put("Name", CONTEXT_STATE_NAME);
    }
    return generated;
  }

  /**
   * The retrier at {@code index} matched {@code failure}. TestState does not retry: while the
   * retrier has attempts left the run ends here as RETRIABLE, with the wait the retry would have
   * taken; otherwise the error goes on to Catch.
   *
   * @return whether the run ended as RETRIABLE
   */
  boolean retry(ExecutionRun run, int index, Retrier retrier, Failure failure, int retriesSpent) {
    retryIndex = index;
    if (retriesSpent >= retrier.maxAttempts()) {
      return false;
    }
    retryBackoffIntervalSeconds = backoff(retrier, retriesSpent);
    retriable = failure;
    run.stop(failure.error(), failure.cause());
    return true;
  }

  /**
   * IntervalSeconds × BackoffRate^retries, capped by MaxDelaySeconds, in whole seconds (recorded:
   * interval 1, rate 2, four retries spent: 16). A FULL jitter is not applied: the field reports
   * the interval the jitter would draw from.
   */
  private static int backoff(Retrier retrier, int retriesSpent) {
    double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), retriesSpent);
    if (retrier.maxDelaySeconds() != null) {
      seconds = Math.min(seconds, retrier.maxDelaySeconds());
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.floor(seconds));
  }

  /** The catcher at {@code index} caught {@code failure}. */
  void caught(int index, Failure failure) {
    catchIndex = index;
    caught = failure;
  }

  /** The state left for {@code nextState} ({@code null}: its graph ends); the run stops there. */
  void exited(String nextState) {
    next = nextState;
  }

  /**
   * Stands in for an inline or distributed Map's iterations: records the items as TestState
   * shows them, then ends the Map with the mock's error, with States.ExceedToleratedFailureThreshold
   * when the configured failed iterations exceed a tolerance the Map sets, or with the mock's
   * result.
   *
   * @param items the items after ItemsPath / Items, or after the ItemReader read them
   * @param fromReader whether an ItemReader read the items
   * @param selected each item's input after ItemSelector
   * @param batches the ItemBatcher's batches, or {@code null}
   * @param toleratedFailureCount the Map's ToleratedFailureCount, or {@code null} when it sets none
   * @param toleratedFailurePercentage the Map's ToleratedFailurePercentage, or {@code null}
   */
  void mapIterations(MapVisit visit, JsonNode items, boolean fromReader, List<JsonNode> selected,
      List<JsonNode> batches, int maxConcurrency, Long toleratedFailureCount, Double toleratedFailurePercentage) {
    if (!fromReader) {
      record(StateTest.Step.AFTER_ITEMS_PATH, items);
    }
    if (visit.state().itemSelector() != null) {
      record(StateTest.Step.AFTER_ITEM_SELECTOR, array(selected));
    }
    if (batches != null) {
      record(StateTest.Step.AFTER_ITEM_BATCHER, array(batches));
    }
    record(StateTest.Step.MAX_CONCURRENCY, Json.NODES.numberNode(maxConcurrency));
    if (toleratedFailureCount != null) {
      record(StateTest.Step.TOLERATED_FAILURE_COUNT, Json.NODES.numberNode(toleratedFailureCount));
    }
    if (toleratedFailurePercentage != null) {
      record(StateTest.Step.TOLERATED_FAILURE_PERCENTAGE, Json.NODES.numberNode(toleratedFailurePercentage));
    }
    StateTest.Mock mock = setup.mock();
    if (mock.isError()) {
      visit.childFailed(Failure.of(mock.error(), mock.cause()));
      return;
    }
    if (exceedsTolerance(selected.size(), toleratedFailureCount, toleratedFailurePercentage)) {
      visit.childFailed(Failure.of(ErrorNames.EXCEED_TOLERATED_FAILURE_THRESHOLD,
          "The specified tolerated failure threshold was exceeded"));
      return;
    }
    visit.finishWith(mock.result());
  }

  /**
   * Whether mapIterationFailureCount is over the Map's tolerance. A Map that sets no tolerance
   * ignores the count (recorded: two failed iterations of such a Map still succeed).
   */
  private boolean exceedsTolerance(int items, Long count, Double percentage) {
    Integer failed = setup.mapIterationFailureCount();
    if (failed == null) {
      return false;
    }
    boolean overCount = count != null && failed > count;
    boolean overPercentage = percentage != null && failed * 100.0 / Math.max(1, items) > percentage;
    return overCount || overPercentage;
  }

  /** Stands in for a Parallel's branches: the mock's error, or its result as the branches' outputs. */
  void branches(ParallelVisit visit) {
    StateTest.Mock mock = setup.mock();
    if (mock.isError()) {
      visit.fail(Failure.of(mock.error(), mock.cause()));
    } else {
      visit.finishWith(mock.result());
    }
  }

  private static ArrayNode array(List<JsonNode> values) {
    ArrayNode array = Json.array();
    values.forEach(array::add);
    return array;
  }

  // ------------------------------------------------------------------ read by StateTest

  Map<StateTest.Step, JsonNode> steps() {
    return steps;
  }

  String next() {
    return next;
  }

  Integer retryIndex() {
    return retryIndex;
  }

  Integer retryBackoffIntervalSeconds() {
    return retryBackoffIntervalSeconds;
  }

  Integer catchIndex() {
    return catchIndex;
  }

  Failure retriable() {
    return retriable;
  }

  Failure caught() {
    return caught;
  }
}
