package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.asl.PassState;
import dev.sfntest.internal.asl.QueryLanguage;
import dev.sfntest.internal.asl.State;
import dev.sfntest.internal.asl.StateType;
import dev.sfntest.internal.engine.StateTest;
import dev.sfntest.internal.engine.StateTest.Step;
import dev.sfntest.internal.expr.Json;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Builds TestState's inspection data from what the state went through, showing the fields AWS
 * shows for the state's type and query language (recorded for Pass, Task, Choice, Succeed, Fail
 * and Map; assumed for Wait like Choice and for Parallel like a Task without a raw result, as AWS
 * shows none for a Map):
 *
 * <ul>
 *   <li>JSONPath: every state shows {@code afterInputPath}; Pass, Task and Parallel {@code
 *       afterParameters}, {@code afterResultSelector} and {@code afterResultPath}; Task its raw
 *       {@code result}; a Pass with {@code Result} shows that as result and after ResultSelector,
 *       and neither InputPath nor Parameters (which it does not apply); Map its items steps and
 *       settings. A Fail state's {@code afterInputPath} is its input.
 *   <li>JSONata: only {@code afterArguments} (Task, Parallel), a Task's {@code result}, and a
 *       Map's items steps and settings.
 * </ul>
 *
 * <pre>{@code
 * Inspection inspection = Inspections.of(tested.state(), input, outcome);
 * }</pre>
 */
final class Inspections {

  private static final Set<Step> MAP_STEPS = EnumSet.of(Step.AFTER_ITEM_SELECTOR, Step.AFTER_ITEM_BATCHER,
      Step.MAX_CONCURRENCY, Step.TOLERATED_FAILURE_COUNT, Step.TOLERATED_FAILURE_PERCENTAGE);

  private Inspections() {}

  static Inspection of(State state, JsonNode input, StateTest.Outcome outcome) {
    Map<Step, JsonNode> steps = outcome.steps();
    Set<Step> shown = shown(state);
    EnumMap<Step, JsonNode> values = new EnumMap<>(Step.class);
    steps.forEach((step, value) -> {
      if (shown.contains(step)) {
        values.put(step, value);
      }
    });
    if (state instanceof PassState pass && state.queryLanguage() == QueryLanguage.JSONPATH) {
      // A Pass state's effective result is its Result, else its input after Parameters.
      if (steps.containsKey(Step.AFTER_RESULT_PATH)) {
        values.put(Step.AFTER_RESULT_SELECTOR, pass.result() != null ? pass.result() : steps.get(Step.AFTER_PARAMETERS));
        if (pass.result() != null) {
          values.put(Step.RESULT, pass.result());
        }
      }
    }
    if (state.type() == StateType.FAIL && state.queryLanguage() == QueryLanguage.JSONPATH) {
      // A Fail state has no InputPath; AWS shows its input as the input after it (recorded).
      values.put(Step.AFTER_INPUT_PATH, input);
    }
    return new Inspection(
        Json.write(input),
        text(values, Step.AFTER_INPUT_PATH),
        text(values, Step.AFTER_PARAMETERS),
        text(values, Step.AFTER_ARGUMENTS),
        text(values, Step.RESULT),
        text(values, Step.AFTER_RESULT_SELECTOR),
        text(values, Step.AFTER_RESULT_PATH),
        text(values, Step.AFTER_ITEMS_PATH),
        text(values, Step.AFTER_ITEM_SELECTOR),
        text(values, Step.AFTER_ITEM_BATCHER),
        values.containsKey(Step.MAX_CONCURRENCY) ? values.get(Step.MAX_CONCURRENCY).asInt() : null,
        values.containsKey(Step.TOLERATED_FAILURE_COUNT) ? values.get(Step.TOLERATED_FAILURE_COUNT).asInt() : null,
        values.containsKey(Step.TOLERATED_FAILURE_PERCENTAGE)
            ? (float) values.get(Step.TOLERATED_FAILURE_PERCENTAGE).asDouble() : null,
        variables(outcome.variables()),
        errorDetails(outcome));
  }

  /** The steps AWS shows for a state of this type and query language. */
  private static Set<Step> shown(State state) {
    boolean jsonPath = state.queryLanguage() == QueryLanguage.JSONPATH;
    return switch (state.type()) {
      case PASS -> jsonPath ? passSteps((PassState) state) : EnumSet.noneOf(Step.class);
      case TASK -> jsonPath
          ? EnumSet.of(Step.AFTER_INPUT_PATH, Step.AFTER_PARAMETERS, Step.RESULT, Step.AFTER_RESULT_SELECTOR,
              Step.AFTER_RESULT_PATH)
          : EnumSet.of(Step.AFTER_ARGUMENTS, Step.RESULT);
      case PARALLEL -> jsonPath
          ? EnumSet.of(Step.AFTER_INPUT_PATH, Step.AFTER_PARAMETERS, Step.AFTER_RESULT_SELECTOR, Step.AFTER_RESULT_PATH)
          : EnumSet.of(Step.AFTER_ARGUMENTS);
      case MAP -> {
        EnumSet<Step> steps = EnumSet.copyOf(MAP_STEPS);
        if (jsonPath) {
          steps.addAll(EnumSet.of(Step.AFTER_INPUT_PATH, Step.AFTER_ITEMS_PATH, Step.AFTER_RESULT_SELECTOR,
              Step.AFTER_RESULT_PATH));
        }
        yield steps;
      }
      case CHOICE, SUCCEED, WAIT, FAIL -> jsonPath ? EnumSet.of(Step.AFTER_INPUT_PATH) : EnumSet.noneOf(Step.class);
    };
  }

  private static Set<Step> passSteps(PassState pass) {
    return pass.result() != null
        ? EnumSet.of(Step.AFTER_RESULT_PATH)
        : EnumSet.of(Step.AFTER_INPUT_PATH, Step.AFTER_PARAMETERS, Step.AFTER_RESULT_PATH);
  }

  private static String text(Map<Step, JsonNode> values, Step step) {
    JsonNode value = values.get(step);
    return value == null ? null : Json.write(value);
  }

  /** The variables after the state; AWS leaves the field out when there are none (recorded). */
  private static String variables(Map<String, JsonNode> variables) {
    if (variables.isEmpty()) {
      return null;
    }
    ObjectNode object = Json.object();
    variables.forEach(object::set);
    return Json.write(object);
  }

  private static Inspection.ErrorDetails errorDetails(StateTest.Outcome outcome) {
    if (outcome.catchIndex() == null && outcome.retryIndex() == null) {
      return null;
    }
    return new Inspection.ErrorDetails(outcome.catchIndex(), outcome.retryIndex(),
        outcome.retryBackoffIntervalSeconds());
  }
}
