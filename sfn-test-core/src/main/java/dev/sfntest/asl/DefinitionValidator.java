package dev.sfntest.asl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The graph rules of a parsed definition: {@code StartAt} and every {@code Next}, {@code Default}
 * and Catch target name a state of the same graph, each non-terminal state has a transition, every
 * state can be reached, and Retry/Catch use {@code States.ALL} last and alone. Nested graphs
 * (Parallel branches, Map processors) are checked the same way.
 */
final class DefinitionValidator {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private DefinitionValidator() {}

  static List<Diagnostic> validate(StateMachineDefinition definition) {
    DefinitionValidator validator = new DefinitionValidator();
    validator.checkGraph(definition.graph(), "");
    return validator.diagnostics;
  }

  private void checkGraph(StateGraph graph, String pointer) {
    if (graph.startAt() != null && !graph.states().containsKey(graph.startAt())) {
      error("MISSING_TRANSITION_TARGET", "Missing 'StartAt' target: " + graph.startAt(), pointer + "/StartAt");
    }
    for (State state : graph.states().values()) {
      String statePointer = pointer + "/States/" + DefinitionParser.escape(state.name());
      checkTransition(graph, state, statePointer);
      switch (state.type()) {
        case CHOICE -> {
          ChoiceState choice = (ChoiceState) state;
          for (int i = 0; i < choice.choices().size(); i++) {
            target(graph, choice.choices().get(i).next(), statePointer + "/Choices/" + i + "/Next");
          }
          if (choice.defaultState() != null) {
            target(graph, choice.defaultState(), statePointer + "/Default");
          }
        }
        case TASK -> checkErrorHandling(graph, ((TaskState) state).errorHandling(), statePointer);
        case PARALLEL -> {
          ParallelState parallel = (ParallelState) state;
          checkErrorHandling(graph, parallel.errorHandling(), statePointer);
          for (int i = 0; i < parallel.branches().size(); i++) {
            checkGraph(parallel.branches().get(i), statePointer + "/Branches/" + i);
          }
        }
        case MAP -> {
          MapState map = (MapState) state;
          checkErrorHandling(graph, map.errorHandling(), statePointer);
          checkGraph(map.processor().graph(), statePointer + "/ItemProcessor");
        }
        default -> { }
      }
    }
    checkReachable(graph, pointer);
  }

  private void checkTransition(StateGraph graph, State state, String pointer) {
    StateType type = state.type();
    if (type == StateType.CHOICE || type == StateType.SUCCEED || type == StateType.FAIL) {
      return;
    }
    String next = state.io().next();
    boolean end = state.io().end();
    if (next != null && end) {
      error("SCHEMA_VALIDATION_FAILED", "Only one of 'Next' or 'End' can be used", pointer);
    } else if (next == null && !end) {
      error("MISSING_TRANSITION_TARGET", "State \"" + state.name() + "\" is not an end state and has no 'Next'",
          pointer);
    } else if (next != null) {
      target(graph, next, pointer + "/Next");
    }
  }

  private void checkErrorHandling(StateGraph graph, ErrorHandling handling, String pointer) {
    for (int i = 0; i < handling.retry().size(); i++) {
      checkErrorEquals(handling.retry().get(i).errorEquals(), i == handling.retry().size() - 1,
          pointer + "/Retry/" + i + "/ErrorEquals");
    }
    for (int i = 0; i < handling.catchers().size(); i++) {
      Catcher catcher = handling.catchers().get(i);
      checkErrorEquals(catcher.errorEquals(), i == handling.catchers().size() - 1,
          pointer + "/Catch/" + i + "/ErrorEquals");
      target(graph, catcher.next(), pointer + "/Catch/" + i + "/Next");
    }
  }

  private void checkErrorEquals(List<String> errors, boolean last, String pointer) {
    if (errors.contains("States.ALL")) {
      if (errors.size() > 1) {
        error("SCHEMA_VALIDATION_FAILED", "States.ALL must appear alone in ErrorEquals", pointer);
      } else if (!last) {
        error("SCHEMA_VALIDATION_FAILED", "States.ALL must be the last element of its array", pointer);
      }
    }
  }

  private void target(StateGraph graph, String name, String pointer) {
    if (name != null && !graph.states().containsKey(name)) {
      error("MISSING_TRANSITION_TARGET", "Missing 'Next' target: " + name, pointer);
    }
  }

  private void checkReachable(StateGraph graph, String pointer) {
    if (graph.startAt() == null || !graph.states().containsKey(graph.startAt())) {
      return;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(graph.startAt());
    while (!queue.isEmpty()) {
      String name = queue.poll();
      State state = graph.state(name);
      if (state == null || !seen.add(name)) {
        continue;
      }
      if (state.io().next() != null) {
        queue.add(state.io().next());
      }
      if (state instanceof ChoiceState choice) {
        choice.choices().forEach(c -> queue.add(c.next()));
        if (choice.defaultState() != null) {
          queue.add(choice.defaultState());
        }
      }
      ErrorHandling handling = state instanceof TaskState t ? t.errorHandling()
          : state instanceof ParallelState p ? p.errorHandling()
          : state instanceof MapState m ? m.errorHandling() : ErrorHandling.NONE;
      handling.catchers().forEach(c -> queue.add(c.next()));
    }
    for (String name : graph.states().keySet()) {
      if (!seen.contains(name)) {
        error("MISSING_TRANSITION_TARGET", "State \"" + name + "\" is not reachable",
            pointer + "/States/" + DefinitionParser.escape(name));
      }
    }
  }

  private void error(String code, String message, String location) {
    diagnostics.add(Diagnostic.error(code, message, location));
  }
}
