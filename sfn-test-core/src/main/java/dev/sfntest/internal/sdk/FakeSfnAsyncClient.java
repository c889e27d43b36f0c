package dev.sfntest.internal.sdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.model.CreateActivityRequest;
import software.amazon.awssdk.services.sfn.model.CreateActivityResponse;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DeleteActivityRequest;
import software.amazon.awssdk.services.sfn.model.DeleteActivityResponse;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineVersionRequest;
import software.amazon.awssdk.services.sfn.model.DeleteStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeActivityRequest;
import software.amazon.awssdk.services.sfn.model.DescribeActivityResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunRequest;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskRequest;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.ListActivitiesRequest;
import software.amazon.awssdk.services.sfn.model.ListActivitiesResponse;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.ListMapRunsRequest;
import software.amazon.awssdk.services.sfn.model.ListMapRunsResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachineAliasesRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachineAliasesResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachineVersionsRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachineVersionsResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.sfn.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionRequest;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.RedriveExecutionRequest;
import software.amazon.awssdk.services.sfn.model.RedriveExecutionResponse;
import software.amazon.awssdk.services.sfn.model.SendTaskFailureRequest;
import software.amazon.awssdk.services.sfn.model.SendTaskFailureResponse;
import software.amazon.awssdk.services.sfn.model.SendTaskHeartbeatRequest;
import software.amazon.awssdk.services.sfn.model.SendTaskHeartbeatResponse;
import software.amazon.awssdk.services.sfn.model.SendTaskSuccessRequest;
import software.amazon.awssdk.services.sfn.model.SendTaskSuccessResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StopExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StopExecutionResponse;
import software.amazon.awssdk.services.sfn.model.TagResourceRequest;
import software.amazon.awssdk.services.sfn.model.TagResourceResponse;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.UntagResourceRequest;
import software.amazon.awssdk.services.sfn.model.UntagResourceResponse;
import software.amazon.awssdk.services.sfn.model.UpdateMapRunRequest;
import software.amazon.awssdk.services.sfn.model.UpdateMapRunResponse;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionRequest;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;

/**
 * The fake's {@link SfnAsyncClient}, on the same backend as its {@link FakeSfnClient}: each
 * operation runs the synchronous one and completes its future with the response, or exceptionally
 * with the same SDK exception (so {@code join()} throws a {@code CompletionException} around it,
 * as with a real async client). Operations on the fake return at once, having run as far as they
 * can; the one that waits, GetActivityTask's long poll, runs on a thread of the fake so that the
 * caller's thread is never held. Closing the fake ends the polls and that thread.
 *
 * <pre>{@code
 * SfnAsyncClient client = fake.asyncClient();
 * client.getActivityTask(b -> b.activityArn(arn)).thenAccept(task -> work(task));
 * }</pre>
 */
public final class FakeSfnAsyncClient implements SfnAsyncClient {

  private final FakeSfnClient sync;
  private final Runnable onClose;
  /** The threads of long polls, made on the first poll (most fakes never poll); {@code null} before. */
  private ExecutorService pollers;
  private boolean shutDown;

  public FakeSfnAsyncClient(FakeSfnClient sync, Runnable onClose) {
    this.sync = sync;
    this.onClose = onClose;
  }

  private synchronized ExecutorService pollers() {
    if (pollers == null) {
      AtomicInteger count = new AtomicInteger();
      pollers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "sfn-test-activity-poll-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      if (shutDown) {
        pollers.shutdownNow();   // closed before its first poll: that poll is refused
      }
    }
    return pollers;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Closes the fake this client belongs to. */
  @Override
  public void close() {
    onClose.run();
  }

  /** Stops the poller threads (the fake is closing; its polls have already returned). */
  public synchronized void shutdown() {
    shutDown = true;
    if (pollers != null) {
      pollers.shutdownNow();
    }
  }

  private static <T> CompletableFuture<T> now(Supplier<T> operation) {
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      future.complete(operation.get());
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
    return future;
  }

  private <T> CompletableFuture<T> onPoller(Supplier<T> operation) {
    try {
      return CompletableFuture.supplyAsync(operation, pollers());
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(SdkClientException.create("The fake is closed", e));
    }
  }

  @Override
  public CompletableFuture<CreateActivityResponse> createActivity(CreateActivityRequest request) {
    return now(() -> sync.createActivity(request));
  }

  @Override
  public CompletableFuture<CreateStateMachineResponse> createStateMachine(CreateStateMachineRequest request) {
    return now(() -> sync.createStateMachine(request));
  }

  @Override
  public CompletableFuture<CreateStateMachineAliasResponse> createStateMachineAlias(CreateStateMachineAliasRequest request) {
    return now(() -> sync.createStateMachineAlias(request));
  }

  @Override
  public CompletableFuture<DeleteActivityResponse> deleteActivity(DeleteActivityRequest request) {
    return now(() -> sync.deleteActivity(request));
  }

  @Override
  public CompletableFuture<DeleteStateMachineResponse> deleteStateMachine(DeleteStateMachineRequest request) {
    return now(() -> sync.deleteStateMachine(request));
  }

  @Override
  public CompletableFuture<DeleteStateMachineAliasResponse> deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    return now(() -> sync.deleteStateMachineAlias(request));
  }

  @Override
  public CompletableFuture<DeleteStateMachineVersionResponse> deleteStateMachineVersion(DeleteStateMachineVersionRequest request) {
    return now(() -> sync.deleteStateMachineVersion(request));
  }

  @Override
  public CompletableFuture<DescribeActivityResponse> describeActivity(DescribeActivityRequest request) {
    return now(() -> sync.describeActivity(request));
  }

  @Override
  public CompletableFuture<DescribeExecutionResponse> describeExecution(DescribeExecutionRequest request) {
    return now(() -> sync.describeExecution(request));
  }

  @Override
  public CompletableFuture<DescribeMapRunResponse> describeMapRun(DescribeMapRunRequest request) {
    return now(() -> sync.describeMapRun(request));
  }

  @Override
  public CompletableFuture<DescribeStateMachineResponse> describeStateMachine(DescribeStateMachineRequest request) {
    return now(() -> sync.describeStateMachine(request));
  }

  @Override
  public CompletableFuture<DescribeStateMachineAliasResponse> describeStateMachineAlias(DescribeStateMachineAliasRequest request) {
    return now(() -> sync.describeStateMachineAlias(request));
  }

  @Override
  public CompletableFuture<DescribeStateMachineForExecutionResponse> describeStateMachineForExecution(DescribeStateMachineForExecutionRequest request) {
    return now(() -> sync.describeStateMachineForExecution(request));
  }

  /** The long poll runs on the fake's poller thread, so that the caller's thread is never held. */
  @Override
  public CompletableFuture<GetActivityTaskResponse> getActivityTask(GetActivityTaskRequest request) {
    return onPoller(() -> sync.getActivityTask(request));
  }

  @Override
  public CompletableFuture<GetExecutionHistoryResponse> getExecutionHistory(GetExecutionHistoryRequest request) {
    return now(() -> sync.getExecutionHistory(request));
  }

  @Override
  public CompletableFuture<ListActivitiesResponse> listActivities(ListActivitiesRequest request) {
    return now(() -> sync.listActivities(request));
  }

  @Override
  public CompletableFuture<ListExecutionsResponse> listExecutions(ListExecutionsRequest request) {
    return now(() -> sync.listExecutions(request));
  }

  @Override
  public CompletableFuture<ListMapRunsResponse> listMapRuns(ListMapRunsRequest request) {
    return now(() -> sync.listMapRuns(request));
  }

  @Override
  public CompletableFuture<ListStateMachineAliasesResponse> listStateMachineAliases(ListStateMachineAliasesRequest request) {
    return now(() -> sync.listStateMachineAliases(request));
  }

  @Override
  public CompletableFuture<ListStateMachineVersionsResponse> listStateMachineVersions(ListStateMachineVersionsRequest request) {
    return now(() -> sync.listStateMachineVersions(request));
  }

  @Override
  public CompletableFuture<ListStateMachinesResponse> listStateMachines(ListStateMachinesRequest request) {
    return now(() -> sync.listStateMachines(request));
  }

  @Override
  public CompletableFuture<ListTagsForResourceResponse> listTagsForResource(ListTagsForResourceRequest request) {
    return now(() -> sync.listTagsForResource(request));
  }

  @Override
  public CompletableFuture<PublishStateMachineVersionResponse> publishStateMachineVersion(PublishStateMachineVersionRequest request) {
    return now(() -> sync.publishStateMachineVersion(request));
  }

  @Override
  public CompletableFuture<RedriveExecutionResponse> redriveExecution(RedriveExecutionRequest request) {
    return now(() -> sync.redriveExecution(request));
  }

  @Override
  public CompletableFuture<SendTaskFailureResponse> sendTaskFailure(SendTaskFailureRequest request) {
    return now(() -> sync.sendTaskFailure(request));
  }

  @Override
  public CompletableFuture<SendTaskHeartbeatResponse> sendTaskHeartbeat(SendTaskHeartbeatRequest request) {
    return now(() -> sync.sendTaskHeartbeat(request));
  }

  @Override
  public CompletableFuture<SendTaskSuccessResponse> sendTaskSuccess(SendTaskSuccessRequest request) {
    return now(() -> sync.sendTaskSuccess(request));
  }

  @Override
  public CompletableFuture<StartExecutionResponse> startExecution(StartExecutionRequest request) {
    return now(() -> sync.startExecution(request));
  }

  @Override
  public CompletableFuture<StartSyncExecutionResponse> startSyncExecution(StartSyncExecutionRequest request) {
    return now(() -> sync.startSyncExecution(request));
  }

  @Override
  public CompletableFuture<StopExecutionResponse> stopExecution(StopExecutionRequest request) {
    return now(() -> sync.stopExecution(request));
  }

  @Override
  public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
    return now(() -> sync.tagResource(request));
  }

  @Override
  public CompletableFuture<TestStateResponse> testState(TestStateRequest request) {
    return now(() -> sync.testState(request));
  }

  @Override
  public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
    return now(() -> sync.untagResource(request));
  }

  @Override
  public CompletableFuture<UpdateMapRunResponse> updateMapRun(UpdateMapRunRequest request) {
    return now(() -> sync.updateMapRun(request));
  }

  @Override
  public CompletableFuture<UpdateStateMachineResponse> updateStateMachine(UpdateStateMachineRequest request) {
    return now(() -> sync.updateStateMachine(request));
  }

  @Override
  public CompletableFuture<UpdateStateMachineAliasResponse> updateStateMachineAlias(UpdateStateMachineAliasRequest request) {
    return now(() -> sync.updateStateMachineAlias(request));
  }

  @Override
  public CompletableFuture<ValidateStateMachineDefinitionResponse> validateStateMachineDefinition(ValidateStateMachineDefinitionRequest request) {
    return now(() -> sync.validateStateMachineDefinition(request));
  }
}
