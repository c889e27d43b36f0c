package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParallelBranchSortTest {

  /** Events with ids 1.. and previousEventId id-1, of the given types. */
  private static ObjectNode history(String... types) {
    ArrayNode events = Jsons.array();
    for (int i = 0; i < types.length; i++) {
      ObjectNode event = events.addObject();
      event.put("id", i + 1);
      event.put("previousEventId", i);
      event.put("type", types[i]);
    }
    ObjectNode entry = Jsons.object();
    entry.set("events", events);
    return entry;
  }

  private static List<String> shape(ObjectNode entry) {
    List<String> shape = new ArrayList<>();
    for (JsonNode event : entry.get("events")) {
      shape.add((event.get("id").isArray() ? "[0]" : event.get("id").asText()) + " " + event.get("type").asText());
    }
    return shape;
  }

  @Nested
  class apply {

    @Test
    void marks_branch_events_and_drops_the_succeeded_event() {
      // GIVEN a Parallel with one branch of one Pass state
      ObjectNode entry = history("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
          "PassStateEntered", "PassStateExited", "ParallelStateSucceeded", "ParallelStateExited", "ExecutionSucceeded");
      // WHEN
      new ParallelBranchSort().apply(entry, new References(entry));
      // THEN
      assertThat(shape(entry)).containsExactly("1 ExecutionStarted", "2 ParallelStateEntered", "3 ParallelStateStarted",
          "[0] PassStateEntered", "[0] PassStateExited", "7 ParallelStateExited", "8 ExecutionSucceeded");
      assertThat(entry.get("events").get(3).get("previousEventId").asInt()).isZero();
    }

    @Test
    void loses_the_inner_closing_events_of_nested_parallels() {
      // GIVEN the recording test_parallel_state_nested was made from
      ObjectNode entry = history("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
          "ParallelStateEntered", "ParallelStateStarted", "PassStateEntered", "PassStateExited",
          "ParallelStateSucceeded", "ParallelStateExited", "ParallelStateSucceeded", "ParallelStateExited",
          "ExecutionSucceeded");
      // WHEN
      new ParallelBranchSort().apply(entry, new References(entry));
      // THEN the shape of its expected history
      assertThat(shape(entry)).containsExactly("1 ExecutionStarted", "2 ParallelStateEntered", "3 ParallelStateStarted",
          "[0] ParallelStateEntered", "5 ParallelStateStarted", "[0] PassStateEntered", "[0] PassStateExited",
          "11 ParallelStateExited", "12 ExecutionSucceeded");
    }

    @Test
    void keeps_a_retried_attempt_unsorted() {
      // GIVEN a Parallel that fails once and is retried
      ObjectNode entry = history("ExecutionStarted", "ParallelStateEntered", "ParallelStateStarted",
          "TaskStateEntered", "TaskFailed", "ParallelStateStarted", "TaskStateEntered", "TaskFailed",
          "ParallelStateFailed", "ParallelStateExited");
      // WHEN
      new ParallelBranchSort().apply(entry, new References(entry));
      // THEN the first attempt keeps its order, the closing ParallelStateFailed is gone
      assertThat(shape(entry)).containsExactly("1 ExecutionStarted", "2 ParallelStateEntered", "3 ParallelStateStarted",
          "[0] TaskStateEntered", "[0] TaskFailed", "6 ParallelStateStarted", "[0] TaskFailed", "[0] TaskStateEntered",
          "10 ParallelStateExited");
    }
  }
}
