package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transitions of a definition, read straight from its JSON: each graph's {@code StartAt},
 * its states, where each state can go, and the graphs nested in it. The graph rules work on this
 * rather than on the model so that a state with a schema error (which has no model) still counts
 * as a state: one misspelt field must not also make its neighbours "not reachable".
 */
final class GraphShape {

  /** One transition and where it is written. */
  record Transition(String target, Location at) {}

  /** One state of a graph. */
  record StateShape(String name, Location at, List<Transition> transitions, boolean terminal,
      List<GraphShape> children) {}

  final Location at;
  /** {@code StartAt}, or {@code null} when absent or not a string (a schema error). */
  final String startAt;
  /** Whether {@code States} is an object; when it is not, there is nothing to check. */
  final boolean hasStates;
  final Map<String, StateShape> states = new LinkedHashMap<>();

  private GraphShape(Location at, String startAt, boolean hasStates) {
    this.at = at;
    this.startAt = startAt;
    this.hasStates = hasStates;
  }

  /** The graph of a machine, branch or item processor object. */
  static GraphShape of(JsonNode container, Location at) {
    JsonNode startAt = container.get("StartAt");
    JsonNode statesNode = container.get("States");
    boolean hasStates = statesNode != null && statesNode.isObject();
    GraphShape graph = new GraphShape(at, startAt != null && startAt.isTextual() ? startAt.asText() : null, hasStates);
    if (hasStates) {
      for (Map.Entry<String, JsonNode> entry : statesNode.properties()) {
        Location stateAt = at.field("States").field(entry.getKey());
        graph.states.put(entry.getKey(), state(entry.getKey(), entry.getValue(), stateAt));
      }
    }
    return graph;
  }

  private static StateShape state(String name, JsonNode node, Location at) {
    List<Transition> transitions = new ArrayList<>();
    List<GraphShape> children = new ArrayList<>();
    if (!node.isObject()) {
      return new StateShape(name, at, transitions, false, children);
    }
    JsonNode typeNode = node.get("Type");
    StateType type = typeNode != null && typeNode.isTextual() ? StateType.fromAslName(typeNode.asText()) : null;
    boolean terminal = type == StateType.SUCCEED || type == StateType.FAIL;
    boolean choiceOrTerminalType = type == StateType.CHOICE || terminal;
    if (!choiceOrTerminalType) {
      add(transitions, node.get("Next"), at.field("Next"));
      JsonNode end = node.get("End");
      terminal = end != null && end.isBoolean() && end.asBoolean();
    }
    if (type == StateType.CHOICE) {
      JsonNode choices = node.get("Choices");
      if (choices != null && choices.isArray()) {
        for (int i = 0; i < choices.size(); i++) {
          if (choices.get(i).isObject()) {
            add(transitions, choices.get(i).get("Next"), at.field("Choices").index(i).field("Next"));
          }
        }
      }
      add(transitions, node.get("Default"), at.field("Default"));
    }
    if (!choiceOrTerminalType) {
      JsonNode catchers = node.get("Catch");
      if (catchers != null && catchers.isArray()) {
        for (int i = 0; i < catchers.size(); i++) {
          if (catchers.get(i).isObject()) {
            add(transitions, catchers.get(i).get("Next"), at.field("Catch").index(i).field("Next"));
          }
        }
      }
    }
    if (type == StateType.PARALLEL) {
      JsonNode branches = node.get("Branches");
      if (branches != null && branches.isArray()) {
        for (int i = 0; i < branches.size(); i++) {
          if (branches.get(i).isObject()) {
            children.add(of(branches.get(i), at.field("Branches").index(i)));
          }
        }
      }
    } else if (type == StateType.MAP) {
      String field = node.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
      JsonNode processor = node.get(field);
      if (processor != null && processor.isObject()) {
        children.add(of(processor, at.field(field)));
      }
    }
    return new StateShape(name, at, transitions, terminal, children);
  }

  private static void add(List<Transition> transitions, JsonNode target, Location at) {
    if (target != null && target.isTextual()) {
      transitions.add(new Transition(target.asText(), at));
    }
  }
}
