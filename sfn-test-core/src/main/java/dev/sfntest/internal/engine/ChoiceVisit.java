package dev.sfntest.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.Choice;
import dev.sfntest.internal.asl.ChoiceState;
import dev.sfntest.internal.expr.ErrorNames;
import dev.sfntest.internal.expr.EvalContext;

/** Choice: picks the first rule that matches, or Default; none matching is States.NoChoiceMatched. */
final class ChoiceVisit extends Visit {

  private final ChoiceState state;

  ChoiceVisit(Frame frame, ChoiceState state, JsonNode input) {
    super(frame, input);
    this.state = state;
  }

  @Override
  ChoiceState state() {
    return state;
  }

  @Override
  void run() {
    if (isJsonata()) {
      runJsonata();
      return;
    }
    JsonNode effective = applyInputPath(rawInput);
    EvalContext ctx = context(effective);
    for (Choice choice : state.choices()) {
      if (ChoiceRules.matches(choice.rule(), ctx)) {
        exit(applyOutputPath(effective), choice.next(), assignJsonPath(choice.assign(), effective));
        return;
      }
    }
    if (state.defaultState() != null) {
      exit(applyOutputPath(effective), state.defaultState(), assignJsonPath(io().assign(), effective));
      return;
    }
    noChoiceMatched();
  }

  private void runJsonata() {
    JsonataFlow flow = new JsonataFlow(this);
    for (Choice choice : state.choices()) {
      if (flow.condition(((dev.sfntest.internal.asl.ChoiceRule.Condition) choice.rule()).condition())) {
        JsonNode output = choice.output() != null ? flow.output(rawInput, null, choice.output()) : flow.output(rawInput, null);
        exit(output, choice.next(), flow.assign(null, choice.assign()));
        return;
      }
    }
    if (state.defaultState() != null) {
      exit(flow.output(rawInput, null), state.defaultState(), flow.assign(null));
      return;
    }
    noChoiceMatched();
  }

  private void noChoiceMatched() {
    fail(Failure.of(ErrorNames.NO_CHOICE_MATCHED,
        prefix() + "No Matches!"));
  }
}
