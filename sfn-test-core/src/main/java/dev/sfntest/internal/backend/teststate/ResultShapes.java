package dev.sfntest.internal.backend.teststate;

import static dev.sfntest.internal.backend.teststate.ResultShape.ANY;
import static dev.sfntest.internal.backend.teststate.ResultShape.BLOB;
import static dev.sfntest.internal.backend.teststate.ResultShape.BOOLEAN;
import static dev.sfntest.internal.backend.teststate.ResultShape.INTEGER;
import static dev.sfntest.internal.backend.teststate.ResultShape.NUMBER;
import static dev.sfntest.internal.backend.teststate.ResultShape.STRING;
import static dev.sfntest.internal.backend.teststate.ResultShape.listOf;
import static dev.sfntest.internal.backend.teststate.ResultShape.mapOf;
import static dev.sfntest.internal.backend.teststate.ResultShape.struct;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.ResourceKind;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The response shapes of the integrations whose mocked results TestState checks in the fake
 * ({@code mock.fieldValidationMode} STRICT, the default, or PRESENT): the fake carries no AWS
 * service models, so it knows the responses of the most used request-response integrations, from
 * the AWS API references, under the member names Step Functions gives them. A Task on any other
 * resource, or with {@code .sync} or {@code .waitForTaskToken} (whose result is not the API's
 * response), gets its mocked result unchecked, as with NONE.
 *
 * <pre>{@code
 * ResultShapes.check("arn:aws:states:::states:startExecution", result, "STRICT");
 * // ValidationException: Mock result schema validation error: Required field 'ExecutionArn' is missing
 * }</pre>
 */
final class ResultShapes {

  private static final ResultShape ATTRIBUTE_VALUE = attributeValue();

  private static final ResultShape CONSUMED_CAPACITY = struct(Map.of(
      "TableName", STRING, "CapacityUnits", NUMBER, "ReadCapacityUnits", NUMBER, "WriteCapacityUnits", NUMBER),
      List.of());

  /** By service and action, as in {@code arn:aws:states:::<service>:<action>}. */
  private static final Map<String, ResultShape> SHAPES = shapes();

  private ResultShapes() {}

  /**
   * Checks a Task's mocked result against its integration's response.
   *
   * @param mode STRICT, PRESENT, NONE or {@code null} (STRICT)
   * @throws dev.sfntest.internal.backend.ApiException {@code ValidationException} when the result does not fit
   */
  static void check(String resource, JsonNode result, String mode) {
    if ("NONE".equals(mode) || result.isNull()) {
      return;
    }
    ResourceKind kind = ResourceKind.of(resource);
    if (kind == null || kind.family() != ResourceKind.Family.SERVICE
        || kind.pattern() != ResourceKind.Pattern.REQUEST_RESPONSE) {
      return;
    }
    ResultShape shape = SHAPES.get(kind.resourceType() + ":" + kind.resource());
    if (shape != null) {
      shape.check(result, !"PRESENT".equals(mode));
    }
  }

  private static Map<String, ResultShape> shapes() {
    Map<String, ResultShape> shapes = new HashMap<>();
    // https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html (Payload: the function's JSON)
    ResultShape invoke = struct(Map.of("StatusCode", INTEGER, "FunctionError", STRING, "LogResult", STRING,
        "Payload", ANY, "ExecutedVersion", STRING), List.of());
    shapes.put("lambda:invoke", invoke);
    shapes.put("aws-sdk:lambda:invoke", invoke);
    // https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
    ResultShape startExecution = struct(Map.of("ExecutionArn", STRING, "StartDate", STRING),
        List.of("ExecutionArn", "StartDate"));
    shapes.put("states:startExecution", startExecution);
    shapes.put("aws-sdk:sfn:startExecution", startExecution);
    // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
    ResultShape putEvents = struct(Map.of("FailedEntryCount", INTEGER, "Entries", listOf(struct(Map.of(
        "EventId", STRING, "ErrorCode", STRING, "ErrorMessage", STRING), List.of()))), List.of());
    shapes.put("events:putEvents", putEvents);
    shapes.put("aws-sdk:eventbridge:putEvents", putEvents);
    // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html
    ResultShape sendMessage = struct(Map.of("MD5OfMessageBody", STRING, "MD5OfMessageAttributes", STRING,
        "MD5OfMessageSystemAttributes", STRING, "MessageId", STRING, "SequenceNumber", STRING), List.of());
    shapes.put("sqs:sendMessage", sendMessage);
    shapes.put("aws-sdk:sqs:sendMessage", sendMessage);
    // https://docs.aws.amazon.com/sns/latest/api/API_Publish.html
    ResultShape publish = struct(Map.of("MessageId", STRING, "SequenceNumber", STRING), List.of());
    shapes.put("sns:publish", publish);
    shapes.put("aws-sdk:sns:publish", publish);
    // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html and _PutItem
    ResultShape getItem = struct(Map.of("Item", mapOf(ATTRIBUTE_VALUE), "ConsumedCapacity", CONSUMED_CAPACITY),
        List.of());
    ResultShape putItem = struct(Map.of("Attributes", mapOf(ATTRIBUTE_VALUE), "ConsumedCapacity", CONSUMED_CAPACITY),
        List.of());
    shapes.put("dynamodb:getItem", getItem);
    shapes.put("aws-sdk:dynamodb:getItem", getItem);
    shapes.put("dynamodb:putItem", putItem);
    shapes.put("aws-sdk:dynamodb:putItem", putItem);
    return Map.copyOf(shapes);
  }

  /** DynamoDB's AttributeValue: its nested M and L members are attribute values again. */
  private static ResultShape attributeValue() {
    Map<String, ResultShape> members = new HashMap<>();
    ResultShape value = struct(members, List.of());
    members.put("S", STRING);
    members.put("N", STRING);
    members.put("B", BLOB);
    members.put("SS", listOf(STRING));
    members.put("NS", listOf(STRING));
    members.put("BS", listOf(BLOB));
    members.put("M", mapOf(value));
    members.put("L", listOf(value));
    members.put("NULL", BOOLEAN);
    members.put("BOOL", BOOLEAN);
    return value;
  }
}
