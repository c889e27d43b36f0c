package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.asl.DefinitionParser;
import dev.sfntest.internal.asl.DefinitionRefusedException;
import dev.sfntest.internal.asl.Diagnostic;
import dev.sfntest.internal.asl.MapState;
import dev.sfntest.internal.asl.ParallelState;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.StateGraph;
import dev.sfntest.internal.backend.ApiException;
import dev.sfntest.internal.backend.Definitions;
import dev.sfntest.internal.expr.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the state a TestState request tests. Without {@code stateName} the definition is one
 * state; with it, a whole state machine, and the state may be at the top level or inside a
 * Parallel branch or a Map's item processor (AWS tests a Map's inner state by name, recorded).
 *
 * <pre>{@code
 * TestedStates.Tested tested = TestedStates.find("{\"Type\":\"Pass\",\"End\":true}", null);
 * tested.state().type();   // PASS
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html">TestState</a>
 */
public final class TestedStates {

  /**
   * The name a single-state definition's state gets: the name AWS shows in the context object's
   * {@code State.Name} for every tested state (recorded).
   */
  public static final String SINGLE_STATE_NAME = "StateName";

  /**
   * A tested state and the states it belongs to.
   *
   * @param state the tested state
   * @param graph the graph it is in (its transitions name states of this graph)
   */
  public record Tested(State state, StateGraph graph) {}

  private TestedStates() {}

  /**
   * The tested state.
   *
   * @param stateName the state to test in a whole machine, or {@code null} for a single-state definition
   * @throws ApiException {@code InvalidDefinition} listing every problem of the definition, or
   *     {@code ValidationException} when no state has that name (recorded)
   */
  public static Tested find(String definition, String stateName) {
    if (stateName == null) {
      return single(definition);
    }
    StateGraph top = Definitions.parse(definition, "STANDARD").graph();
    Tested found = search(top, stateName);
    if (found == null) {
      throw ApiException.validation("State not found in definition");
    }
    return found;
  }

  private static Tested search(StateGraph graph, String name) {
    State state = graph.state(name);
    if (state != null) {
      return new Tested(state, graph);
    }
    for (State candidate : graph.states().values()) {
      for (StateGraph inner : innerGraphs(candidate)) {
        Tested found = search(inner, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The graphs inside a Parallel (its branches) or a Map (its item processor); none for others. */
  static List<StateGraph> innerGraphs(State state) {
    if (state instanceof ParallelState parallel) {
      return parallel.branches();
    }
    if (state instanceof MapState map) {
      return List.of(map.processor().graph());
    }
    return List.of();
  }

  /** Whether a state of that name is anywhere inside {@code state}'s branches or item processor. */
  static boolean contains(State state, String name) {
    for (StateGraph graph : innerGraphs(state)) {
      if (search(graph, name) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses a single state by making it the only real state of a machine: every state it may go
   * to becomes a Succeed placeholder, so that only the state's own problems are reported, at
   * locations inside the state's definition.
   */
  private static Tested single(String definition) {
    JsonNode node;
    try {
      node = Json.parse(definition);
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      // The parser words a definition that is no JSON object as it does for machines.
      throw invalid(DefinitionParser.parseWithDiagnostics(definition).diagnostics());
    }
    Set<String> targets = targets(node);
    String name = SINGLE_STATE_NAME;
    while (targets.contains(name)) {
      // A state that goes to a state of the same name: its own name must differ for the target to be
      // another state.
      name = name + "_";
    }
    ObjectNode machine = Json.object();
    machine.put("StartAt", name);
    ObjectNode states = machine.putObject("States");
    states.set(name, node);
    for (String target : targets) {
      states.putObject(target).put("Type", "Succeed");
    }
    String prefix = "/States/" + name;
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(Json.write(machine));
    if (result.hasErrors()) {
      List<Diagnostic> relocated = new ArrayList<>();
      for (Diagnostic d : result.diagnostics()) {
        String location = d.location();
        if (location != null && location.equals(prefix)) {
          relocated.add(new Diagnostic(d.severity(), d.code(), d.message(), "/"));
        } else if (location != null && location.startsWith(prefix + "/")) {
          relocated.add(new Diagnostic(d.severity(), d.code(), d.message(), location.substring(prefix.length())));
        }
        // Anything else concerns the machine the state is wrapped in: its StartAt when the state did
        // not parse, its missing terminal state when the state has no transition.
      }
      throw invalid(relocated);
    }
    StateGraph graph = result.definition().graph();
    return new Tested(graph.state(name), graph);
  }

  /** The state names a state's Next, Default, Choices and Catch name. */
  private static Set<String> targets(JsonNode state) {
    Set<String> names = new LinkedHashSet<>();
    addText(names, state.get("Next"));
    addText(names, state.get("Default"));
    for (String list : List.of("Choices", "Catch")) {
      JsonNode array = state.get(list);
      if (array != null && array.isArray()) {
        array.forEach(element -> addText(names, element.get("Next")));
      }
    }
    return names;
  }

  private static void addText(Set<String> names, JsonNode value) {
    if (value != null && value.isTextual()) {
      names.add(value.asText());
    }
  }

  private static ApiException invalid(List<Diagnostic> diagnostics) {
    return new ApiException("InvalidDefinition", new DefinitionRefusedException(diagnostics).getMessage());
  }
}
