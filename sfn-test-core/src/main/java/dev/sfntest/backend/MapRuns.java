package dev.sfntest.backend;

import java.util.List;

/**
 * DescribeMapRun, ListMapRuns and UpdateMapRun. The fake starts no Map Runs yet (distributed Map
 * runs inline), so every Map Run ARN is one that does not exist: the arguments are checked as AWS
 * checks them, then AWS's {@code ResourceNotFound} is the answer; an execution has no Map Runs.
 *
 * <pre>{@code
 * mapRuns.list(executionArn, null, null);   // an empty page for an existing execution
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html">DescribeMapRun</a>
 */
public final class MapRuns {

  private final Operations operations;
  private final Executions executions;

  MapRuns(Operations operations, Executions executions) {
    this.operations = operations;
    this.executions = executions;
  }

  /** DescribeMapRun. */
  public Void describe(String mapRunArn) {
    return operations.call(() -> {
      Arns.require(mapRunArn, "mapRunArn", Arns.Kind.MAP_RUN);
      throw notFound(mapRunArn);
    });
  }

  /** ListMapRuns of an execution. */
  public Page<String> list(String executionArn, Integer maxResults, String nextToken) {
    return operations.call(() -> {
      Page.checkedSize(maxResults);
      executions.execution(executionArn);
      return Page.of(List.<String>of(), maxResults, nextToken, "mapRuns:" + executionArn);
    });
  }

  /** UpdateMapRun. */
  public void update(String mapRunArn, Integer maxConcurrency, Float toleratedFailurePercentage,
      Long toleratedFailureCount) {
    operations.run(() -> {
      Arns.require(mapRunArn, "mapRunArn", Arns.Kind.MAP_RUN);
      Constraints.range(maxConcurrency, "maxConcurrency", 0, Integer.MAX_VALUE);
      Constraints.range(toleratedFailurePercentage, "toleratedFailurePercentage", 0, 100);
      Constraints.range(toleratedFailureCount, "toleratedFailureCount", 0, Long.MAX_VALUE);
      if (maxConcurrency == null && toleratedFailurePercentage == null && toleratedFailureCount == null) {
        // AWS documents a ValidationException; its text is not known.
        throw ApiException.validation("At least one of maxConcurrency, toleratedFailurePercentage and "
            + "toleratedFailureCount must be specified");
      }
      throw notFound(mapRunArn);
    });
  }

  /** AWS's text for a Map Run is not known; this is its text for other resources (recorded). */
  static ApiException notFound(String mapRunArn) {
    return new ApiException("ResourceNotFound", "Resource not found: '" + mapRunArn + "'");
  }
}
