package dev.sfntest.internal.backend;

import dev.sfntest.internal.engine.MapRun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeMapRun, ListMapRuns and UpdateMapRun over the map runs the engine's distributed Maps
 * start (it tells the backend of each as it starts, under the lock). A map run stays listed with
 * its execution for as long as the fake keeps that execution; the execution's redrive redrives it
 * rather than starting another.
 *
 * <pre>{@code
 * Page<MapRun> runs = mapRuns.list(executionArn, null, null);   // in start order
 * mapRuns.update(runs.items().get(0).arn(), 5, null, null);     // five children at a time from now on
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeMapRun.html">DescribeMapRun</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html">Examining Map Run</a>
 */
public final class MapRuns {

  private final Operations operations;
  private final Executions executions;
  private final Map<String, MapRun> byArn = new HashMap<>();
  private final Map<String, List<MapRun>> byExecution = new HashMap<>();

  MapRuns(Operations operations, Executions executions) {
    this.operations = operations;
    this.executions = executions;
  }

  /** Records a map run a distributed Map started. Under the lock. */
  void started(MapRun mapRun) {
    byArn.put(mapRun.arn(), mapRun);
    byExecution.computeIfAbsent(mapRun.executionArn(), k -> new ArrayList<>()).add(mapRun);
  }

  /** Forgets every map run (their executions are being forgotten). Under the lock. */
  void clear() {
    byArn.clear();
    byExecution.clear();
  }

  /** DescribeMapRun. */
  public MapRun.Snapshot describe(String mapRunArn) {
    return operations.call(() -> mapRun(mapRunArn).snapshot());
  }

  /** The map run with that ARN, or AWS's {@code ResourceNotFound}. Under the lock. */
  MapRun mapRun(String mapRunArn) {
    Arns.require(mapRunArn, "mapRunArn", Arns.Kind.MAP_RUN);
    MapRun mapRun = byArn.get(mapRunArn);
    if (mapRun == null) {
      throw notFound(mapRunArn);
    }
    return mapRun;
  }

  /** ListMapRuns of an execution, in the order they started. */
  public Page<MapRun.Snapshot> list(String executionArn, Integer maxResults, String nextToken) {
    return operations.call(() -> {
      Page.checkedSize(maxResults);
      executions.execution(executionArn);
      List<MapRun> all = byExecution.getOrDefault(executionArn, List.of());
      return Page.of(all, maxResults, nextToken, "mapRuns:" + executionArn).map(MapRun::snapshot);
    });
  }

  /** Forgets the map runs of an execution the fake no longer keeps, and returns them. Under the lock. */
  List<MapRun> forget(String executionArn) {
    List<MapRun> runs = byExecution.remove(executionArn);
    if (runs == null) {
      return List.of();
    }
    runs.forEach(run -> byArn.remove(run.arn()));
    return runs;
  }

  /**
   * UpdateMapRun: the new limits apply to the items not yet started (see {@link MapRun#update}). A
   * map run that has ended is refused with a {@code ValidationException}: AWS documents that the
   * operation updates "an in-progress Map Run", and does not say how it refuses another.
   */
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
      MapRun mapRun = mapRun(mapRunArn);
      if (!"RUNNING".equals(mapRun.status())) {
        // The text is the fake's.
        throw ApiException.validation("Map Run is not RUNNING but " + mapRun.status() + ": '" + mapRunArn + "'");
      }
      // Through its decimal text: the percentage the caller wrote, not the float's binary neighbour.
      Double percentage = toleratedFailurePercentage == null ? null : Double.valueOf(toleratedFailurePercentage.toString());
      mapRun.update(maxConcurrency, percentage, toleratedFailureCount);
    });
  }

  /** AWS's text for a Map Run is not known; this is its text for other resources (recorded). */
  static ApiException notFound(String mapRunArn) {
    return new ApiException("ResourceNotFound", "Resource not found: '" + mapRunArn + "'");
  }
}
