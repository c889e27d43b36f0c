package dev.sfntest.internal.sdk;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnClient;
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
 * A synchronous view of an {@link SfnAsyncClient}: each call waits for the future and throws what
 * it failed with, so that one suite of API tests runs against both clients.
 */
final class AsyncAsSync implements SfnClient {

  private final SfnAsyncClient async;

  AsyncAsSync(SfnAsyncClient async) {
    this.async = async;
  }

  @Override
  public String serviceName() {
    return async.serviceName();
  }

  @Override
  public void close() {
    async.close();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public CreateActivityResponse createActivity(CreateActivityRequest request) {
    return join(async.createActivity(request));
  }

  @Override
  public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
    return join(async.createStateMachine(request));
  }

  @Override
  public CreateStateMachineAliasResponse createStateMachineAlias(CreateStateMachineAliasRequest request) {
    return join(async.createStateMachineAlias(request));
  }

  @Override
  public DeleteActivityResponse deleteActivity(DeleteActivityRequest request) {
    return join(async.deleteActivity(request));
  }

  @Override
  public DeleteStateMachineResponse deleteStateMachine(DeleteStateMachineRequest request) {
    return join(async.deleteStateMachine(request));
  }

  @Override
  public DeleteStateMachineAliasResponse deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    return join(async.deleteStateMachineAlias(request));
  }

  @Override
  public DeleteStateMachineVersionResponse deleteStateMachineVersion(DeleteStateMachineVersionRequest request) {
    return join(async.deleteStateMachineVersion(request));
  }

  @Override
  public DescribeActivityResponse describeActivity(DescribeActivityRequest request) {
    return join(async.describeActivity(request));
  }

  @Override
  public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
    return join(async.describeExecution(request));
  }

  @Override
  public DescribeMapRunResponse describeMapRun(DescribeMapRunRequest request) {
    return join(async.describeMapRun(request));
  }

  @Override
  public DescribeStateMachineResponse describeStateMachine(DescribeStateMachineRequest request) {
    return join(async.describeStateMachine(request));
  }

  @Override
  public DescribeStateMachineAliasResponse describeStateMachineAlias(DescribeStateMachineAliasRequest request) {
    return join(async.describeStateMachineAlias(request));
  }

  @Override
  public DescribeStateMachineForExecutionResponse describeStateMachineForExecution(DescribeStateMachineForExecutionRequest request) {
    return join(async.describeStateMachineForExecution(request));
  }

  @Override
  public GetActivityTaskResponse getActivityTask(GetActivityTaskRequest request) {
    return join(async.getActivityTask(request));
  }

  @Override
  public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
    return join(async.getExecutionHistory(request));
  }

  @Override
  public ListActivitiesResponse listActivities(ListActivitiesRequest request) {
    return join(async.listActivities(request));
  }

  @Override
  public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
    return join(async.listExecutions(request));
  }

  @Override
  public ListMapRunsResponse listMapRuns(ListMapRunsRequest request) {
    return join(async.listMapRuns(request));
  }

  @Override
  public ListStateMachineAliasesResponse listStateMachineAliases(ListStateMachineAliasesRequest request) {
    return join(async.listStateMachineAliases(request));
  }

  @Override
  public ListStateMachineVersionsResponse listStateMachineVersions(ListStateMachineVersionsRequest request) {
    return join(async.listStateMachineVersions(request));
  }

  @Override
  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    return join(async.listStateMachines(request));
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return join(async.listTagsForResource(request));
  }

  @Override
  public PublishStateMachineVersionResponse publishStateMachineVersion(PublishStateMachineVersionRequest request) {
    return join(async.publishStateMachineVersion(request));
  }

  @Override
  public RedriveExecutionResponse redriveExecution(RedriveExecutionRequest request) {
    return join(async.redriveExecution(request));
  }

  @Override
  public SendTaskFailureResponse sendTaskFailure(SendTaskFailureRequest request) {
    return join(async.sendTaskFailure(request));
  }

  @Override
  public SendTaskHeartbeatResponse sendTaskHeartbeat(SendTaskHeartbeatRequest request) {
    return join(async.sendTaskHeartbeat(request));
  }

  @Override
  public SendTaskSuccessResponse sendTaskSuccess(SendTaskSuccessRequest request) {
    return join(async.sendTaskSuccess(request));
  }

  @Override
  public StartExecutionResponse startExecution(StartExecutionRequest request) {
    return join(async.startExecution(request));
  }

  @Override
  public StartSyncExecutionResponse startSyncExecution(StartSyncExecutionRequest request) {
    return join(async.startSyncExecution(request));
  }

  @Override
  public StopExecutionResponse stopExecution(StopExecutionRequest request) {
    return join(async.stopExecution(request));
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return join(async.tagResource(request));
  }

  @Override
  public TestStateResponse testState(TestStateRequest request) {
    return join(async.testState(request));
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return join(async.untagResource(request));
  }

  @Override
  public UpdateMapRunResponse updateMapRun(UpdateMapRunRequest request) {
    return join(async.updateMapRun(request));
  }

  @Override
  public UpdateStateMachineResponse updateStateMachine(UpdateStateMachineRequest request) {
    return join(async.updateStateMachine(request));
  }

  @Override
  public UpdateStateMachineAliasResponse updateStateMachineAlias(UpdateStateMachineAliasRequest request) {
    return join(async.updateStateMachineAlias(request));
  }

  @Override
  public ValidateStateMachineDefinitionResponse validateStateMachineDefinition(ValidateStateMachineDefinitionRequest request) {
    return join(async.validateStateMachineDefinition(request));
  }
}
