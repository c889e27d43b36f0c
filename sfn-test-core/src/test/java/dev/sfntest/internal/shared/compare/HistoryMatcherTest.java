package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HistoryMatcherTest {

  private static final String STARTED =
      "{\"id\": 1, \"previousEventId\": 0, \"type\": \"ExecutionStarted\", \"executionStartedEventDetails\": {\"input\": {}}}";
  private static final String SUCCEEDED =
      "{\"id\": 2, \"previousEventId\": 1, \"type\": \"ExecutionSucceeded\", \"executionSucceededEventDetails\": {\"output\": \"[1, 2]\"}}";
  private static final String FAILED =
      "{\"id\": 2, \"previousEventId\": 1, \"type\": \"ExecutionFailed\", \"executionFailedEventDetails\": {\"error\": \"States.Runtime\", \"cause\": \"Task states are not supported\"}}";

  private static ArrayNode events(String... events) {
    return (ArrayNode) Jsons.parse("[" + String.join(",", events) + "]");
  }

  private static String branch(String type, String name) {
    return "{\"id\": [0], \"previousEventId\": 0, \"type\": \"" + type + "\", \"stateEnteredEventDetails\": {\"name\": \"" + name + "\"}}";
  }

  @Nested
  class compare {

    @Test
    void matches_equal_histories_with_json_text_by_value() {
      // GIVEN / WHEN
      Difference difference = new HistoryMatcher(new Bindings())
          .compare(events(STARTED, SUCCEEDED), events(STARTED, SUCCEEDED.replace("[1, 2]", "[1,2]")), false);
      // THEN
      assertThat(difference).isNull();
    }

    @Test
    void reports_a_different_type_first_with_the_fakes_failure() {
      // GIVEN
      String expected = "{\"id\": 2, \"previousEventId\": 1, \"type\": \"TaskScheduled\"}";
      // WHEN
      Difference difference = new HistoryMatcher(new Bindings()).compare(events(STARTED, expected), events(STARTED, FAILED), false);
      // THEN
      assertThat(difference.describe()).isEqualTo("event 2 (id 2, TaskScheduled) type: expected \"TaskScheduled\", "
          + "actual \"ExecutionFailed\" (States.Runtime: Task states are not supported)");
    }

    @Test
    void reports_missing_and_unexpected_events() {
      // WHEN / THEN
      HistoryMatcher matcher = new HistoryMatcher(new Bindings());
      assertThat(matcher.compare(events(STARTED, SUCCEEDED), events(STARTED), false).describe())
          .isEqualTo("event 2 (id 2, ExecutionSucceeded): missing: the actual history ends after 1 events");
      assertThat(matcher.compare(events(STARTED), events(STARTED, SUCCEEDED), false).describe())
          .isEqualTo("event 2 (id 2, ExecutionSucceeded): not expected: the expected history ends after 1 events");
    }

    @Test
    void compares_only_the_recorded_prefix_of_an_incomplete_history() {
      // WHEN / THEN
      assertThat(new HistoryMatcher(new Bindings()).compare(events(STARTED), events(STARTED, SUCCEEDED), true)).isNull();
    }

    @Test
    void compares_parallel_branch_events_in_any_order() {
      // GIVEN
      ArrayNode expected = events(STARTED, branch("PassStateEntered", "A"), branch("PassStateEntered", "B"));
      ArrayNode actual = events(STARTED, branch("PassStateEntered", "B"), branch("PassStateEntered", "A"));
      // WHEN / THEN
      assertThat(new HistoryMatcher(new Bindings()).compare(expected, actual, false)).isNull();
    }

    @Test
    void reports_a_branch_event_without_a_match() {
      // GIVEN
      ArrayNode expected = events(STARTED, branch("PassStateEntered", "A"), branch("PassStateEntered", "B"));
      ArrayNode actual = events(STARTED, branch("PassStateEntered", "B"), branch("PassStateEntered", "C"));
      // WHEN
      Difference difference = new HistoryMatcher(new Bindings()).compare(expected, actual, false);
      // THEN
      assertThat(difference.describe()).isEqualTo("event 2 (branch event, PassStateEntered) (a Parallel branch event, "
          + "compared in any order) stateEnteredEventDetails.name: expected \"A\", actual \"B\"");
    }
  }
}
