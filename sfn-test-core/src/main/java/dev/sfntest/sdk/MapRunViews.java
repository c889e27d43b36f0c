package dev.sfntest.sdk;

import dev.sfntest.engine.MapRun;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.MapRunExecutionCounts;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;

/**
 * Builds the SDK responses that show map runs. The fake never redrives a map run (a redriven
 * execution starts a new one), so {@code redriveCount}, {@code failuresNotRedrivable} and {@code
 * pendingRedrive} are 0 and there is no {@code redriveDate}, as AWS reports a map run never
 * redriven; a running map run has no {@code stopDate}.
 */
final class MapRunViews {

  private MapRunViews() {}

  /** DescribeMapRun's answer. */
  static DescribeMapRunResponse describe(MapRun mapRun) {
    MapRun.Counts items = mapRun.itemCounts();
    MapRun.Counts executions = mapRun.executionCounts();
    return DescribeMapRunResponse.builder()
        .mapRunArn(mapRun.arn())
        .executionArn(mapRun.executionArn())
        .status(mapRun.status())
        .startDate(mapRun.startDate())
        .stopDate(mapRun.stopDate())
        .maxConcurrency(mapRun.maxConcurrency())
        .toleratedFailurePercentage((float) mapRun.toleratedFailurePercentage())
        .toleratedFailureCount(mapRun.toleratedFailureCount())
        .itemCounts(MapRunItemCounts.builder()
            .pending((long) items.pending())
            .running((long) items.running())
            .succeeded((long) items.succeeded())
            .failed((long) items.failed())
            .timedOut((long) items.timedOut())
            .aborted((long) items.aborted())
            .total((long) items.total())
            .resultsWritten((long) items.resultsWritten())
            .failuresNotRedrivable(0L)
            .pendingRedrive(0L)
            .build())
        .executionCounts(MapRunExecutionCounts.builder()
            .pending((long) executions.pending())
            .running((long) executions.running())
            .succeeded((long) executions.succeeded())
            .failed((long) executions.failed())
            .timedOut((long) executions.timedOut())
            .aborted((long) executions.aborted())
            .total((long) executions.total())
            .resultsWritten((long) executions.resultsWritten())
            .failuresNotRedrivable(0L)
            .pendingRedrive(0L)
            .build())
        .redriveCount(mapRun.redriveCount())
        .build();
  }

  /** One ListMapRuns item: the children's "state machine" is {@code <machine>/<label>}. */
  static MapRunListItem listItem(MapRun mapRun) {
    return MapRunListItem.builder()
        .executionArn(mapRun.executionArn())
        .mapRunArn(mapRun.arn())
        .stateMachineArn(mapRun.stateMachineArn())
        .startDate(mapRun.startDate())
        .stopDate(mapRun.stopDate())
        .build();
  }
}
