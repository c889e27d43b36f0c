package dev.sfntest.conformance.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.conformance.corpus.ConformanceCase;
import dev.sfntest.conformance.corpus.Expected;
import dev.sfntest.conformance.execute.Observation;
import dev.sfntest.internal.shared.compare.Bindings;
import dev.sfntest.internal.shared.compare.Difference;
import dev.sfntest.internal.shared.compare.HistoryMatcher;
import dev.sfntest.internal.shared.compare.JsonMatcher;
import dev.sfntest.internal.shared.compare.Jsons;
import dev.sfntest.internal.shared.compare.Normaliser;
import java.util.Map;

/**
 * Compares what a target answered for a case with what AWS recorded, and returns the first
 * difference: the history first (when recorded), then status, output, error and cause, then the
 * StartSyncExecution response and the express log's end event where the recording has them.
 * Each entry is normalised separately and has its own wildcard bindings, as each was a separate
 * snapshot entry when recorded.
 */
public final class CaseComparator {

  private static final String[] RESULT_FIELDS = {"status", "output", "error", "cause"};
  private static final String[] LOG_EVENT_FIELDS = {"type", "id", "previous_event_id", "execution_arn", "details"};

  private CaseComparator() {}

  /** The first difference, or null when the answer matches the recording. */
  public static Difference compare(ConformanceCase c, Observation observation, Normaliser normaliser) {
    Expected expected = FixtureValues.asWildcards(c);
    if (expected.history() != null) {
      if (observation.history() == null) {
        return new Difference("GetExecutionHistory", "", null, null,
            "the target returned no history; AWS recorded " + expected.history().size() + " events");
      }
      ObjectNode history = normaliser.normalise(observation.history());
      Difference difference = new HistoryMatcher(new Bindings())
          .compare(expected.history(), (ArrayNode) history.get("events"), expected.historyIncomplete());
      if (difference != null) {
        return difference;
      }
    }
    if (expected.status() != null) {
      Difference difference = compareResult(expected, normaliser.normalise(observation.result()),
          observation.syncResponse() != null ? "StartSyncExecution" : "DescribeExecution");
      if (difference != null) {
        return difference;
      }
    }
    if (expected.syncResponse() != null) {
      if (observation.syncResponse() == null) {
        return new Difference("StartSyncExecution", "", null, null, "the case was not started synchronously");
      }
      Difference difference = new JsonMatcher(1, new Bindings())
          .compare(expected.syncResponse(), normaliser.normalise(observation.syncResponse()));
      if (difference != null) {
        return difference.at("StartSyncExecution response");
      }
    }
    if (expected.expressLogEndEvent() != null && observation.events() != null && !observation.events().isEmpty()) {
      return compareLogEndEvent(expected.expressLogEndEvent(), observation, normaliser);
    }
    return null;
  }

  private static Difference compareResult(Expected expected, ObjectNode actual, String where) {
    ObjectNode recorded = Jsons.object();
    recorded.set("status", Jsons.text(expected.status()));
    recorded.set("output", expected.output() == null ? Jsons.NODES.nullNode() : expected.output());
    recorded.set("error", Jsons.text(expected.error()));
    recorded.set("cause", expected.cause() == null ? Jsons.NODES.nullNode() : expected.cause());
    JsonMatcher matcher = new JsonMatcher(1, new Bindings());
    for (String field : RESULT_FIELDS) {
      Difference difference = matcher.compareMember(recorded, actual, field);
      if (difference != null) {
        return difference.at(where);
      }
    }
    return null;
  }

  /**
   * The express log's last event against the target's last history event: AWS logs an express
   * execution's events instead of keeping a history, with ids as text.
   */
  private static Difference compareLogEndEvent(JsonNode recorded, Observation observation, Normaliser normaliser) {
    ArrayNode events = observation.events();
    JsonNode last = events.get(events.size() - 1);
    ObjectNode logEvent = Jsons.object();
    logEvent.put("type", last.path("type").asText());
    logEvent.put("id", last.path("id").asText());
    logEvent.put("previous_event_id", last.path("previousEventId").asText());
    logEvent.put("execution_arn", observation.executionArn());
    JsonNode details = null;
    for (Map.Entry<String, JsonNode> member : last.properties()) {
      if (member.getKey().endsWith("EventDetails")) {
        details = member.getValue();
      }
    }
    logEvent.set("details", details == null ? Jsons.object() : details);
    ObjectNode actual = normaliser.normalise(logEvent);
    JsonMatcher matcher = new JsonMatcher(2, new Bindings());
    for (String field : LOG_EVENT_FIELDS) {
      if (recorded.has(field)) {
        Difference difference = matcher.compareMember(recorded, actual, field);
        if (difference != null) {
          return difference.at("express log end event");
        }
      }
    }
    return null;
  }
}
