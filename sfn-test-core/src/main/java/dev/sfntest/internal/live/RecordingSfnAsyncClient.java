package dev.sfntest.internal.live;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.sfn.SfnAsyncClient;
import software.amazon.awssdk.services.sfn.SfnServiceClientConfiguration;
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
 * The asynchronous twin of {@link RecordingSfnClient}: forwards every call, and records in the
 * same {@link Ledger} what the test creates and starts, once the service has answered. The checks
 * before a create (whether the resource exists already) are made with the ledger's synchronous
 * client, on the calling thread.
 */
public final class RecordingSfnAsyncClient implements SfnAsyncClient {

  private final SfnAsyncClient delegate;
  private final Recorder recorder;

  public RecordingSfnAsyncClient(SfnAsyncClient delegate, Ledger ledger) {
    this.delegate = Objects.requireNonNull(delegate);
    this.recorder = new Recorder(Objects.requireNonNull(ledger));
  }

  /** The client every call goes to. */
  public SfnAsyncClient delegate() {
    return delegate;
  }

  @Override
  public String serviceName() {
    return delegate.serviceName();
  }

  @Override
  public SfnServiceClientConfiguration serviceClientConfiguration() {
    return delegate.serviceClientConfiguration();
  }

  /** Does nothing: the environment beneath outlives the test's use of it. */
  @Override
  public void close() {
    // the extension closes the live client when no test needs it any more
  }

  @Override
  public CompletableFuture<CreateActivityResponse> createActivity(CreateActivityRequest request) {
    UnaryOperator<CreateActivityResponse> record = recorder.createActivity(request);
    return delegate.createActivity(request).thenApply(record);
  }

  @Override
  public CompletableFuture<CreateStateMachineResponse> createStateMachine(CreateStateMachineRequest request) {
    UnaryOperator<CreateStateMachineResponse> record = recorder.createStateMachine(request);
    return delegate.createStateMachine(request).thenApply(record);
  }

  @Override
  public CompletableFuture<CreateStateMachineAliasResponse> createStateMachineAlias(CreateStateMachineAliasRequest request) {
    UnaryOperator<CreateStateMachineAliasResponse> record = recorder.createStateMachineAlias(request);
    return delegate.createStateMachineAlias(request).thenApply(record);
  }

  @Override
  public CompletableFuture<DeleteActivityResponse> deleteActivity(DeleteActivityRequest request) {
    UnaryOperator<DeleteActivityResponse> record = recorder.deleteActivity(request);
    return delegate.deleteActivity(request).thenApply(record);
  }

  @Override
  public CompletableFuture<DeleteStateMachineResponse> deleteStateMachine(DeleteStateMachineRequest request) {
    UnaryOperator<DeleteStateMachineResponse> record = recorder.deleteStateMachine(request);
    return delegate.deleteStateMachine(request).thenApply(record);
  }

  @Override
  public CompletableFuture<DeleteStateMachineAliasResponse> deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    UnaryOperator<DeleteStateMachineAliasResponse> record = recorder.deleteStateMachineAlias(request);
    return delegate.deleteStateMachineAlias(request).thenApply(record);
  }

  @Override
  public CompletableFuture<DeleteStateMachineVersionResponse> deleteStateMachineVersion(DeleteStateMachineVersionRequest request) {
    UnaryOperator<DeleteStateMachineVersionResponse> record = recorder.deleteStateMachineVersion(request);
    return delegate.deleteStateMachineVersion(request).thenApply(record);
  }

  @Override
  public CompletableFuture<DescribeActivityResponse> describeActivity(DescribeActivityRequest request) {
    return delegate.describeActivity(request);
  }

  @Override
  public CompletableFuture<DescribeExecutionResponse> describeExecution(DescribeExecutionRequest request) {
    return delegate.describeExecution(request);
  }

  @Override
  public CompletableFuture<DescribeMapRunResponse> describeMapRun(DescribeMapRunRequest request) {
    return delegate.describeMapRun(request);
  }

  @Override
  public CompletableFuture<DescribeStateMachineResponse> describeStateMachine(DescribeStateMachineRequest request) {
    return delegate.describeStateMachine(request);
  }

  @Override
  public CompletableFuture<DescribeStateMachineAliasResponse> describeStateMachineAlias(DescribeStateMachineAliasRequest request) {
    return delegate.describeStateMachineAlias(request);
  }

  @Override
  public CompletableFuture<DescribeStateMachineForExecutionResponse> describeStateMachineForExecution(DescribeStateMachineForExecutionRequest request) {
    return delegate.describeStateMachineForExecution(request);
  }

  @Override
  public CompletableFuture<GetActivityTaskResponse> getActivityTask(GetActivityTaskRequest request) {
    return delegate.getActivityTask(request);
  }

  @Override
  public CompletableFuture<GetExecutionHistoryResponse> getExecutionHistory(GetExecutionHistoryRequest request) {
    return delegate.getExecutionHistory(request);
  }

  @Override
  public CompletableFuture<ListActivitiesResponse> listActivities(ListActivitiesRequest request) {
    return delegate.listActivities(request);
  }

  @Override
  public CompletableFuture<ListExecutionsResponse> listExecutions(ListExecutionsRequest request) {
    return delegate.listExecutions(request);
  }

  @Override
  public CompletableFuture<ListMapRunsResponse> listMapRuns(ListMapRunsRequest request) {
    return delegate.listMapRuns(request);
  }

  @Override
  public CompletableFuture<ListStateMachineAliasesResponse> listStateMachineAliases(ListStateMachineAliasesRequest request) {
    return delegate.listStateMachineAliases(request);
  }

  @Override
  public CompletableFuture<ListStateMachineVersionsResponse> listStateMachineVersions(ListStateMachineVersionsRequest request) {
    return delegate.listStateMachineVersions(request);
  }

  @Override
  public CompletableFuture<ListStateMachinesResponse> listStateMachines(ListStateMachinesRequest request) {
    return delegate.listStateMachines(request);
  }

  @Override
  public CompletableFuture<ListTagsForResourceResponse> listTagsForResource(ListTagsForResourceRequest request) {
    return delegate.listTagsForResource(request);
  }

  @Override
  public CompletableFuture<PublishStateMachineVersionResponse> publishStateMachineVersion(PublishStateMachineVersionRequest request) {
    UnaryOperator<PublishStateMachineVersionResponse> record = recorder.publishStateMachineVersion(request);
    return delegate.publishStateMachineVersion(request).thenApply(record);
  }

  @Override
  public CompletableFuture<RedriveExecutionResponse> redriveExecution(RedriveExecutionRequest request) {
    return delegate.redriveExecution(request);
  }

  @Override
  public CompletableFuture<SendTaskFailureResponse> sendTaskFailure(SendTaskFailureRequest request) {
    return delegate.sendTaskFailure(request);
  }

  @Override
  public CompletableFuture<SendTaskHeartbeatResponse> sendTaskHeartbeat(SendTaskHeartbeatRequest request) {
    return delegate.sendTaskHeartbeat(request);
  }

  @Override
  public CompletableFuture<SendTaskSuccessResponse> sendTaskSuccess(SendTaskSuccessRequest request) {
    return delegate.sendTaskSuccess(request);
  }

  @Override
  public CompletableFuture<StartExecutionResponse> startExecution(StartExecutionRequest request) {
    return delegate.startExecution(request).thenApply(recorder::started);
  }

  @Override
  public CompletableFuture<StartSyncExecutionResponse> startSyncExecution(StartSyncExecutionRequest request) {
    return delegate.startSyncExecution(request).thenApply(recorder::started);
  }

  @Override
  public CompletableFuture<StopExecutionResponse> stopExecution(StopExecutionRequest request) {
    return delegate.stopExecution(request);
  }

  @Override
  public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
    return delegate.tagResource(request);
  }

  @Override
  public CompletableFuture<TestStateResponse> testState(TestStateRequest request) {
    return delegate.testState(request);
  }

  @Override
  public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
    return delegate.untagResource(request);
  }

  @Override
  public CompletableFuture<UpdateMapRunResponse> updateMapRun(UpdateMapRunRequest request) {
    return delegate.updateMapRun(request);
  }

  @Override
  public CompletableFuture<UpdateStateMachineResponse> updateStateMachine(UpdateStateMachineRequest request) {
    UnaryOperator<UpdateStateMachineResponse> record = recorder.updateStateMachine(request);
    return delegate.updateStateMachine(request).thenApply(record);
  }

  @Override
  public CompletableFuture<UpdateStateMachineAliasResponse> updateStateMachineAlias(UpdateStateMachineAliasRequest request) {
    return delegate.updateStateMachineAlias(request);
  }

  @Override
  public CompletableFuture<ValidateStateMachineDefinitionResponse> validateStateMachineDefinition(ValidateStateMachineDefinitionRequest request) {
    return delegate.validateStateMachineDefinition(request);
  }

}
