package dev.sfntest.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.shared.JsonValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state machine definition as the report sees it: every state (nested ones too), every
 * transition and every retrier, read straight from the definition's JSON so that any definition
 * AWS accepts can be drawn, including ones the fake cannot run.
 */
public final class Workflow {

  private final StateNode.Graph root;
  private final Map<String, StateNode> states = new LinkedHashMap<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<Retrier> retriers = new ArrayList<>();

  private Workflow(JsonNode definition) {
    this.root = graph(definition);
  }

  /**
   * Reads a definition.
   *
   * @throws IllegalArgumentException when it is not JSON, or has no {@code StartAt} and {@code States}
   */
  public static Workflow parse(String definition) {
    JsonNode node;
    try {
      // The engine's reader: a first coverage report builds no ObjectMapper, which costs a test
      // run a good part of a tenth of a second in a fresh JVM.
      node = JsonValues.parse(definition);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the definition is not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject() || !node.path("States").isObject()) {
      throw new IllegalArgumentException("the definition has no \"States\" object");
    }
    return new Workflow(node);
  }

  public StateNode.Graph root() {
    return root;
  }

  /** Every state, in definition order, a container before what it contains. */
  public Map<String, StateNode> states() {
    return Collections.unmodifiableMap(states);
  }

  public StateNode state(String name) {
    return states.get(name);
  }

  public List<Transition> transitions() {
    return Collections.unmodifiableList(transitions);
  }

  public List<Retrier> retriers() {
    return Collections.unmodifiableList(retriers);
  }

  private StateNode.Graph graph(JsonNode container) {
    List<StateNode> nodes = new ArrayList<>();
    JsonNode statesNode = container.path("States");
    for (Map.Entry<String, JsonNode> entry : statesNode.properties()) {
      nodes.add(state(entry.getKey(), entry.getValue()));
    }
    return new StateNode.Graph(container.path("StartAt").asText(null), List.copyOf(nodes));
  }

  private StateNode state(String name, JsonNode node) {
    String type = node.path("Type").asText("?");
    List<Transition> out = new ArrayList<>();
    if (type.equals("Choice")) {
      choiceBranches(name, node, out);
    } else if (node.path("Next").isTextual()) {
      out.add(new Transition(name, node.get("Next").asText(), Transition.Kind.NEXT, List.of(), List.of()));
    }
    JsonNode catchers = node.path("Catch");
    for (int i = 0; i < catchers.size(); i++) {
      JsonNode catcher = catchers.get(i);
      if (catcher.path("Next").isTextual()) {
        out.add(new Transition(name, catcher.get("Next").asText(), Transition.Kind.CATCH, List.of(i),
            strings(catcher.path("ErrorEquals"))));
      }
    }
    List<Retrier> retry = new ArrayList<>();
    JsonNode retryNode = node.path("Retry");
    for (int i = 0; i < retryNode.size(); i++) {
      retry.add(new Retrier(name, i, strings(retryNode.get(i).path("ErrorEquals"))));
    }
    boolean end = node.path("End").asBoolean(false) || type.equals("Succeed") || type.equals("Fail");
    String resource = node.path("Resource").isTextual() ? node.get("Resource").asText() : null;
    // Registered before its children, so that a container comes first in every listing.
    List<StateNode.Graph> children = new ArrayList<>();
    StateNode state = new StateNode(name, type, resource, end, List.copyOf(out), List.copyOf(retry),
        Collections.unmodifiableList(children));
    states.put(name, state);
    transitions.addAll(out);
    retriers.addAll(retry);
    if (type.equals("Parallel")) {
      for (JsonNode branch : node.path("Branches")) {
        children.add(graph(branch));
      }
    } else if (type.equals("Map")) {
      JsonNode processor = node.has("ItemProcessor") ? node.get("ItemProcessor") : node.path("Iterator");
      if (processor.isObject()) {
        children.add(graph(processor));
      }
    }
    return state;
  }

  /** One transition per target of the Choice, carrying the rules that lead there. */
  private static void choiceBranches(String name, JsonNode node, List<Transition> out) {
    Map<String, List<Integer>> rulesByTarget = new LinkedHashMap<>();
    JsonNode choices = node.path("Choices");
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).path("Next").isTextual()) {
        rulesByTarget.computeIfAbsent(choices.get(i).get("Next").asText(), k -> new ArrayList<>()).add(i);
      }
    }
    String fallback = node.path("Default").isTextual() ? node.get("Default").asText() : null;
    if (fallback != null && rulesByTarget.containsKey(fallback)) {
      rulesByTarget.get(fallback).add(Transition.DEFAULT_INDEX);
    }
    rulesByTarget.forEach((target, rules) -> out.add(
        new Transition(name, target, Transition.Kind.CHOICE, List.copyOf(rules), List.of())));
    if (fallback != null && !rulesByTarget.containsKey(fallback)) {
      out.add(new Transition(name, fallback, Transition.Kind.DEFAULT, List.of(), List.of()));
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return List.copyOf(out);
  }
}
