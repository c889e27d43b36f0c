package dev.sfntest.local.internal;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer of the server.
 *
 * @param status the HTTP status
 * @param contentType the media type of the body
 * @param body the body
 * @param code the error code for the request log, {@code null} on success
 */
public record Reply(int status, String contentType, byte[] body, String code) {

  static Reply ok(String json) {
    return new Reply(200, AwsJsonHandler.CONTENT_TYPE, json.getBytes(StandardCharsets.UTF_8), null);
  }

  /** AWS's answer to a body over {@link AwsJsonHandler#MAX_BODY_BYTES}, before it is read. */
  static Reply tooLarge() {
    return error(new WireError(413, "RequestEntityTooLargeException",
        "The request body exceeds " + AwsJsonHandler.MAX_BODY_BYTES + " bytes"));
  }

  /**
   * AWS's answer when too many requests are in flight: SDKs retry a ThrottlingException with
   * backoff. Its message is AWS's ("Rate exceeded").
   */
  static Reply throttled() {
    return error(new WireError(400, "ThrottlingException", "Rate exceeded"));
  }

  static Reply error(WireError error) {
    return new Reply(error.status(), AwsJsonHandler.CONTENT_TYPE, error.body(), error.code());
  }

  /**
   * AWS's answer when the method or content type gives no way to find an operation: 404 and a bare
   * XML element, not JSON, since the front end has not chosen a protocol yet.
   */
  static Reply unknownOperationOutsideJson() {
    return new Reply(404, "application/xml", "<UnknownOperationException/>\n".getBytes(StandardCharsets.UTF_8),
        "UnknownOperationException");
  }

  /**
   * AWS's answer to {@code Content-Type: application/json}: the front end takes it for its older RPC
   * protocol, which has no Step Functions operations, and answers 200 with the error in an envelope.
   */
  static Reply coralRpcEnvelope() {
    String body = "{\"Output\":{\"__type\":\"com.amazon.coral.service#UnknownOperationException\",\"message\":null},"
        + "\"Version\":\"1.0\"}";
    return new Reply(200, "application/json", body.getBytes(StandardCharsets.UTF_8), "UnknownOperationException");
  }
}
