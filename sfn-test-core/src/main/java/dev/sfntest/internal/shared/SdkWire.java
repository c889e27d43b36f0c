package dev.sfntest.internal.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.sdk.FakeSfnClient;
import dev.sfntest.internal.sdk.RequiredMembers;
import dev.sfntest.internal.sdk.SdkJson;
import dev.sfntest.internal.shared.model.SdkModelJson;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The SDK's Step Functions types in the AWS JSON 1.0 wire format, both ways, and the checks the
 * SDK's client makes before a request leaves it: what sfn-local needs to serve the fake over HTTP.
 *
 * <pre>{@code
 * StartExecutionRequest request = SdkWire.fromJsonStrict(StartExecutionRequest.class, body);
 * SdkWire.checkRequiredMembers(request);
 * String reply = JsonValues.write(SdkWire.toJson(client.startExecution(request)));
 * }</pre>
 */
public final class SdkWire {

  private SdkWire() {}

  /** A request body whose fields do not have the types of the operation's model. */
  public static final class WrongShapeException extends IllegalArgumentException {
    WrongShapeException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** An SDK object as its wire JSON. */
  public static ObjectNode toJson(SdkPojo pojo) {
    return SdkModelJson.toJson(pojo);
  }

  /**
   * Wire JSON as an SDK object of {@code type}, refusing fields of the wrong type.
   *
   * @throws WrongShapeException naming the field, as AWS's serialization error does
   */
  public static <T> T fromJsonStrict(Class<T> type, JsonNode json) {
    try {
      return SdkJson.toSdkStrict(type, json);
    } catch (SdkJson.ShapeMismatchException e) {
      throw new WrongShapeException(e.getMessage(), e);
    }
  }

  /**
   * Refuses a request that lacks a member its operation requires, as the SDK's client would.
   *
   * @throws software.amazon.awssdk.services.sfn.model.SfnException AWS's {@code ValidationException}
   */
  public static void checkRequiredMembers(SdkRequest request) {
    RequiredMembers.check(request);
  }

  /**
   * Whether {@code client} is a fake's own client: its operations compute their answers at once
   * under the fake's lock and wait on nothing else, but for GetActivityTask's long poll. A server
   * may answer them on the thread that read the request. A wrapped fake is not recognised: its
   * wrapper may do anything.
   */
  public static boolean isInJvmFake(SfnClient client) {
    return client instanceof FakeSfnClient;
  }
}
