package dev.sfntest.local.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.SdkWire;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
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
 * ({@code ValidationException}).
 */
public final class AwsJsonHandler implements HttpHandler {

  /** The media type of AWS JSON 1.0. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private static final String TARGET_PREFIX = "AWSStepFunctions.";
  /** Far above any legal request (definitions are at most 1 MiB); keeps a runaway client from filling memory. */
  private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
  private static final System.Logger LOG = System.getLogger("dev.sfntest.local");

  private final Operations operations;

  public AwsJsonHandler(SfnClient client) {
    this.operations = new Operations(client);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    Reply reply = answerSafely(exchange, target);
    try {
      send(exchange, reply);
    } finally {
      exchange.close();
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.log(Level.DEBUG, () -> String.format(Locale.ROOT, "%s %s %s -> %d %s(%d ms)",
          exchange.getRequestMethod(), exchange.getRequestURI(), target, reply.status(),
          reply.code() == null ? "" : reply.code() + " ", millis));
    }
  }

  /** The answer; a failure of the server itself becomes AWS's InternalFailure, and it keeps serving. */
  private Reply answerSafely(HttpExchange exchange, String target) throws IOException {
    try {
      return answer(exchange, target);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Request " + target + " failed inside the server", e);
      return Reply.error(WireError.internalFailure(
          "The request processing has failed because of an unknown error, exception or failure: " + e));
    }
  }

  private Reply answer(HttpExchange exchange, String target) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return Reply.unknownOperationOutsideJson();
    }
    String contentType = mediaType(exchange.getRequestHeaders().getFirst("Content-Type"));
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
    byte[] body = readBody(exchange.getRequestBody());
    if (body == null) {
      return Reply.error(new WireError(413, "RequestEntityTooLargeException",
          "The request body exceeds " + MAX_BODY_BYTES + " bytes"));
    }
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Reply.error(WireError.serialization("The request has no body: send at least {}"));
    }
    SfnRequest request;
    try {
      JsonNode json = JsonValues.parse(text);
      request = (SfnRequest) SdkWire.fromJsonStrict(Operations.requestType(operation), json);
    } catch (JsonProcessingException e) {
      return Reply.error(WireError.serialization("The request body is not JSON: " + e.getOriginalMessage()));
    } catch (SdkWire.WrongShapeException e) {
      return Reply.error(WireError.serialization(e.getMessage()));
    }
    return call(operation, request);
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

  /** The body, or {@code null} when it is larger than the limit. */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }
}
