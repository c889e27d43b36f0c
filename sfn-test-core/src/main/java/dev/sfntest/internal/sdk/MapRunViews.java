package dev.sfntest.internal.sdk;

import dev.sfntest.internal.engine.MapRun;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.MapRunExecutionCounts;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;

/**
 * Builds the SDK responses that show map runs. A map run is redriven with its parent execution
 * ({@code redriveCount}, {@code redriveDate}); {@code failuresNotRedrivable} and {@code
 * pendingRedrive} are 0, since a redrive starts every unsuccessful child at once and none is ever
 * refused. A running map run has no {@code stopDate}.
 */
final class MapRunViews {

  private MapRunViews() {}

  /** DescribeMapRun's answer. */
  static DescribeMapRunResponse describe(MapRun.Snapshot mapRun) {
    MapRun.Tally items = mapRun.items();
    MapRun.Tally executions = mapRun.executions();
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
        .redriveDate(mapRun.redriveDate())
        .build();
  }

  /** One ListMapRuns item: the children's "state machine" is {@code <machine>/<label>}. */
  static MapRunListItem listItem(MapRun.Snapshot mapRun) {
    return MapRunListItem.builder()
        .executionArn(mapRun.executionArn())
        .mapRunArn(mapRun.arn())
        .stateMachineArn(mapRun.stateMachineArn())
        .startDate(mapRun.startDate())
        .stopDate(mapRun.stopDate())
        .build();
  }
}
