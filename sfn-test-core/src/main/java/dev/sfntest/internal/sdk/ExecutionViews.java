package dev.sfntest.internal.sdk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.backend.ExecutionRecord;
import dev.sfntest.internal.backend.ExecutionSnapshot;
import dev.sfntest.internal.backend.Revision;
import dev.sfntest.internal.backend.VariableReferences;
import dev.sfntest.internal.engine.RunStatus;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.model.BillingDetails;
import software.amazon.awssdk.services.sfn.model.CloudWatchEventsExecutionDataDetails;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;

/** Builds the SDK responses that show executions, from the backend's snapshots and records. */
final class ExecutionViews {

  private static final CloudWatchEventsExecutionDataDetails INCLUDED =
      CloudWatchEventsExecutionDataDetails.builder().included(true).build();
  private static final CloudWatchEventsExecutionDataDetails NOT_INCLUDED =
      CloudWatchEventsExecutionDataDetails.builder().included(false).build();

  private ExecutionViews() {}

  /** DescribeExecution's answer; {@code METADATA_ONLY} leaves input and output out. */
  static DescribeExecutionResponse describe(ExecutionSnapshot execution, String includedData) {
    boolean data = !"METADATA_ONLY".equals(includedData);
    DescribeExecutionResponse.Builder response = DescribeExecutionResponse.builder()
        .executionArn(execution.executionArn())
        .stateMachineArn(execution.stateMachineArn())
        .name(execution.name())
        .status(execution.status().name())
        .startDate(execution.startDate())
        .stopDate(execution.stopDate())
        .inputDetails(data ? INCLUDED : NOT_INCLUDED)
        .traceHeader(execution.traceHeader())
        .stateMachineVersionArn(execution.versionArn())
        .stateMachineAliasArn(execution.aliasArn())
        .redriveCount(execution.redriveCount())
        .redriveDate(execution.redriveDate())
        .redriveStatus(execution.redrive().status())
        .redriveStatusReason(execution.redrive().reason());
    if (execution.isMapRunChild()) {
      response.mapRunArn(execution.mapRunArn());
    }
    if (data) {
      response.input(execution.input());
    }
    if (execution.status() == RunStatus.SUCCEEDED) {
      response.outputDetails(data ? INCLUDED : NOT_INCLUDED);
      if (data) {
        response.output(Json.write(execution.output()));
      }
    }
    // AWS leaves error and cause out when there are none (a timed-out run, a stop without reason).
    response.error(execution.error()).cause(execution.cause());
    return response.build();
  }

  /**
   * One ListExecutions item; a map run's child (listed only by its map run) also has {@code
   * mapRunArn} and {@code itemCount}, which AWS returns only then (documented).
   */
  static ExecutionListItem listItem(ExecutionSnapshot execution) {
    ExecutionListItem.Builder item = ExecutionListItem.builder();
    if (execution.isMapRunChild()) {
      item.mapRunArn(execution.mapRunArn()).itemCount(execution.itemCount());
    }
    return item
        .executionArn(execution.executionArn())
        .stateMachineArn(execution.stateMachineArn())
        .name(execution.name())
        .status(execution.status().name())
        .startDate(execution.startDate())
        .stopDate(execution.stopDate())
        .stateMachineVersionArn(execution.versionArn())
        .stateMachineAliasArn(execution.aliasArn())
        .redriveCount(execution.redriveCount())
        .redriveDate(execution.redriveDate())
        .build();
  }

  /**
   * DescribeStateMachineForExecution's answer: the revision the execution ran, under the
   * unqualified machine ARN (recorded also for executions of versions). A map run's child ran the
   * Map's ItemProcessor as {@code <machine>/<label>}, with the map run's ARN and label (documented).
   */
  static DescribeStateMachineForExecutionResponse stateMachineFor(ExecutionRecord record, String includedData) {
    Revision revision = record.revision();
    DescribeStateMachineForExecutionResponse.Builder response = DescribeStateMachineForExecutionResponse.builder()
        .stateMachineArn(record.stateMachineArn())
        .name(record.run().spec().stateMachineName())
        .roleArn(revision.roleArn())
        .updateDate(revision.date())
        .loggingConfiguration(Configs.logging(revision.logging()))
        .tracingConfiguration(Configs.tracing(revision.tracing()))
        .encryptionConfiguration(Configs.encryption(revision.encryption()))
        .revisionId(revision.revisionId());
    if (record.isMapRunChild()) {
      response.mapRunArn(record.mapRun().arn()).label(record.mapRun().label());
    }
    if (!"METADATA_ONLY".equals(includedData)) {
      response.definition(revision.definitionText());
    }
    Map<String, List<String>> references = VariableReferences.of(revision.definition().source());
    if (!references.isEmpty()) {
      response.variableReferences(references);
    }
    return response.build();
  }

  /**
   * StartSyncExecution's answer. The billing follows AWS's rules for Express workflows: duration
   * rounded up to the next 100 ms, memory in 64 MB steps (64 MB recorded for a small execution).
   * A timed-out execution reports {@code States.Timeout}, the error its history records.
   */
  static StartSyncExecutionResponse sync(ExecutionSnapshot execution, String includedData) {
    boolean data = !"METADATA_ONLY".equals(includedData);
    long millis = Duration.between(execution.startDate(), execution.stopDate()).toMillis();
    long billed = Math.max(100, (millis + 99) / 100 * 100);
    StartSyncExecutionResponse.Builder response = StartSyncExecutionResponse.builder()
        .executionArn(execution.executionArn())
        .stateMachineArn(execution.stateMachineArn())
        .name(execution.name())
        .startDate(execution.startDate())
        .stopDate(execution.stopDate())
        .status(execution.status().name())
        .inputDetails(data ? INCLUDED : NOT_INCLUDED)
        .traceHeader(execution.traceHeader())
        .billingDetails(BillingDetails.builder().billedDurationInMilliseconds(billed).billedMemoryUsedInMB(64L)
            .build());
    if (data) {
      response.input(execution.input());
    }
    // outputDetails comes with every end, a failure's too (recorded), though only success has an output.
    response.outputDetails(data ? INCLUDED : NOT_INCLUDED);
    if (execution.status() == RunStatus.SUCCEEDED) {
      if (data) {
        response.output(Json.write(execution.output()));
      }
    } else if (execution.status() == RunStatus.TIMED_OUT) {
      response.error(execution.error() == null ? ErrorNames.TIMEOUT : execution.error()).cause(execution.cause());
    } else {
      response.error(execution.error()).cause(execution.cause());
    }
    return response.build();
  }

  /**
   * One history event as the SDK type; without execution data, inputs and outputs are left out.
   * With them (the usual read), it is converted once and kept with the event.
   */
  static HistoryEvent historyEvent(dev.sfntest.internal.history.RecordedEvent event, boolean includeData) {
    return includeData ? event.view(HistoryEvent.class, e -> convert(e, true)) : convert(event, false);
  }

  private static HistoryEvent convert(dev.sfntest.internal.history.RecordedEvent event, boolean includeData) {
    HistoryEvent direct = HistoryEventBuilders.build(event, includeData);
    return direct != null ? direct : convertThroughJson(event, includeData);
  }

  /** The general route, for details {@link HistoryEventBuilders} does not build directly. */
  static HistoryEvent convertThroughJson(dev.sfntest.internal.history.RecordedEvent event, boolean includeData) {
    ObjectNode json = Json.object();
    json.put("id", event.id());
    json.put("previousEventId", event.previousEventId());
    json.put("type", event.type().name());
    if (!event.details().isEmpty()) {
      ObjectNode details = event.details().toJson();
      if (!includeData) {
        details.remove(List.of("input", "output", "parameters"));
      }
      json.set(event.type().detailsKey(), details);
    } else if (HistoryEventFields.hasDetails(event.type().detailsKey())) {
      // AWS sends an empty details object for types that have one (a Fail state without Error).
      json.set(event.type().detailsKey(), Json.object());
    }
    HistoryEvent.Builder builder = HistoryEvent.builder().timestamp(event.timestamp());
    return ((HistoryEvent.Builder) SdkJson.fill((SdkPojo) builder, json)).build();
  }
}
