package dev.sfntest.internal.live;

import java.util.function.UnaryOperator;
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
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionRequest;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;

/**
 * What the recording clients note in their {@link Ledger} around each call that creates, starts or
 * deletes something, once for the synchronous and the asynchronous client. A method is called
 * before the request is sent, on the caller's thread, and makes the checks that must precede it
 * (whether a resource of that name exists already); the function it returns records the answer,
 * once the service has given it.
 *
 * <pre>{@code
 * UnaryOperator<CreateActivityResponse> record = recorder.createActivity(request);
 * return record.apply(delegate.createActivity(request));             // sync
 * return delegate.createActivity(request).thenApply(record);        // async
 * }</pre>
 */
final class Recorder {

  private final Ledger ledger;

  Recorder(Ledger ledger) {
    this.ledger = ledger;
  }

  UnaryOperator<CreateActivityResponse> createActivity(CreateActivityRequest request) {
    Ledger.Origin origin = ledger.activityBefore(request.name());
    return response -> {
      ledger.activityCreated(response.activityArn(), origin);
      return response;
    };
  }

  UnaryOperator<CreateStateMachineResponse> createStateMachine(CreateStateMachineRequest request) {
    Ledger.Origin origin = ledger.stateMachineBefore(request.name());
    return response -> {
      ledger.stateMachineCreated(response.stateMachineArn(), response.stateMachineVersionArn(), origin);
      return response;
    };
  }

  UnaryOperator<CreateStateMachineAliasResponse> createStateMachineAlias(CreateStateMachineAliasRequest request) {
    String machine = LiveArns.machineOfRouting(request.routingConfiguration());
    Ledger.Origin origin = machine == null ? Ledger.Origin.UNKNOWN : ledger.aliasBefore(machine, request.name());
    return response -> {
      ledger.aliasCreated(response.stateMachineAliasArn(), origin);
      return response;
    };
  }

  UnaryOperator<DeleteActivityResponse> deleteActivity(DeleteActivityRequest request) {
    return response -> {
      ledger.activityDeleted(request.activityArn());
      return response;
    };
  }

  UnaryOperator<DeleteStateMachineResponse> deleteStateMachine(DeleteStateMachineRequest request) {
    return response -> {
      ledger.stateMachineDeleted(request.stateMachineArn());
      return response;
    };
  }

  UnaryOperator<DeleteStateMachineAliasResponse> deleteStateMachineAlias(DeleteStateMachineAliasRequest request) {
    return response -> {
      ledger.aliasDeleted(request.stateMachineAliasArn());
      return response;
    };
  }

  UnaryOperator<DeleteStateMachineVersionResponse> deleteStateMachineVersion(
      DeleteStateMachineVersionRequest request) {
    return response -> {
      ledger.versionDeleted(request.stateMachineVersionArn());
      return response;
    };
  }

  UnaryOperator<PublishStateMachineVersionResponse> publishStateMachineVersion(
      PublishStateMachineVersionRequest request) {
    Ledger.VersionsBefore before = ledger.versionsBefore(request.stateMachineArn());
    return response -> {
      ledger.versionPublished(response.stateMachineVersionArn(), before);
      return response;
    };
  }

  /** An update that publishes a version records it as PublishStateMachineVersion does; any other, nothing. */
  UnaryOperator<UpdateStateMachineResponse> updateStateMachine(UpdateStateMachineRequest request) {
    if (!Boolean.TRUE.equals(request.publish())) {
      return UnaryOperator.identity();
    }
    Ledger.VersionsBefore before = ledger.versionsBefore(request.stateMachineArn());
    return response -> {
      ledger.versionPublished(response.stateMachineVersionArn(), before);
      return response;
    };
  }

  StartExecutionResponse started(StartExecutionResponse response) {
    ledger.started(response.executionArn());
    return response;
  }

  StartSyncExecutionResponse started(StartSyncExecutionResponse response) {
    ledger.started(response.executionArn());
    return response;
  }
}
