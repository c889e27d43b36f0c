package dev.sfntest.assertj.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import dev.sfntest.internal.shared.Nearest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A state machine definition as the assertions read it: every state (those of Parallel branches
 * and Map item processors too) with its type, and which of them a path from {@code StartAt} can
 * reach.
 *
 * @see <a href="https://states-language.net/spec.html">Amazon States Language</a>
 */
public final class Definition {

  private final Map<String, String> types = new LinkedHashMap<>();
  private final Set<String> reachable = new LinkedHashSet<>();

  private Definition(JsonNode root) {
    read(root, true);
  }

  /**
   * Reads definition JSON text.
   *
   * @throws IllegalArgumentException if it is no JSON
   */
  public static Definition parse(String definition) {
    try {
      return new Definition(JsonValues.parse(definition));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("The state machine's definition is no JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Every state name, in definition order, nested ones after their Parallel or Map. */
  public List<String> states() {
    return List.copyOf(types.keySet());
  }

  /** The state's {@code Type}, or {@code null} when there is no such state. */
  public String typeOf(String state) {
    return types.get(state);
  }

  /**
   * The names among {@code names} that are no state of the definition, each with the state names
   * nearest to it (a misspelling, a state renamed since the test was written), nearest first.
   */
  public Map<String, List<String>> unknown(Iterable<String> names) {
    Map<String, List<String>> unknown = new LinkedHashMap<>();
    for (String name : names) {
      if (!types.containsKey(name) && !unknown.containsKey(name)) {
        unknown.put(name, Nearest.names(name, types.keySet(), 3));
      }
    }
    return unknown;
  }

  /** The states some path from {@code StartAt} reaches (in a reachable Parallel or Map: from its StartAt). */
  public List<String> reachable() {
    return List.copyOf(reachable);
  }

  private void read(JsonNode graph, boolean graphReachable) {
    JsonNode states = graph.path("States");
    states.fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().path("Type").asText(null)));
    Set<String> reached = new LinkedHashSet<>();
    if (graphReachable) {
      Deque<String> queue = new ArrayDeque<>();
      queue.add(graph.path("StartAt").asText(""));
      while (!queue.isEmpty()) {
        String name = queue.poll();
        JsonNode state = states.get(name);
        if (state == null || !reached.add(name)) {
          continue;
        }
        next(state.path("Next"), queue);
        next(state.path("Default"), queue);
        state.path("Choices").forEach(choice -> next(choice.path("Next"), queue));
        state.path("Catch").forEach(catcher -> next(catcher.path("Next"), queue));
      }
      reachable.addAll(reached);
    }
    states.fields().forEachRemaining(e -> {
      boolean inner = reached.contains(e.getKey());
      e.getValue().path("Branches").forEach(branch -> read(branch, inner));
      for (String key : new String[] {"ItemProcessor", "Iterator"}) {
        if (e.getValue().has(key)) {
          read(e.getValue().get(key), inner);
        }
      }
    });
  }

  private static void next(JsonNode name, Deque<String> queue) {
    if (name.isTextual()) {
      queue.add(name.asText());
    }
  }
}
