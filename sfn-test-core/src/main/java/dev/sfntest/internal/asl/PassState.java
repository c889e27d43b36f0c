package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Pass state.
 *
 * @param result {@code Result}, or {@code null} when absent
 */
public record PassState(String name, StateIo io, JsonNode result) implements State {
  @Override
  public StateType type() {
    return StateType.PASS;
  }
}
