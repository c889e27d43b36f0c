package dev.sfntest.internal.live;

import dev.sfntest.core.ForwardingSfnClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.sfn.SfnClient;
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
 * The client a test is given: every call goes to the fake's or the live client, and what the test
 * creates and starts through it goes into its {@link Ledger}: the executions (to print their
 * histories if the test fails, and to stop them after it), the state machines, versions, aliases
 * and activities (to delete them after it, in live mode).
 *
 * <p>Only the request-object form of each operation is forwarded: the SDK's default methods turn
 * the {@code Consumer<Builder>} forms and paginators into those, through this client, so every
 * way of creating or starting something is seen. Closing it does not close the client beneath:
 * the extension does that after the test.
 */
public final class RecordingSfnClient implements ForwardingSfnClient {

  private final SfnClient delegate;
  private final Ledger ledger;
  private final Recorder recorder;
  private final Duration maxWait;

  /**
   * @param maxWait how long an {@code Execution} handle made on this client waits for a live
   *     execution to end, or {@code null} for the handle's default
   */
  public RecordingSfnClient(SfnClient delegate, Ledger ledger, Duration maxWait) {
    this.delegate = Objects.requireNonNull(delegate);
    this.ledger = Objects.requireNonNull(ledger);
    this.recorder = new Recorder(ledger);
    this.maxWait = maxWait;
  }

  @Override
  public SfnClient delegate() {
    return delegate;
  }

  /** The ledger calls are recorded in. */
  public Ledger ledger() {
    return ledger;
  }

  /** How long an execution handle on this client waits on a live endpoint, or {@code null}. */
  public Duration maxWait() {
    return maxWait;
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
    // the extension closes the fake or the live client when no test needs it any more
  }

  @Override
  public CreateActivityResponse createActivity(CreateActivityRequest request) {
    UnaryOperator<CreateActivityResponse> record = recorder.createActivity(request);
    return record.apply(delegate.createActivity(request));
  }

  @Override
  public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
    UnaryOperator<CreateStateMachineResponse> record = recorder.createStateMachine(request);
    return record.apply(delegate.createStateMachine(request));
  }

  @Override
  public CreateStateMachineAliasResponse createStateMachineAlias(CreateStateMachineAliasRequest request) {
    UnaryOperator<CreateStateMachineAliasResponse> record = recorder.createStateMachineAlias(request);
    return record.apply(delegate.createStateMachineAlias(request));
  }

  @Override
  public DeleteActivityResponse deleteActivity(DeleteActivityRequest request) {
    UnaryOperator<DeleteActivityResponse> record = recorder.deleteActivity(request);
    return record.apply(delegate.deleteActivity(request));
  }

  @Override
  public DeleteStateMachineResponse deleteStateMachine(DeleteStateMachineRequest request) {
    UnaryOperator<DeleteStateMachineResponse> record = recorder.deleteStateMachine(request);
    return record.apply(delegate.deleteStateMachine(request));
  }

  @Override
  public DeleteStateMachineAliasResponse deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    UnaryOperator<DeleteStateMachineAliasResponse> record = recorder.deleteStateMachineAlias(request);
    return record.apply(delegate.deleteStateMachineAlias(request));
  }

  @Override
  public DeleteStateMachineVersionResponse deleteStateMachineVersion(DeleteStateMachineVersionRequest request) {
    UnaryOperator<DeleteStateMachineVersionResponse> record = recorder.deleteStateMachineVersion(request);
    return record.apply(delegate.deleteStateMachineVersion(request));
  }

  @Override
  public DescribeActivityResponse describeActivity(DescribeActivityRequest request) {
    return delegate.describeActivity(request);
  }

  @Override
  public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
    return delegate.describeExecution(request);
  }

  @Override
  public DescribeMapRunResponse describeMapRun(DescribeMapRunRequest request) {
    return delegate.describeMapRun(request);
  }

  @Override
  public DescribeStateMachineResponse describeStateMachine(DescribeStateMachineRequest request) {
    return delegate.describeStateMachine(request);
  }

  @Override
  public DescribeStateMachineAliasResponse describeStateMachineAlias(DescribeStateMachineAliasRequest request) {
    return delegate.describeStateMachineAlias(request);
  }

  @Override
  public DescribeStateMachineForExecutionResponse describeStateMachineForExecution(DescribeStateMachineForExecutionRequest request) {
    return delegate.describeStateMachineForExecution(request);
  }

  @Override
  public GetActivityTaskResponse getActivityTask(GetActivityTaskRequest request) {
    return delegate.getActivityTask(request);
  }

  @Override
  public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
    return delegate.getExecutionHistory(request);
  }

  @Override
  public ListActivitiesResponse listActivities(ListActivitiesRequest request) {
    return delegate.listActivities(request);
  }

  @Override
  public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
    return delegate.listExecutions(request);
  }

  @Override
  public ListMapRunsResponse listMapRuns(ListMapRunsRequest request) {
    return delegate.listMapRuns(request);
  }

  @Override
  public ListStateMachineAliasesResponse listStateMachineAliases(ListStateMachineAliasesRequest request) {
    return delegate.listStateMachineAliases(request);
  }

  @Override
  public ListStateMachineVersionsResponse listStateMachineVersions(ListStateMachineVersionsRequest request) {
    return delegate.listStateMachineVersions(request);
  }

  @Override
  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    return delegate.listStateMachines(request);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return delegate.listTagsForResource(request);
  }

  @Override
  public PublishStateMachineVersionResponse publishStateMachineVersion(PublishStateMachineVersionRequest request) {
    UnaryOperator<PublishStateMachineVersionResponse> record = recorder.publishStateMachineVersion(request);
    return record.apply(delegate.publishStateMachineVersion(request));
  }

  @Override
  public RedriveExecutionResponse redriveExecution(RedriveExecutionRequest request) {
    return delegate.redriveExecution(request);
  }

  @Override
  public SendTaskFailureResponse sendTaskFailure(SendTaskFailureRequest request) {
    return delegate.sendTaskFailure(request);
  }

  @Override
  public SendTaskHeartbeatResponse sendTaskHeartbeat(SendTaskHeartbeatRequest request) {
    return delegate.sendTaskHeartbeat(request);
  }

  @Override
  public SendTaskSuccessResponse sendTaskSuccess(SendTaskSuccessRequest request) {
    return delegate.sendTaskSuccess(request);
  }

  @Override
  public StartExecutionResponse startExecution(StartExecutionRequest request) {
    return recorder.started(delegate.startExecution(request));
  }

  @Override
  public StartSyncExecutionResponse startSyncExecution(StartSyncExecutionRequest request) {
    return recorder.started(delegate.startSyncExecution(request));
  }

  @Override
  public StopExecutionResponse stopExecution(StopExecutionRequest request) {
    return delegate.stopExecution(request);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return delegate.tagResource(request);
  }

  @Override
  public TestStateResponse testState(TestStateRequest request) {
    return delegate.testState(request);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return delegate.untagResource(request);
  }

  @Override
  public UpdateMapRunResponse updateMapRun(UpdateMapRunRequest request) {
    return delegate.updateMapRun(request);
  }

  @Override
  public UpdateStateMachineResponse updateStateMachine(UpdateStateMachineRequest request) {
    UnaryOperator<UpdateStateMachineResponse> record = recorder.updateStateMachine(request);
    return record.apply(delegate.updateStateMachine(request));
  }

  @Override
  public UpdateStateMachineAliasResponse updateStateMachineAlias(UpdateStateMachineAliasRequest request) {
    return delegate.updateStateMachineAlias(request);
  }

  @Override
  public ValidateStateMachineDefinitionResponse validateStateMachineDefinition(ValidateStateMachineDefinitionRequest request) {
    return delegate.validateStateMachineDefinition(request);
  }

}
