package dev.sfntest.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.asl.TaskState;

/** Task: calls its resource and processes the result. */
final class TaskVisit extends Visit {

  private final TaskState state;

  TaskVisit(Frame frame, TaskState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  TaskState state() {
    return state;
  }

  @Override
  void run() {
    throw runtime("Task states are not supported yet (issue #4)");
  }
}
