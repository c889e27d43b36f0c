package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Task state.
 *
 * @param resource the {@code Resource} ARN as written
 * @param timeout {@code TimeoutSeconds} / {@code TimeoutSecondsPath}, or {@code null}
 * @param heartbeat {@code HeartbeatSeconds} / {@code HeartbeatSecondsPath}, or {@code null}
 * @param credentials {@code Credentials}, or {@code null}
 * @param errorHandling {@code Retry} and {@code Catch}
 */
public record TaskState(
    String name,
    StateIo io,
    String resource,
    ValueSource timeout,
    ValueSource heartbeat,
    JsonNode credentials,
    ErrorHandling errorHandling) implements State {
  @Override
  public StateType type() {
    return StateType.TASK;
  }
}
