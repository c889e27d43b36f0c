package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.history.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The recordings' lossy re-sorting of Parallel branch events, applied to the fake's history so both
 * sides have the same shape (notes/aws-history-format.md, section 5):
 *
 * <ul>
 *   <li>after a {@code ParallelStateStarted}, each following event is collected and gets
 *       {@code "id": [0]} and {@code "previousEventId": 0};
 *   <li>a closing event ({@code ParallelState} Succeeded, Aborted, Exited or Failed) stops collecting
 *       and replaces the events from just after the last {@code ParallelStateStarted} up to itself
 *       by the collected events, sorted;
 *   <li>the collection is not reset by a closing event, so a second closing event also deletes the
 *       first (a successful Parallel keeps no {@code ParallelStateSucceeded}), and nested Parallels
 *       lose their inner closing events.
 * </ul>
 *
 * <p>AWS sorted by the events' JSON text including their timestamps, which the corpus dropped, so
 * the order inside a block cannot be reproduced; this sorts by the JSON text without them, and
 * {@link HistoryMatcher} compares such blocks as multisets.
 */
public final class ParallelBranchSort implements NormalisationRule {

  // The comparison library sits below the API, so it reads the JSON's type names through the
  // engine's own enum of AWS's event types rather than through the trace model.
  private static final Set<EventType> CLOSING = EnumSet.of(EventType.ParallelStateSucceeded,
      EventType.ParallelStateAborted, EventType.ParallelStateExited, EventType.ParallelStateFailed);

  @Override
  public void apply(ObjectNode entry, References references) {
    JsonNode events = entry.get("events");
    if (events instanceof ArrayNode array) {
      List<JsonNode> rewritten = rewrite(toList(array));
      array.removeAll();
      rewritten.forEach(array::add);
    }
  }

  static List<JsonNode> rewrite(List<JsonNode> events) {
    List<JsonNode> out = new ArrayList<>(events);
    int start = -1;
    List<JsonNode> collected = null;
    boolean collecting = false;
    for (int i = 0; i < out.size(); i++) {
      EventType type = typeOf(out.get(i));
      if (type == EventType.ParallelStateStarted) {
        start = i;
        collected = new ArrayList<>();
        collecting = true;
      } else if (CLOSING.contains(type)) {
        if (collected != null) {
          List<JsonNode> sorted = new ArrayList<>(collected);
          sorted.sort(Comparator.comparing(Jsons::write));
          out.subList(start + 1, i).clear();
          out.addAll(start + 1, sorted);
          i = start + 1 + sorted.size();
        }
        collecting = false;
      } else if (collecting) {
        ObjectNode event = (ObjectNode) out.get(i);
        event.set("id", Jsons.array().add(0));
        event.put("previousEventId", 0);
        collected.add(event);
      }
    }
    return out;
  }

  /** The event's type, or {@code null} for a type the engine does not know (it is never a Parallel's). */
  private static EventType typeOf(JsonNode event) {
    try {
      return EventType.valueOf(event.path("type").asText());
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** Whether an event is a re-sorted branch event ({@code "id": [0]}). */
  public static boolean isBranchEvent(JsonNode event) {
    return event.path("id").isArray();
  }

  private static List<JsonNode> toList(ArrayNode array) {
    List<JsonNode> list = new ArrayList<>(array.size());
    array.forEach(list::add);
    return list;
  }
}
