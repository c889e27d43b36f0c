package dev.sfntest.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.engine.Failure;
import dev.sfntest.internal.expr.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * What the trace reads from a state machine's definition, when it has one: which branch of which
 * Parallel each state is in, and each state's {@code Retry} and {@code Catch}. State names are
 * unique in a state machine, nested graphs included, so a state's name finds it.
 *
 * @see <a href="https://states-language.net/spec.html#parallel-state">ASL: Parallel state</a>
 * @see <a href="https://states-language.net/spec.html#errors">ASL: errors, Retry and Catch</a>
 */
final class DefinitionIndex {

  private record Place(String parallel, int branch) {}

  private record Catcher(List<String> errorEquals, String next) {}

  static final DefinitionIndex NONE = new DefinitionIndex();

  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, List<Catcher>> catchers = new HashMap<>();
  private final Map<String, List<List<String>>> retriers = new HashMap<>();

  private DefinitionIndex() {}

  /** Reads the definition the supplier gives; a definition that cannot be had or read tells nothing. */
  static DefinitionIndex read(Supplier<String> definition) {
    if (definition == null) {
      return NONE;
    }
    try {
      String text = definition.get();
      if (text == null) {
        return NONE;
      }
      DefinitionIndex index = new DefinitionIndex();
      index.readGraph(Json.parse(text));
      return index;
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

  /**
   * The catcher of {@code state} that took {@code error} and led to {@code next}: the first whose
   * {@code ErrorEquals} matches, as AWS picks one; when the error is unknown (a {@code Fail}
   * state's, in a branch), the first that leads to {@code next}.
   */
  OptionalInt catcher(String state, String error, String next) {
    List<Catcher> list = catchers.getOrDefault(state, List.of());
    for (int i = 0; i < list.size(); i++) {
      if (matches(list.get(i).errorEquals, error)) {
        return list.get(i).next.equals(next) || error != null ? OptionalInt.of(i) : firstTo(list, next);
      }
    }
    return firstTo(list, next);
  }

  /** The retrier of {@code state} that matched {@code error}: the first whose {@code ErrorEquals} matches. */
  OptionalInt retrier(String state, String error) {
    List<List<String>> list = retriers.getOrDefault(state, List.of());
    for (int i = 0; i < list.size(); i++) {
      if (matches(list.get(i), error)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static OptionalInt firstTo(List<Catcher> list, String next) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).next.equals(next)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether an {@code ErrorEquals} list matches the error: the engine's rule, AWS's. */
  private static boolean matches(List<String> errorEquals, String error) {
    Failure failure = Failure.of(error, null);
    for (String name : errorEquals) {
      if (failure.matches(name)) {
        return true;
      }
    }
    return false;
  }

  private void readGraph(JsonNode graph) {
    JsonNode states = graph.path("States");
    for (Iterator<Map.Entry<String, JsonNode>> it = states.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode state = entry.getValue();
      for (JsonNode catcher : state.path("Catch")) {
        catchers.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Catcher(texts(catcher.path("ErrorEquals")), catcher.path("Next").asText("")));
      }
      for (JsonNode retrier : state.path("Retry")) {
        retriers.computeIfAbsent(name, k -> new ArrayList<>()).add(texts(retrier.path("ErrorEquals")));
      }
      JsonNode branches = state.path("Branches");
      for (int b = 0; b < branches.size(); b++) {
        JsonNode branch = branches.get(b);
        for (Iterator<String> names = branch.path("States").fieldNames(); names.hasNext(); ) {
          places.put(names.next(), new Place(name, b));
        }
        readGraph(branch);
      }
      for (String key : new String[] {"ItemProcessor", "Iterator"}) {
        if (state.has(key)) {
          readGraph(state.get(key));
        }
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
