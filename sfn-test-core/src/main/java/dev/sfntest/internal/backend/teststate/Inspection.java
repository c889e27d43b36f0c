package dev.sfntest.internal.backend.teststate;

/**
 * TestState's {@code inspectionData}: what the tested state's data-flow steps produced, each as
 * JSON text, {@code null} when the state did not go through the step or AWS does not show it.
 *
 * @param input the raw input
 * @param afterInputPath after InputPath (JSONPath)
 * @param afterParameters after Parameters (JSONPath)
 * @param afterArguments after Arguments (JSONata)
 * @param result the raw result
 * @param afterResultSelector after ResultSelector (JSONPath)
 * @param afterResultPath after ResultPath (JSONPath)
 * @param afterItemsPath a Map's items after ItemsPath (JSONPath)
 * @param afterItemSelector a Map's iteration inputs after ItemSelector
 * @param afterItemBatcher a Map's batches after ItemBatcher
 * @param maxConcurrency a Map's MaxConcurrency (0 when unset)
 * @param toleratedFailureCount a Map's ToleratedFailureCount, when set
 * @param toleratedFailurePercentage a Map's ToleratedFailurePercentage, when set
 * @param variables the workflow variables after the state (a JSON object), when there are any
 * @param errorDetails which retrier or catcher handled the error, or {@code null}
 */
public record Inspection(
    String input,
    String afterInputPath,
    String afterParameters,
    String afterArguments,
    String result,
    String afterResultSelector,
    String afterResultPath,
    String afterItemsPath,
    String afterItemSelector,
    String afterItemBatcher,
    Integer maxConcurrency,
    Integer toleratedFailureCount,
    Float toleratedFailurePercentage,
    String variables,
    ErrorDetails errorDetails) {

  /**
   * TestState's {@code errorDetails}.
   *
   * @param catchIndex the catcher that caught the error, or {@code null}
   * @param retryIndex the retrier that matched the error, or {@code null}
   * @param retryBackoffIntervalSeconds the wait before the retry (RETRIABLE), or {@code null}
   */
  public record ErrorDetails(Integer catchIndex, Integer retryIndex, Integer retryBackoffIntervalSeconds) {}
}
