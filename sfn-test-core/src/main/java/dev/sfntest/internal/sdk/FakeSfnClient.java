package dev.sfntest.internal.sdk;

import dev.sfntest.internal.asl.Diagnostic;
import dev.sfntest.internal.backend.ActivityRecord;
import dev.sfntest.internal.backend.ActivityTasks;
import dev.sfntest.internal.backend.AliasRecord;
import dev.sfntest.internal.backend.ApiException;
import dev.sfntest.internal.backend.Backend;
import dev.sfntest.internal.backend.DefinitionValidation;
import dev.sfntest.internal.backend.ExecutionRecord;
import dev.sfntest.internal.backend.ExecutionSnapshot;
import dev.sfntest.internal.backend.Executions;
import dev.sfntest.internal.backend.Page;
import dev.sfntest.internal.engine.Deadline;
import dev.sfntest.internal.engine.MapRun;
import dev.sfntest.internal.backend.StateMachineRecord;
import dev.sfntest.internal.backend.StateMachines;
import dev.sfntest.internal.backend.VariableReferences;
import dev.sfntest.internal.backend.VersionRecord;
import dev.sfntest.internal.backend.teststate.Inspection;
import dev.sfntest.internal.backend.teststate.TestStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InspectionData;
import software.amazon.awssdk.services.sfn.model.InspectionErrorDetails;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ActivityListItem;
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
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
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
import software.amazon.awssdk.services.sfn.model.StateMachineAliasListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;
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
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionRequest;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;

/**
 * The fake's {@link SfnClient}: maps SDK requests to backend calls and backend results to SDK
 * responses, and the backend's refusals to the SDK exceptions AWS's answers produce (the modelled
 * class, AWS's error code, status 400). Only the request-object methods are implemented; the SDK's
 * defaults supply the {@code Consumer<Builder>} variants and the paginators.
 *
 * <pre>{@code
 * SfnClient client = FakeSfn.create().client();
 * client.listStateMachinesPaginator(ListStateMachinesRequest.builder().build()).stateMachines();
 * }</pre>
 *
 * <p>{@link #getActivityTask} is AWS's long poll: it blocks the calling thread until a task comes,
 * the fake closes, or the poll timeout passes (60 seconds, as on AWS, unless the fake was built
 * with another).
 */
public final class FakeSfnClient implements SfnClient {

  private final Backend backend;
  private final Runnable onClose;
  private final TestStates testStates;

  public FakeSfnClient(Backend backend, Runnable onClose) {
    this.backend = backend;
    this.onClose = onClose;
    this.testStates = new TestStates(backend);
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** The backend this client maps to: for the API's tools (failure explorer, replay) that run on the engine. */
  public Backend backend() {
    return backend;
  }

  /** Closes the fake this client belongs to. */
  @Override
  public void close() {
    onClose.run();
  }

  /** What every ARN of this fake starts with: {@code arn:aws:states:us-east-1:123456789012:}. */
  public String arnPrefix() {
    return backend.arns().prefix();
  }

  /**
   * Whether a state machine or an activity with that ARN exists now, without the exception a
   * describe of a missing one throws: for the checks of live mode's recording clients on a fake.
   */
  public boolean exists(String arn) {
    return backend.exists(arn);
  }

  /**
   * What a running execution waits on from the test (task tokens, activity tasks, silent mocks),
   * in words; empty when it waits on nothing or has ended. Not an AWS operation.
   */
  public List<String> waitsOnTest(String executionArn) {
    return call(() -> backend.executions().waitsOnTest(executionArn));
  }

  /**
   * What a running execution waits for on the fake's clock (its states' timers, its timeout),
   * soonest first, with the clock's time now. Not an AWS operation.
   */
  public Deadline.Waits deadlines(String executionArn) {
    return call(() -> backend.executions().deadlines(executionArn));
  }

  /**
   * The exceptions other than {@code TaskFailure} that {@code thenAnswer} handlers threw while the
   * execution ran, in order: the history keeps only their class name and message. Not an AWS
   * operation.
   */
  public List<Throwable> handlerExceptions(String executionArn) {
    return call(() -> backend.executions().handlerExceptions(executionArn));
  }

  /**
   * The events an EXPRESS execution has logged so far, with execution data: what AWS sends to
   * CloudWatch Logs at log level {@code ALL}, since AWS keeps no history for Express executions
   * (DescribeExecution and GetExecutionHistory refuse their ARNs). Not an AWS operation.
   *
   * <pre>{@code
   * String arn = client.startExecution(b -> b.stateMachineArn(expressArn)).executionArn();
   * List<HistoryEvent> log = client.expressExecutionLog(arn);
   * }</pre>
   *
   * @throws InvalidArnException for an ARN that does not name an Express execution
   * @throws ExecutionDoesNotExistException for an Express execution the fake never ran
   */
  public List<HistoryEvent> expressExecutionLog(String executionArn) {
    return call(() -> backend.executions().expressLog(executionArn).stream()
        .map(e -> ExecutionViews.historyEvent(e, true))
        .collect(Collectors.toList()));
  }

  /**
   * The fake's state machines (with versions, aliases and tags) and activities, as JSON taken at
   * one moment; not its executions. Not an AWS operation: what {@code sfn-local serve --state-dir}
   * writes after every change, to {@link #restoreDefinitions} after a restart.
   */
  public com.fasterxml.jackson.databind.node.ObjectNode saveDefinitions() {
    return dev.sfntest.internal.backend.SavedDefinitions.save(backend);
  }

  /**
   * Restores what {@link #saveDefinitions} saved, into this fake, which must have no machines and
   * no activities yet. Not an AWS operation.
   *
   * @throws IllegalArgumentException for JSON that is not saved definitions, or a fake that has some
   * @throws software.amazon.awssdk.services.sfn.model.InvalidDefinitionException for a saved
   *     definition this fake refuses
   */
  public void restoreDefinitions(com.fasterxml.jackson.databind.JsonNode saved) {
    run(() -> dev.sfntest.internal.backend.SavedDefinitions.restore(backend, saved));
  }

  private static <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (ApiException e) {
      throw AwsErrors.of(e);
    }
  }

  private static void run(Runnable body) {
    call(() -> {
      body.run();
      return null;
    });
  }

  // ------------------------------------------------------------------ state machines

  @Override
  public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
    return call(() -> {
      StateMachines.Created created = backend.stateMachines().create(new StateMachines.NewMachine(
          request.name(), request.definition(), request.roleArn(), request.typeAsString(),
          Configs.json(request.loggingConfiguration()), Configs.json(request.tracingConfiguration()),
          Configs.json(request.encryptionConfiguration()), request.publish(), request.versionDescription(),
          Tags.toEntries(request.tags())));
      return CreateStateMachineResponse.builder()
          .stateMachineArn(created.machine().arn())
          .creationDate(created.machine().creationDate())
          .stateMachineVersionArn(created.version() == null ? null : created.version().arn())
          .build();
    });
  }

  @Override
  public DescribeStateMachineResponse describeStateMachine(DescribeStateMachineRequest request) {
    return call(() -> {
      StateMachines.View view = backend.stateMachines().describe(request.stateMachineArn());
      StateMachineRecord machine = view.machine();
      DescribeStateMachineResponse.Builder response = DescribeStateMachineResponse.builder()
          .stateMachineArn(view.arn())
          .name(machine.name())
          .status(view.status())
          .roleArn(view.revision().roleArn())
          .type(machine.type())
          .creationDate(view.creationDate())
          .loggingConfiguration(Configs.logging(view.revision().logging()))
          .tracingConfiguration(Configs.tracing(view.revision().tracing()))
          .encryptionConfiguration(Configs.encryption(view.revision().encryption()))
          .revisionId(view.revision().revisionId())
          .description(view.description());
      if (!"METADATA_ONLY".equals(request.includedDataAsString())) {
        response.definition(view.revision().definitionText());
      }
      Map<String, List<String>> references = VariableReferences.of(view.revision().definition().source());
      if (!references.isEmpty()) {
        response.variableReferences(references);
      }
      return response.build();
    });
  }

  @Override
  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    return call(() -> {
      Page<StateMachineRecord> page = backend.stateMachines().list(request.maxResults(), request.nextToken());
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
    run(() -> backend.stateMachines().delete(request.stateMachineArn()));
    return DeleteStateMachineResponse.builder().build();
  }

  @Override
  public UpdateStateMachineResponse updateStateMachine(UpdateStateMachineRequest request) {
    return call(() -> {
      StateMachines.Updated updated = backend.stateMachines().update(new StateMachines.Change(
          request.stateMachineArn(), request.definition(), request.roleArn(),
          Configs.json(request.loggingConfiguration()), Configs.json(request.tracingConfiguration()),
          Configs.json(request.encryptionConfiguration()), request.publish(), request.versionDescription()));
      return UpdateStateMachineResponse.builder()
          .updateDate(updated.updateDate())
          .revisionId(updated.revisionId())
          .stateMachineVersionArn(updated.version() == null ? null : updated.version().arn())
          .build();
    });
  }

  @Override
  public ValidateStateMachineDefinitionResponse validateStateMachineDefinition(
      ValidateStateMachineDefinitionRequest request) {
    return call(() -> {
      DefinitionValidation.Result result = backend.validation().validate(request.definition(),
          request.typeAsString(), request.severityAsString(), request.maxResults());
      List<ValidateStateMachineDefinitionDiagnostic> diagnostics = new ArrayList<>();
      for (Diagnostic diagnostic : result.diagnostics()) {
        diagnostics.add(ValidateStateMachineDefinitionDiagnostic.builder()
            .severity(diagnostic.severity().name())
            .code(diagnostic.code())
            .message(diagnostic.message())
            .location(diagnostic.location() == null || diagnostic.location().isEmpty() ? null : diagnostic.location())
            .build());
      }
      return ValidateStateMachineDefinitionResponse.builder()
          .result(result.result())
          .diagnostics(diagnostics)
          .truncated(result.truncated())
          .build();
    });
  }

  // ------------------------------------------------------------------ executions

  @Override
  public StartExecutionResponse startExecution(StartExecutionRequest request) {
    return call(() -> {
      ExecutionRecord record = backend.executions().start(request.stateMachineArn(), request.name(),
          request.input(), request.traceHeader());
      return StartExecutionResponse.builder()
          .executionArn(record.arn())
          .startDate(record.run().startDate())
          .build();
    });
  }

  @Override
  public StartSyncExecutionResponse startSyncExecution(StartSyncExecutionRequest request) {
    return call(() -> ExecutionViews.sync(backend.executions().startSync(request.stateMachineArn(), request.name(),
        request.input(), request.traceHeader()), request.includedDataAsString()));
  }

  @Override
  public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
    return call(() -> ExecutionViews.describe(backend.executions().describe(request.executionArn()),
        request.includedDataAsString()));
  }

  @Override
  public DescribeStateMachineForExecutionResponse describeStateMachineForExecution(
      DescribeStateMachineForExecutionRequest request) {
    return call(() -> ExecutionViews.stateMachineFor(backend.executions().stateMachineFor(request.executionArn()),
        request.includedDataAsString()));
  }

  @Override
  public ListExecutionsResponse listExecutions(ListExecutionsRequest request) {
    return call(() -> {
      Page<ExecutionSnapshot> page = backend.executions().list(new Executions.Query(request.stateMachineArn(),
          request.mapRunArn(), request.statusFilterAsString(), request.redriveFilterAsString(), request.maxResults(),
          request.nextToken()));
      return ListExecutionsResponse.builder()
          .executions(page.items().stream().map(ExecutionViews::listItem).collect(Collectors.toList()))
          .nextToken(page.nextToken())
          .build();
    });
  }

  @Override
  public GetExecutionHistoryResponse getExecutionHistory(GetExecutionHistoryRequest request) {
    return call(() -> {
      Page<dev.sfntest.internal.history.RecordedEvent> page = backend.executions().history(request.executionArn(),
          request.maxResults(), request.nextToken(), Boolean.TRUE.equals(request.reverseOrder()));
      boolean includeData = request.includeExecutionData() == null || request.includeExecutionData();
      return GetExecutionHistoryResponse.builder()
          .events(page.items().stream().map(e -> ExecutionViews.historyEvent(e, includeData))
              .collect(Collectors.toList()))
          .nextToken(page.nextToken())
          .build();
    });
  }

  @Override
  public StopExecutionResponse stopExecution(StopExecutionRequest request) {
    return call(() -> StopExecutionResponse.builder()
        .stopDate(backend.executions().stop(request.executionArn(), request.error(), request.cause()))
        .build());
  }

  @Override
  public RedriveExecutionResponse redriveExecution(RedriveExecutionRequest request) {
    return call(() -> RedriveExecutionResponse.builder()
        .redriveDate(backend.executions().redrive(request.executionArn(), request.clientToken()))
        .build());
  }

  // ------------------------------------------------------------------ versions and aliases

  @Override
  public PublishStateMachineVersionResponse publishStateMachineVersion(PublishStateMachineVersionRequest request) {
    return call(() -> {
      VersionRecord version = backend.versions().publish(request.stateMachineArn(), request.revisionId(),
          request.description());
      return PublishStateMachineVersionResponse.builder()
          .stateMachineVersionArn(version.arn())
          .creationDate(version.creationDate())
          .build();
    });
  }

  @Override
  public ListStateMachineVersionsResponse listStateMachineVersions(ListStateMachineVersionsRequest request) {
    return call(() -> {
      Page<VersionRecord> page = backend.versions().list(request.stateMachineArn(), request.maxResults(),
          request.nextToken());
      return ListStateMachineVersionsResponse.builder()
          .stateMachineVersions(page.items().stream()
              .map(v -> StateMachineVersionListItem.builder().stateMachineVersionArn(v.arn())
                  .creationDate(v.creationDate()).build())
              .collect(Collectors.toList()))
          .nextToken(page.nextToken())
          .build();
    });
  }

  @Override
  public DeleteStateMachineVersionResponse deleteStateMachineVersion(DeleteStateMachineVersionRequest request) {
    run(() -> backend.versions().delete(request.stateMachineVersionArn()));
    return DeleteStateMachineVersionResponse.builder().build();
  }

  @Override
  public CreateStateMachineAliasResponse createStateMachineAlias(CreateStateMachineAliasRequest request) {
    return call(() -> {
      AliasRecord alias = backend.aliases().create(request.name(), request.description(),
          routes(request.hasRoutingConfiguration() ? request.routingConfiguration() : null));
      return CreateStateMachineAliasResponse.builder()
          .stateMachineAliasArn(alias.arn())
          .creationDate(alias.creationDate())
          .build();
    });
  }

  @Override
  public DescribeStateMachineAliasResponse describeStateMachineAlias(DescribeStateMachineAliasRequest request) {
    return call(() -> {
      AliasRecord alias = backend.aliases().describe(request.stateMachineAliasArn());
      return DescribeStateMachineAliasResponse.builder()
          .stateMachineAliasArn(alias.arn())
          .name(alias.name())
          .description(alias.description())
          .routingConfiguration(alias.routes().stream()
              .map(r -> RoutingConfigurationListItem.builder().stateMachineVersionArn(r.versionArn())
                  .weight(r.weight()).build())
              .collect(Collectors.toList()))
          .creationDate(alias.creationDate())
          .updateDate(alias.updateDate())
          .build();
    });
  }

  @Override
  public UpdateStateMachineAliasResponse updateStateMachineAlias(UpdateStateMachineAliasRequest request) {
    return call(() -> UpdateStateMachineAliasResponse.builder()
        .updateDate(backend.aliases().update(request.stateMachineAliasArn(), request.description(),
            routes(request.hasRoutingConfiguration() ? request.routingConfiguration() : null)).updateDate())
        .build());
  }

  @Override
  public DeleteStateMachineAliasResponse deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    run(() -> backend.aliases().delete(request.stateMachineAliasArn()));
    return DeleteStateMachineAliasResponse.builder().build();
  }

  @Override
  public ListStateMachineAliasesResponse listStateMachineAliases(ListStateMachineAliasesRequest request) {
    return call(() -> {
      Page<AliasRecord> page = backend.aliases().list(request.stateMachineArn(), request.maxResults(),
          request.nextToken());
      return ListStateMachineAliasesResponse.builder()
          .stateMachineAliases(page.items().stream()
              .map(a -> StateMachineAliasListItem.builder().stateMachineAliasArn(a.arn())
                  .creationDate(a.creationDate()).build())
              .collect(Collectors.toList()))
          .nextToken(page.nextToken())
          .build();
    });
  }

  private static List<AliasRecord.Route> routes(List<RoutingConfigurationListItem> items) {
    if (items == null) {
      return null;
    }
    return items.stream().map(i -> new AliasRecord.Route(i.stateMachineVersionArn(), i.weight()))
        .collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ activities and tasks

  @Override
  public CreateActivityResponse createActivity(CreateActivityRequest request) {
    return call(() -> {
      ActivityRecord activity = backend.activities().create(request.name(), Tags.toEntries(request.tags()),
          Configs.json(request.encryptionConfiguration()));
      return CreateActivityResponse.builder()
          .activityArn(activity.arn())
          .creationDate(activity.creationDate())
          .build();
    });
  }

  @Override
  public DescribeActivityResponse describeActivity(DescribeActivityRequest request) {
    return call(() -> {
      ActivityRecord activity = backend.activities().describe(request.activityArn());
      return DescribeActivityResponse.builder()
          .activityArn(activity.arn())
          .name(activity.name())
          .creationDate(activity.creationDate())
          .encryptionConfiguration(Configs.encryption(activity.encryptionConfiguration()))
          .build();
    });
  }

  @Override
  public DeleteActivityResponse deleteActivity(DeleteActivityRequest request) {
    run(() -> backend.activities().delete(request.activityArn()));
    return DeleteActivityResponse.builder().build();
  }

  @Override
  public ListActivitiesResponse listActivities(ListActivitiesRequest request) {
    return call(() -> {
      Page<ActivityRecord> page = backend.activities().list(request.maxResults(), request.nextToken());
      return ListActivitiesResponse.builder()
          .activities(page.items().stream()
              .map(a -> ActivityListItem.builder().activityArn(a.arn()).name(a.name())
                  .creationDate(a.creationDate()).build())
              .collect(Collectors.toList()))
          .nextToken(page.nextToken())
          .build();
    });
  }

  /**
   * GetActivityTask: AWS's long poll. Blocks this thread (not the fake) until a task of the activity
   * is scheduled, the fake closes, or the poll timeout passes; then answers a response with no
   * task token, as AWS does.
   */
  @Override
  public GetActivityTaskResponse getActivityTask(GetActivityTaskRequest request) {
    return call(() -> {
      ActivityTasks.Grant task = backend.activityTasks().poll(request.activityArn(), request.workerName());
      return task == null ? GetActivityTaskResponse.builder().build()
          : GetActivityTaskResponse.builder().taskToken(task.taskToken()).input(task.input()).build();
    });
  }

  @Override
  public SendTaskSuccessResponse sendTaskSuccess(SendTaskSuccessRequest request) {
    run(() -> backend.taskResponses().success(request.taskToken(), request.output()));
    return SendTaskSuccessResponse.builder().build();
  }

  @Override
  public SendTaskFailureResponse sendTaskFailure(SendTaskFailureRequest request) {
    run(() -> backend.taskResponses().failure(request.taskToken(), request.error(), request.cause()));
    return SendTaskFailureResponse.builder().build();
  }

  @Override
  public SendTaskHeartbeatResponse sendTaskHeartbeat(SendTaskHeartbeatRequest request) {
    run(() -> backend.taskResponses().heartbeat(request.taskToken()));
    return SendTaskHeartbeatResponse.builder().build();
  }

  // ------------------------------------------------------------------ map runs

  @Override
  public DescribeMapRunResponse describeMapRun(DescribeMapRunRequest request) {
    return call(() -> MapRunViews.describe(backend.mapRuns().describe(request.mapRunArn())));
  }

  @Override
  public ListMapRunsResponse listMapRuns(ListMapRunsRequest request) {
    return call(() -> {
      Page<MapRun.Snapshot> page = backend.mapRuns().list(request.executionArn(), request.maxResults(), request.nextToken());
      return ListMapRunsResponse.builder()
          .mapRuns(page.items().stream().map(MapRunViews::listItem).collect(Collectors.toList()))
          .nextToken(page.nextToken())
          .build();
    });
  }

  @Override
  public UpdateMapRunResponse updateMapRun(UpdateMapRunRequest request) {
    run(() -> backend.mapRuns().update(request.mapRunArn(), request.maxConcurrency(),
        request.toleratedFailurePercentage(), request.toleratedFailureCount()));
    return UpdateMapRunResponse.builder().build();
  }

  // ------------------------------------------------------------------ tags

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    run(() -> backend.tags().tag(request.resourceArn(),
        request.hasTags() ? Tags.toEntries(request.tags()) : null));
    return TagResourceResponse.builder().build();
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    run(() -> backend.tags().untag(request.resourceArn(), request.hasTagKeys() ? request.tagKeys() : null));
    return UntagResourceResponse.builder().build();
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call(() -> ListTagsForResourceResponse.builder()
        .tags(Tags.toSdk(backend.tags().list(request.resourceArn())))
        .build());
  }

  // ------------------------------------------------------------------ TestState

  /**
   * TestState: runs one state on its own and answers how it ended, as Step Functions does. A Task
   * with a {@code mock} calls nothing; one without a mock needs a {@code roleArn}, as on AWS, and
   * is answered by the fake's task mocks.
   *
   * <pre>{@code
   * TestStateResponse response = client.testState(b -> b
   *     .definition("{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"End\":true}")
   *     .mock(m -> m.result("{\"Payload\":{\"ok\":true}}"))
   *     .inspectionLevel(InspectionLevel.DEBUG));
   * response.status();   // SUCCEEDED
   * }</pre>
   *
   * @see TestStates
   */
  @Override
  public TestStateResponse testState(TestStateRequest request) {
    return call(() -> {
      TestStates.Result result = testStates.test(new TestStates.Request(request.definition(), request.roleArn(),
          request.input(), request.inspectionLevelAsString(), request.revealSecrets(), request.variables(),
          request.stateName(), mock(request), request.context(), configuration(request)));
      return TestStateResponse.builder()
          .status(result.status())
          .output(result.output())
          .nextState(result.nextState())
          .error(result.error())
          .cause(result.cause())
          .inspectionData(inspectionData(result.inspection()))
          .build();
    });
  }

  private static TestStates.Mock mock(TestStateRequest request) {
    if (request.mock() == null) {
      return null;
    }
    var errorOutput = request.mock().errorOutput();
    return new TestStates.Mock(request.mock().result(),
        errorOutput == null ? null : new TestStates.ErrorOutput(errorOutput.error(), errorOutput.cause()),
        request.mock().fieldValidationModeAsString());
  }

  private static TestStates.Configuration configuration(TestStateRequest request) {
    var configuration = request.stateConfiguration();
    return configuration == null ? null : new TestStates.Configuration(configuration.retrierRetryCount(),
        configuration.errorCausedByState(), configuration.mapIterationFailureCount(),
        configuration.mapItemReaderData());
  }

  private static InspectionData inspectionData(Inspection inspection) {
    if (inspection == null) {
      return null;
    }
    Inspection.ErrorDetails details = inspection.errorDetails();
    return InspectionData.builder()
        .input(inspection.input())
        .afterInputPath(inspection.afterInputPath())
        .afterParameters(inspection.afterParameters())
        .afterArguments(inspection.afterArguments())
        .result(inspection.result())
        .afterResultSelector(inspection.afterResultSelector())
        .afterResultPath(inspection.afterResultPath())
        .afterItemsPath(inspection.afterItemsPath())
        .afterItemSelector(inspection.afterItemSelector())
        .afterItemBatcher(inspection.afterItemBatcher())
        .maxConcurrency(inspection.maxConcurrency())
        .toleratedFailureCount(inspection.toleratedFailureCount())
        .toleratedFailurePercentage(inspection.toleratedFailurePercentage())
        .variables(inspection.variables())
        .errorDetails(details == null ? null : InspectionErrorDetails.builder()
            .catchIndex(details.catchIndex())
            .retryIndex(details.retryIndex())
            .retryBackoffIntervalSeconds(details.retryBackoffIntervalSeconds())
            .build())
        .build();
  }
}
