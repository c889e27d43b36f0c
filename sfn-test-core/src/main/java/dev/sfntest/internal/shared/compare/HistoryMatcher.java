package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected history with an actual one event by event: type first, then id and
 * previousEventId, then the details. Runs of re-sorted Parallel branch events ({@code "id": [0]},
 * see {@link ParallelBranchSort}) are compared as multisets, since their recorded order followed
 * timestamps that the corpus dropped.
 */
public final class HistoryMatcher {

  /** Depth of JSON-text members in an event: {@code <details>.output}. */
  private static final int EVENT_JSON_TEXT_DEPTH = 2;

  private final Bindings bindings;

  public HistoryMatcher(Bindings bindings) {
    this.bindings = bindings;
  }

  /**
   * The first difference, or null.
   *
   * @param prefixOnly the expected history is a prefix (the recording is incomplete): later
   *     actual events are not compared
   */
  public Difference compare(ArrayNode expected, ArrayNode actual, boolean prefixOnly) {
    int e = 0;
    int a = 0;
    while (e < expected.size()) {
      JsonNode expectedEvent = expected.get(e);
      if (a >= actual.size()) {
        return new Difference(where(e, expectedEvent), "", null, null,
            "missing: the actual history ends after " + actual.size() + " events");
      }
      if (ParallelBranchSort.isBranchEvent(expectedEvent)) {
        int eEnd = runEnd(expected, e);
        int aEnd = runEnd(actual, a);
        Difference difference = compareRun(expected, e, eEnd, actual, a, aEnd);
        if (difference != null) {
          return difference;
        }
        e = eEnd;
        a = aEnd;
        continue;
      }
      Difference difference = compareEvent(expectedEvent, actual.get(a));
      if (difference != null) {
        return difference.at(where(e, expectedEvent));
      }
      e++;
      a++;
    }
    if (!prefixOnly && a < actual.size()) {
      return new Difference(where(a, actual.get(a)), "", null, null,
          "not expected: the expected history ends after " + expected.size() + " events");
    }
    return null;
  }

  private Difference compareEvent(JsonNode expected, JsonNode actual) {
    JsonMatcher matcher = new JsonMatcher(EVENT_JSON_TEXT_DEPTH, bindings);
    Difference typeDifference = matcher.compareMember(expected, actual, "type");
    if (typeDifference != null) {
      // When the fake ended the execution instead, its error and cause say why.
      String failure = failureOf(actual);
      return failure == null ? typeDifference : new Difference("", typeDifference.path(),
          typeDifference.expected(), typeDifference.actual(), failure);
    }
    for (String member : new String[] {"id", "previousEventId"}) {
      Difference difference = matcher.compareMember(expected, actual, member);
      if (difference != null) {
        return difference;
      }
    }
    Difference difference = matcher.compare(expected, actual);
    if (difference != null && difference.note() == null && difference.path().endsWith(".error")) {
      // a different error is explained by the cause that came with it
      String failure = failureOf(actual);
      return failure == null ? difference : new Difference("", difference.path(), difference.expected(),
          difference.actual(), "actual " + failure);
    }
    return difference;
  }

  /** {@code error: cause} of an event's details, or null when it has neither. */
  static String failureOf(JsonNode event) {
    for (Map.Entry<String, JsonNode> member : event.properties()) {
      JsonNode details = member.getValue();
      if (member.getKey().endsWith("EventDetails") && (details.has("error") || details.has("cause"))) {
        String error = details.path("error").asText("");
        JsonNode cause = details.path("cause");
        String causeText = cause.isTextual() ? cause.asText() : cause.isMissingNode() ? "" : cause.toString();
        return causeText.isEmpty() ? error : error + ": " + causeText;
      }
    }
    return null;
  }

  private Difference compareRun(ArrayNode expected, int eStart, int eEnd, ArrayNode actual, int aStart, int aEnd) {
    List<Integer> unused = new ArrayList<>();
    for (int i = aStart; i < aEnd; i++) {
      unused.add(i);
    }
    for (int e = eStart; e < eEnd; e++) {
      JsonNode expectedEvent = expected.get(e);
      Integer match = null;
      for (Integer candidate : unused) {
        Bindings trial = bindings.copy();
        if (new HistoryMatcher(trial).compareEvent(expectedEvent, actual.get(candidate)) == null) {
          bindings.restore(trial);
          match = candidate;
          break;
        }
      }
      if (match == null) {
        String where = where(e, expectedEvent) + " (a Parallel branch event, compared in any order)";
        Integer sameType = unused.stream()
            .filter(i -> actual.get(i).path("type").equals(expectedEvent.path("type")))
            .findFirst().orElse(null);
        if (sameType == null) {
          return new Difference(where, "", null, null,
              "no actual " + expectedEvent.path("type").asText() + " event left among the branch events "
                  + (aStart + 1) + ".." + aEnd);
        }
        Difference difference = compareEvent(expectedEvent, actual.get(sameType));
        return (difference == null ? new Difference("", "", null, null, "no match") : difference).at(where);
      }
      unused.remove(match);
    }
    if (!unused.isEmpty()) {
      int first = unused.get(0);
      return new Difference(where(first, actual.get(first)) + " (a Parallel branch event)", "", null, null,
          "not expected: the Parallel block has only " + (eEnd - eStart) + " branch events");
    }
    return null;
  }

  private static int runEnd(ArrayNode events, int start) {
    int end = start;
    while (end < events.size() && ParallelBranchSort.isBranchEvent(events.get(end))) {
      end++;
    }
    return end;
  }

  private static String where(int index, JsonNode event) {
    JsonNode id = event.path("id");
    String idText = id.isNumber() ? "id " + id.asText() : "branch event";
    return "event " + (index + 1) + " (" + idText + ", " + event.path("type").asText() + ")";
  }
}
