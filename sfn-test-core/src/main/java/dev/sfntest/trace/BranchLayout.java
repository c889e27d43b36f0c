package dev.sfntest.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.expr.Json;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which branch of which Parallel state each state of a definition is in. State names are unique
 * in a state machine, nested graphs included, so a state's name tells its branch.
 *
 * @see <a href="https://states-language.net/spec.html#parallel-state">ASL: Parallel state</a>
 */
final class BranchLayout {

  private record Place(String parallel, int branch) {}

  private static final BranchLayout NONE = new BranchLayout();

  private final Map<String, Place> places = new HashMap<>();

  private BranchLayout() {}

  /** Reads the definition the supplier gives; a definition that cannot be had or read tells nothing. */
  static BranchLayout read(Supplier<String> definition) {
    if (definition == null) {
      return NONE;
    }
    try {
      String text = definition.get();
      if (text == null) {
        return NONE;
      }
      BranchLayout layout = new BranchLayout();
      layout.readGraph(Json.parse(text));
      return layout;
    } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException unreadable) {
      // Reading is best-effort: without the definition, branches are numbered in start order.
      return NONE;
    }
  }

  /** The index of the branch of Parallel {@code parallel} that holds state {@code state}, or -1. */
  int branchOf(String parallel, String state) {
    Place place = places.get(state);
    return place != null && place.parallel.equals(parallel) ? place.branch : -1;
  }

  private void readGraph(JsonNode graph) {
    JsonNode states = graph.path("States");
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> state = it.next();
      JsonNode branches = state.getValue().path("Branches");
      for (int b = 0; b < branches.size(); b++) {
        JsonNode branch = branches.get(b);
        for (Iterator<String> names = branch.path("States").fieldNames(); names.hasNext(); ) {
          places.put(names.next(), new Place(state.getKey(), b));
        }
        readGraph(branch);
      }
      for (String key : new String[] {"ItemProcessor", "Iterator"}) {
        if (state.getValue().has(key)) {
          readGraph(state.getValue().get(key));
        }
      }
    }
  }
}
