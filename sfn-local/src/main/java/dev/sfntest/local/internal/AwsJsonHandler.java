package dev.sfntest.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.EndpointClock;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.SdkWire;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.SfnRequest;

/**
 * Serves Step Functions' AWS JSON 1.0 protocol as SDKs speak it: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Operation>} and {@code Content-Type:
 * application/x-amz-json-1.0}; the body becomes the SDK request, the client's response goes back
 * as JSON, and every refusal as {@link WireError}. Signature headers are accepted unchecked.
 *
 * <p>What AWS's front end refuses before the service sees a request is refused in the same order
 * here: the HTTP method and content type, the target, the body (missing, not JSON, values that do
 * not fit: {@code SerializationException}), then missing required members
 * ({@code ValidationException}). It knows nothing of the HTTP server that received the request
 * ({@link HttpServer}), which has read the whole body before it calls {@link #answer}.
 *
 * <pre>{@code
 * Reply reply = new AwsJsonHandler(fake.client()).answer(new AwsJsonHandler.Request("POST",
 *     "application/x-amz-json-1.0", "AWSStepFunctions.ListStateMachines", "{}".getBytes(UTF_8)));
 * }</pre>
 */
public final class AwsJsonHandler {

  /** The media type of AWS JSON 1.0. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private static final String TARGET_PREFIX = "AWSStepFunctions.";
  /** Far above any legal request (definitions are at most 1 MiB); keeps a runaway client from filling memory. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
  private static final System.Logger LOG = System.getLogger("dev.sfntest.local");

  /**
   * One request as the HTTP server read it.
   *
   * @param method the HTTP method
   * @param contentType the {@code Content-Type} header, or {@code null}
   * @param target the {@code X-Amz-Target} header, or {@code null}
   * @param body the whole body
   */
  public record Request(String method, String contentType, String target, byte[] body) {}

  /** Operations of the fake that can wait on something other than its lock. */
  private static final java.util.Set<String> MAY_WAIT = java.util.Set.of("AWSStepFunctions.GetActivityTask",
      "AWSStepFunctions.StartSyncExecution", "AWSStepFunctions.TestState");

  private final Operations operations;
  /** The value of the clock header, or {@code null} to send none. */
  private final String clock;
  /** Whether the served client is the in-JVM fake, whose answers never wait on the network. */
  private final boolean inJvmFake;

  /** @param clock the value of {@link EndpointClock#HEADER} on every response, or {@code null} */
  public AwsJsonHandler(SfnClient client, String clock) {
    this.operations = new Operations(client);
    this.clock = clock;
    this.inJvmFake = SdkWire.isInJvmFake(client);
  }

  /**
   * Whether the request with that {@code X-Amz-Target} is answered without blocking: by the in-JVM
   * fake (its operations compute their answer under its lock, never waiting on anything but that
   * lock), and none of those that may wait on something else: GetActivityTask's long poll (up to a
   * minute), and StartSyncExecution and TestState, which may call a Lambda endpoint and wait for
   * its answer. The server answers such a request on the thread that read it, saving two thread
   * hand-offs.
   */
  public boolean answersAtOnce(String target) {
    // Set.of refuses null: a request without a target is answered at once (it is refused).
    return inJvmFake && (target == null || !MAY_WAIT.contains(target));
  }


  /** The value of {@link EndpointClock#HEADER} on every response, or {@code null} to send none. */
  public String clock() {
    return clock;
  }

  /** The answer; a failure of the server itself becomes AWS's InternalFailure, and it keeps serving. */
  public Reply answer(Request request) {
    try {
      return answerChecked(request);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Request " + request.target() + " failed inside the server", e);
      return Reply.error(WireError.internalFailure(
          "The request processing has failed because of an unknown error, exception or failure: " + e));
    }
  }

  private Reply answerChecked(Request request) {
    String target = request.target();
    if (!request.method().equals("POST")) {
      return Reply.unknownOperationOutsideJson();
    }
    String contentType = mediaType(request.contentType());
    if (contentType.equals("application/json")) {
      return Reply.coralRpcEnvelope();
    }
    if (!contentType.equals(CONTENT_TYPE)) {
      return Reply.unknownOperationOutsideJson();
    }
    if (target == null || !target.startsWith(TARGET_PREFIX)
        || !Operations.exists(target.substring(TARGET_PREFIX.length()))) {
      return Reply.error(WireError.unknownOperation(target == null
          ? "Missing header X-Amz-Target: expected AWSStepFunctions.<Operation>"
          : "Unknown operation " + target));
    }
    String operation = target.substring(TARGET_PREFIX.length());
    String text = new String(request.body(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Reply.error(WireError.serialization("The request has no body: send at least {}"));
    }
    SfnRequest sdkRequest;
    try {
      JsonNode json = JsonValues.parse(text);
      sdkRequest = (SfnRequest) SdkWire.fromJsonStrict(Operations.requestType(operation), json);
    } catch (JsonProcessingException e) {
      return Reply.error(WireError.serialization("The request body is not JSON: " + e.getOriginalMessage()));
    } catch (SdkWire.WrongShapeException e) {
      return Reply.error(WireError.serialization(e.getMessage()));
    }
    return call(operation, sdkRequest);
  }

  private Reply call(String operation, SfnRequest request) {
    try {
      SdkWire.checkRequiredMembers(request);
      SdkPojo response = operations.invoke(operation, request);
      return Reply.ok(JsonValues.write(SdkWire.toJson(response)));
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      return Reply.error(new WireError(e.statusCode() == 0 ? 400 : e.statusCode(),
          code == null ? "InternalFailure" : code, message));
    } catch (UnsupportedOperationException e) {
      // Not a server failure: the fake lacks the operation. UnknownOperationException is what an
      // endpoint answers for an operation it does not offer, and SDKs surface it as such.
      return Reply.error(WireError.unknownOperation(e.getMessage() != null ? e.getMessage()
          : "FakeSfnClient does not support " + operation + " yet"));
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
