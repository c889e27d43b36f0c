package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.MapState;

/** Map: runs its item processor for each item. */
final class MapVisit extends Visit {

  private final MapState state;

  MapVisit(Frame frame, MapState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  MapState state() {
    return state;
  }

  @Override
  void run() {
    throw runtime("Map states are not supported yet (issue #6)");
  }
}
