package dev.sfntest.sdk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.backend.ApiException;
import dev.sfntest.backend.Backend;
import dev.sfntest.backend.Page;
import dev.sfntest.backend.StateMachineRecord;
import dev.sfntest.engine.ExecutionRun;
import dev.sfntest.engine.ExecutionStatus;
import dev.sfntest.expr.Json;
import dev.sfntest.history.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CloudWatchEventsExecutionDataDetails;
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
import software.amazon.awssdk.services.sfn.model.EncryptionConfiguration;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskRequest;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryRequest;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
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
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
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
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StopExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StopExecutionResponse;
import software.amazon.awssdk.services.sfn.model.TagResourceRequest;
import software.amazon.awssdk.services.sfn.model.TagResourceResponse;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;
import software.amazon.awssdk.services.sfn.model.TracingConfiguration;
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
 * The fake's {@link SfnClient}: maps SDK requests to backend calls and backend results to SDK
 * responses, and the backend's refusals to the SDK exceptions AWS's answers produce. Only the
 * request-object methods are implemented; the SDK's defaults supply the {@code Consumer<Builder>}
 * variants and the paginators.
 */
public final class FakeSfnClient implements SfnClient {

  private final Backend backend;
  private final Runnable onClose;

  public FakeSfnClient(Backend backend, Runnable onClose) {
    this.backend = backend;
    this.onClose = onClose;
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

  /**
   * What a running execution waits on from the test (task tokens, activity tasks, silent mocks),
   * in words; empty when it waits on nothing or has ended. Not an AWS operation.
   */
  public List<String> waitsOnTest(String executionArn) {
    return call(() -> backend.describeExecution(executionArn).waitsOnTest());
  }

  private static <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (ApiException e) {
      throw AwsErrors.of(e);
    }
  }

  private static UnsupportedOperationException unsupported(String operation) {
    return new UnsupportedOperationException("FakeSfnClient does not support " + operation + " yet");
  }

  // ------------------------------------------------------------------ state machines

  @Override
  public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
    return call(() -> {
      StateMachineRecord record = backend.createStateMachine(request.name(), request.definition(), request.roleArn(),
          request.typeAsString(),
          request.loggingConfiguration() == null ? null : SdkJson.toJson(request.loggingConfiguration()),
          request.tracingConfiguration() == null ? null : SdkJson.toJson(request.tracingConfiguration()),
          request.encryptionConfiguration() == null ? null : SdkJson.toJson(request.encryptionConfiguration()),
          Tags.toMap(request.tags()));
      return CreateStateMachineResponse.builder()
          .stateMachineArn(record.arn())
          .creationDate(record.creationDate())
          .build();
    });
  }

  @Override
  public DescribeStateMachineResponse describeStateMachine(DescribeStateMachineRequest request) {
    return call(() -> {
      StateMachineRecord record = backend.describeStateMachine(request.stateMachineArn());
      DescribeStateMachineResponse.Builder response = DescribeStateMachineResponse.builder()
          .stateMachineArn(record.arn())
          .name(record.name())
          .status(record.status())
          .definition(record.definitionText())
          .roleArn(record.roleArn())
          .type(record.type())
          .creationDate(record.creationDate())
          .revisionId(record.revisionId())
          .description(record.description());
      response.loggingConfiguration(record.loggingConfiguration() == null
          ? LoggingConfiguration.builder().level("OFF").includeExecutionData(false).build()
          : SdkJson.toSdk(LoggingConfiguration.class, record.loggingConfiguration()));
      response.tracingConfiguration(record.tracingConfiguration() == null
          ? TracingConfiguration.builder().enabled(false).build()
          : SdkJson.toSdk(TracingConfiguration.class, record.tracingConfiguration()));
      if (record.encryptionConfiguration() != null) {
        response.encryptionConfiguration(SdkJson.toSdk(EncryptionConfiguration.class, record.encryptionConfiguration()));
      }
      return response.build();
    });
  }

  @Override
  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    return call(() -> {
      Page<StateMachineRecord> page = backend.listStateMachines(request.maxResults(), request.nextToken());
      List<StateMachineListItem> items = new ArrayList<>();
      for (StateMachineRecord record : page.items()) {
        items.add(StateMachineListItem.builder()
            .stateMachineArn(record.arn())
            .name(record.name())
            .type(record.type())
            .creationDate(record.creationDate())
            .build());
      }
      return ListStateMachinesResponse.builder().stateMachines(items).nextToken(page.nextToken()).build();
    });
  }

  @Override
  public DeleteStateMachineResponse deleteStateMachine(DeleteStateMachineRequest request) {
    return call(() -> {
      backend.deleteStateMachine(request.stateMachineArn());
      return DeleteStateMachineResponse.builder().build();
    });
  }

  @Override
  public UpdateStateMachineResponse updateStateMachine(UpdateStateMachineRequest request) {
    throw unsupported("UpdateStateMachine");
  }

  @Override
  public ValidateStateMachineDefinitionResponse validateStateMachineDefinition(
      ValidateStateMachineDefinitionRequest request) {
    throw unsupported("ValidateStateMachineDefinition");
  }

  // ------------------------------------------------------------------ executions

  @Override
  public StartExecutionResponse startExecution(StartExecutionRequest request) {
    return call(() -> {
      ExecutionRun run = backend.startExecution(request.stateMachineArn(), request.name(), request.input());
      return StartExecutionResponse.builder()
          .executionArn(run.arn())
          .startDate(run.startDate())
          .build();
    });
  }

  @Override
  public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
    return call(() -> {
      ExecutionRun run = backend.describeExecution(request.executionArn());
      DescribeExecutionResponse.Builder response = DescribeExecutionResponse.builder()
          .executionArn(run.arn())
          .stateMachineArn(run.spec().stateMachineArn())
          .name(run.spec().name())
          .status(run.status().name())
          .startDate(run.startDate())
          .stopDate(run.stopDate())
          .input(run.spec().inputText())
          .inputDetails(CloudWatchEventsExecutionDataDetails.builder().included(true).build())
          .redriveCount(run.redriveCount());
      if (run.status() == ExecutionStatus.SUCCEEDED) {
        response.output(Json.write(run.output()))
            .outputDetails(CloudWatchEventsExecutionDataDetails.builder().included(true).build());
      }
      if (run.status() != ExecutionStatus.RUNNING && run.status() != ExecutionStatus.SUCCEEDED) {
        response.error(run.error()).cause(run.cause());
      }
      return response.build();
    });
  }

  @Override
  public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
    return call(() -> {
      List<dev.sfntest.history.HistoryEvent> events = new ArrayList<>(backend.history(request.executionArn()));
      if (Boolean.TRUE.equals(request.reverseOrder())) {
        Collections.reverse(events);
      }
      String listing = "history:" + request.executionArn() + ":" + Boolean.TRUE.equals(request.reverseOrder());
      Page<dev.sfntest.history.HistoryEvent> page = Page.of(events, request.maxResults(), request.nextToken(), listing);
      boolean includeData = request.includeExecutionData() == null || request.includeExecutionData();
      List<HistoryEvent> out = new ArrayList<>(page.items().size());
      for (dev.sfntest.history.HistoryEvent event : page.items()) {
        out.add(toSdk(event, includeData));
      }
      return GetExecutionHistoryResponse.builder().events(out).nextToken(page.nextToken()).build();
    });
  }

  /** One history event as the SDK type. */
  static HistoryEvent toSdk(dev.sfntest.history.HistoryEvent event, boolean includeData) {
    ObjectNode json = Json.object();
    json.put("id", event.id());
    json.put("previousEventId", event.previousEventId());
    json.put("type", event.type().name());
    if (!event.details().fields().isEmpty()) {
      ObjectNode details = event.details().toJson();
      if (!includeData) {
        details.remove(List.of("input", "output", "parameters"));
      }
      json.set(event.type().detailsKey(), details);
    } else if (HistoryEventFields.hasDetails(event.type().detailsKey())) {
      // AWS sends an empty details object for types that have one (a Fail state without Error).
      json.set(event.type().detailsKey(), Json.object());
    }
    return SdkJson.toSdk(HistoryEvent.class, json).toBuilder().timestamp(event.timestamp()).build();
  }

  @Override
  public StartSyncExecutionResponse startSyncExecution(StartSyncExecutionRequest request) {
    throw unsupported("StartSyncExecution");
  }

  @Override
  public StopExecutionResponse stopExecution(StopExecutionRequest request) {
    throw unsupported("StopExecution");
  }

  @Override
  public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
    throw unsupported("ListExecutions");
  }

  @Override
  public DescribeStateMachineForExecutionResponse describeStateMachineForExecution(
      DescribeStateMachineForExecutionRequest request) {
    throw unsupported("DescribeStateMachineForExecution");
  }

  @Override
  public RedriveExecutionResponse redriveExecution(RedriveExecutionRequest request) {
    throw unsupported("RedriveExecution");
  }

  // ------------------------------------------------------------------ versions and aliases

  @Override
  public PublishStateMachineVersionResponse publishStateMachineVersion(PublishStateMachineVersionRequest request) {
    throw unsupported("PublishStateMachineVersion");
  }

  @Override
  public ListStateMachineVersionsResponse listStateMachineVersions(ListStateMachineVersionsRequest request) {
    throw unsupported("ListStateMachineVersions");
  }

  @Override
  public DeleteStateMachineVersionResponse deleteStateMachineVersion(DeleteStateMachineVersionRequest request) {
    throw unsupported("DeleteStateMachineVersion");
  }

  @Override
  public CreateStateMachineAliasResponse createStateMachineAlias(CreateStateMachineAliasRequest request) {
    throw unsupported("CreateStateMachineAlias");
  }

  @Override
  public DescribeStateMachineAliasResponse describeStateMachineAlias(DescribeStateMachineAliasRequest request) {
    throw unsupported("DescribeStateMachineAlias");
  }

  @Override
  public UpdateStateMachineAliasResponse updateStateMachineAlias(UpdateStateMachineAliasRequest request) {
    throw unsupported("UpdateStateMachineAlias");
  }

  @Override
  public DeleteStateMachineAliasResponse deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    throw unsupported("DeleteStateMachineAlias");
  }

  @Override
  public ListStateMachineAliasesResponse listStateMachineAliases(ListStateMachineAliasesRequest request) {
    throw unsupported("ListStateMachineAliases");
  }

  // ------------------------------------------------------------------ activities and tasks

  @Override
  public CreateActivityResponse createActivity(CreateActivityRequest request) {
    throw unsupported("CreateActivity");
  }

  @Override
  public DescribeActivityResponse describeActivity(DescribeActivityRequest request) {
    throw unsupported("DescribeActivity");
  }

  @Override
  public DeleteActivityResponse deleteActivity(DeleteActivityRequest request) {
    throw unsupported("DeleteActivity");
  }

  @Override
  public ListActivitiesResponse listActivities(ListActivitiesRequest request) {
    throw unsupported("ListActivities");
  }

  @Override
  public GetActivityTaskResponse getActivityTask(GetActivityTaskRequest request) {
    throw unsupported("GetActivityTask");
  }

  @Override
  public SendTaskSuccessResponse sendTaskSuccess(SendTaskSuccessRequest request) {
    throw unsupported("SendTaskSuccess");
  }

  @Override
  public SendTaskFailureResponse sendTaskFailure(SendTaskFailureRequest request) {
    throw unsupported("SendTaskFailure");
  }

  @Override
  public SendTaskHeartbeatResponse sendTaskHeartbeat(SendTaskHeartbeatRequest request) {
    throw unsupported("SendTaskHeartbeat");
  }

  // ------------------------------------------------------------------ map runs

  @Override
  public DescribeMapRunResponse describeMapRun(DescribeMapRunRequest request) {
    throw unsupported("DescribeMapRun");
  }

  @Override
  public ListMapRunsResponse listMapRuns(ListMapRunsRequest request) {
    throw unsupported("ListMapRuns");
  }

  @Override
  public UpdateMapRunResponse updateMapRun(UpdateMapRunRequest request) {
    throw unsupported("UpdateMapRun");
  }

  // ------------------------------------------------------------------ tags

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    throw unsupported("TagResource");
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    throw unsupported("UntagResource");
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    throw unsupported("ListTagsForResource");
  }

  // ------------------------------------------------------------------ TestState

  @Override
  public TestStateResponse testState(TestStateRequest request) {
    throw unsupported("TestState");
  }
}
