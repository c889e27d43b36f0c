package dev.sfntest.internal.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * What a mocked task does on one call.
 *
 * @param kind return a result, fail, answer from a handler, stay silent, or leave it to the test
 * @param result the result for RETURN
 * @param error the error for FAIL
 * @param cause the cause for FAIL
 * @param handler the handler for ANSWER
 * @param delay how long the call takes on the clock (zero: at once)
 * @param heartbeatEvery how often it sends a heartbeat while it takes, or {@code null}
 * @param submitted the service's response for {@code .sync} and {@code .waitForTaskToken}
 *     ({@code TaskSubmitted}), or {@code null} for an empty object
 * @param workerName for activities: the name the mocked worker polled with ({@code ActivityStarted}),
 *     or {@code null} for none
 */
public record MockResponse(
    Kind kind,
    JsonNode result,
    String error,
    String cause,
    MockAnswer handler,
    Duration delay,
    Duration heartbeatEvery,
    JsonNode submitted,
    String workerName) {

  /** The kinds of answer. */
  public enum Kind {
    RETURN,
    FAIL,
    ANSWER,
    SILENT,
    VIA_TOKEN
  }

  public static MockResponse returning(JsonNode result) {
    return new MockResponse(Kind.RETURN, result, null, null, null, Duration.ZERO, null, null, null);
  }

  public static MockResponse failing(String error, String cause) {
    return new MockResponse(Kind.FAIL, null, error, cause, null, Duration.ZERO, null, null, null);
  }

  public static MockResponse answering(MockAnswer handler) {
    return new MockResponse(Kind.ANSWER, null, null, null, handler, Duration.ZERO, null, null, null);
  }

  public static MockResponse silent() {
    return new MockResponse(Kind.SILENT, null, null, null, null, Duration.ZERO, null, null, null);
  }

  public static MockResponse viaToken() {
    return new MockResponse(Kind.VIA_TOKEN, null, null, null, null, Duration.ZERO, null, null, null);
  }

  public MockResponse withDelay(Duration delay) {
    return new MockResponse(kind, result, error, cause, handler, delay, heartbeatEvery, submitted, workerName);
  }

  public MockResponse withHeartbeatEvery(Duration every) {
    return new MockResponse(kind, result, error, cause, handler, delay, every, submitted, workerName);
  }

  public MockResponse withSubmitted(JsonNode output) {
    return new MockResponse(kind, result, error, cause, handler, delay, heartbeatEvery, output, workerName);
  }

  public MockResponse withWorkerName(String name) {
    return new MockResponse(kind, result, error, cause, handler, delay, heartbeatEvery, submitted, name);
  }
}
