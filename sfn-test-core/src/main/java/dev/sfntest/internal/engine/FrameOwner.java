package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;

/** Whoever started a frame hears how it ended: the execution, a Parallel state, a Map state. */
interface FrameOwner {

  void succeeded(Frame frame, JsonNode output);

  void failed(Frame frame, Failure failure);
}
