package dev.sfntest.local.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.shared.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * An error as Step Functions puts it on the wire (AWS JSON 1.0): an HTTP status and the body
 * {@code {"__type": "<namespace>#<code>", "message": "..."}}.
 *
 * <p>The namespace is the one AWS sends for that kind of error: Step Functions' own exceptions
 * ({@code ExecutionDoesNotExist}, {@code InvalidDefinition}...) come as
 * {@code com.amazonaws.swf.service.v2.model#<code>}, a request that breaks the model's constraints as
 * {@code com.amazon.coral.validate#ValidationException}, and what AWS's front end refuses before the
 * service sees the request as {@code com.amazon.coral.service#<code>} ({@code
 * UnknownOperationException}, {@code SerializationException}). SDKs keep the part after {@code #}
 * as the error code, so every SDK maps each to its modelled exception.
 *
 * @param status the HTTP status
 * @param code AWS's error code, as SDKs report it (no namespace)
 * @param message the message ({@code null} to leave it out)
 */
public record WireError(int status, String code, String message) {

  private static final String SERVICE = "com.amazonaws.swf.service.v2.model";
  private static final String VALIDATION = "com.amazon.coral.validate";
  private static final String FRONT_END = "com.amazon.coral.service";
  private static final Set<String> FRONT_END_CODES = Set.of("UnknownOperationException",
      "SerializationException", "InternalFailure", "ThrottlingException", "RequestEntityTooLargeException");

  /** An operation this endpoint does not know (or the fake does not support yet). */
  public static WireError unknownOperation(String message) {
    return new WireError(400, "UnknownOperationException", message);
  }

  /** A body that is missing, not JSON, or whose values do not fit the operation's members. */
  public static WireError serialization(String message) {
    return new WireError(400, "SerializationException", message);
  }

  /** A failure of the server itself; SDKs retry these. */
  public static WireError internalFailure(String message) {
    return new WireError(500, "InternalFailure", message);
  }

  /** The {@code __type} AWS sends for {@code code}. */
  public static String wireType(String code) {
    if (code.equals("ValidationException")) {
      return VALIDATION + "#" + code;
    }
    if (FRONT_END_CODES.contains(code)) {
      return FRONT_END + "#" + code;
    }
    return SERVICE + "#" + code;
  }

  /** The JSON body. */
  public byte[] body() {
    ObjectNode body = JsonValues.object();
    body.put("__type", wireType(code));
    if (message != null) {
      body.put("message", message);
    }
    return JsonValues.write(body).getBytes(StandardCharsets.UTF_8);
  }
}
