package dev.sfntest.internal.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.sfn.model.SfnException;

/**
 * The request members Step Functions requires, per operation, and AWS's refusal of a request that
 * lacks one. The SDK does not check them (its model carries no "required" trait for Step
 * Functions): AWS's front end does, before the service sees the request, and answers
 * {@code ValidationException}. The lists follow the "Required: Yes" members of each action in the
 * <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_Operations.html">API
 * reference</a>.
 *
 * <pre>{@code
 * RequiredMembers.check(CreateStateMachineRequest.builder().name("m").build());
 * // ValidationException: 2 validation errors detected: Value null at 'definition' failed to
 * // satisfy constraint: Member must not be null; Value null at 'roleArn' ...
 * }</pre>
 */
public final class RequiredMembers {

  private static final Map<String, List<String>> BY_OPERATION = Map.ofEntries(
      Map.entry("CreateActivity", List.of("name")),
      Map.entry("CreateStateMachine", List.of("name", "definition", "roleArn")),
      Map.entry("CreateStateMachineAlias", List.of("name", "routingConfiguration")),
      Map.entry("DeleteActivity", List.of("activityArn")),
      Map.entry("DeleteStateMachine", List.of("stateMachineArn")),
      Map.entry("DeleteStateMachineAlias", List.of("stateMachineAliasArn")),
      Map.entry("DeleteStateMachineVersion", List.of("stateMachineVersionArn")),
      Map.entry("DescribeActivity", List.of("activityArn")),
      Map.entry("DescribeExecution", List.of("executionArn")),
      Map.entry("DescribeMapRun", List.of("mapRunArn")),
      Map.entry("DescribeStateMachine", List.of("stateMachineArn")),
      Map.entry("DescribeStateMachineAlias", List.of("stateMachineAliasArn")),
      Map.entry("DescribeStateMachineForExecution", List.of("executionArn")),
      Map.entry("GetActivityTask", List.of("activityArn")),
      Map.entry("GetExecutionHistory", List.of("executionArn")),
      Map.entry("ListMapRuns", List.of("executionArn")),
      Map.entry("ListStateMachineAliases", List.of("stateMachineArn")),
      Map.entry("ListStateMachineVersions", List.of("stateMachineArn")),
      Map.entry("ListTagsForResource", List.of("resourceArn")),
      Map.entry("PublishStateMachineVersion", List.of("stateMachineArn")),
      Map.entry("RedriveExecution", List.of("executionArn")),
      Map.entry("SendTaskFailure", List.of("taskToken")),
      Map.entry("SendTaskHeartbeat", List.of("taskToken")),
      Map.entry("SendTaskSuccess", List.of("taskToken", "output")),
      Map.entry("StartExecution", List.of("stateMachineArn")),
      Map.entry("StartSyncExecution", List.of("stateMachineArn")),
      Map.entry("StopExecution", List.of("executionArn")),
      Map.entry("TagResource", List.of("resourceArn", "tags")),
      Map.entry("TestState", List.of("definition")),
      Map.entry("UntagResource", List.of("resourceArn", "tagKeys")),
      Map.entry("UpdateMapRun", List.of("mapRunArn")),
      Map.entry("UpdateStateMachine", List.of("stateMachineArn")),
      Map.entry("UpdateStateMachineAlias", List.of("stateMachineAliasArn")),
      Map.entry("ValidateStateMachineDefinition", List.of("definition")));

  private RequiredMembers() {}

  /** The members {@code operation} requires, by their JSON names (empty when none, or unknown). */
  public static List<String> of(String operation) {
    return BY_OPERATION.getOrDefault(operation, List.of());
  }

  /**
   * Refuses a request that lacks a required member, as AWS does.
   *
   * @throws SfnException AWS's {@code ValidationException}, naming every missing member
   */
  public static void check(SdkRequest request) {
    String name = request.getClass().getSimpleName();
    String operation = name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
    List<String> missing = new ArrayList<>();
    for (String member : of(operation)) {
      if (isAbsent(request, member)) {
        missing.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
      }
    }
    if (!missing.isEmpty()) {
      throw AwsErrors.exception("ValidationException", missing.size() + " validation "
          + (missing.size() == 1 ? "error" : "errors") + " detected: " + String.join("; ", missing));
    }
  }

  private static boolean isAbsent(SdkRequest request, String member) {
    for (SdkField<?> field : request.sdkFields()) {
      if (field.locationName().equals(member)) {
        Object value = field.getValueOrDefault(request);
        return value == null || value instanceof SdkAutoConstructList || value instanceof SdkAutoConstructMap;
      }
    }
    return false;
  }
}
