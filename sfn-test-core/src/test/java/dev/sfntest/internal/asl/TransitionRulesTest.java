package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.error;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Next and End, transition targets, reachability and the terminal state. */
class TransitionRulesTest {

  private static Diagnostic missing(String target, String location) {
    return error(Diagnostic.MISSING_TRANSITION_TARGET, Messages.missingTarget(target), location);
  }

  private static Diagnostic unreachable(String state, String location) {
    return error(Diagnostic.MISSING_TRANSITION_TARGET, Messages.unreachable(state), location);
  }

  @Nested
  class next_and_end {

    @Test
    void a_state_has_next_or_end_not_both() {
      // GIVEN / WHEN / THEN
      assertThat(errors("{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Pass\", \"Next\": \"T\", \"End\": true},"
          + " \"T\": {\"Type\": \"Succeed\"}}}"))
          .containsExactly(schema(Messages.onlyOneOf(List.of("Next", "End")), "/States/S"));
    }

    @Test
    void a_state_has_next_or_end() {
      // GIVEN / WHEN / THEN: End false is no end
      assertThat(errors(one("{\"Type\": \"Pass\"}"))).contains(
          schema(Messages.exactlyOneOf(List.of("Next", "End")), "/States/S"));
      assertThat(errors(one("{\"Type\": \"Pass\", \"End\": false}"))).contains(
          schema(Messages.exactlyOneOf(List.of("Next", "End")), "/States/S"));
      assertAccepted(one("{\"Type\": \"Pass\", \"End\": true}"));
    }

    @Test
    void end_is_a_boolean() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Pass\", \"End\": \"true\"}"))).contains(
          schema(Messages.expectedType("Boolean"), "/States/S/End"));
    }
  }

  @Nested
  class targets {

    @Test
    void next_names_a_state_of_its_graph() {
      // GIVEN / WHEN / THEN
      assertThat(errors("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Ghost\"},"
          + " \"Z\": {\"Type\": \"Succeed\"}}}"))
          .containsExactly(missing("Ghost", "/States/A/Next"), unreachable("Z", "/States/Z"));
      assertAccepted("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Z\"},"
          + " \"Z\": {\"Type\": \"Succeed\"}}}");
    }

    @Test
    void start_at_names_a_state_and_without_it_every_state_is_unreachable() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors("{\"StartAt\": \"Nope\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}"))
          .containsExactly(missing("Nope", "/StartAt"), unreachable("A", "/States/A"));
    }

    @Test
    void choice_targets_are_checked_and_all_called_next() {
      // GIVEN a dangling rule Next and Default (observed: the word is 'Next' for both)
      String json = """
          {"StartAt": "C", "States": {
            "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Ghost"}],
                  "Default": "Phantom"},
            "Z": {"Type": "Succeed"}}}
          """;
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(missing("Ghost", "/States/C/Choices[0]/Next"),
          missing("Phantom", "/States/C/Default"), unreachable("Z", "/States/Z"));
      assertAccepted(json.replace("Ghost", "Z").replace("Phantom", "Z"));
    }

    @Test
    void catch_targets_are_checked() {
      // GIVEN
      String json = one("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\","
          + " \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Ghost\"}], \"End\": true}");
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(missing("Ghost", "/States/S/Catch[0]/Next"));
      assertAccepted(json.replace("Ghost", "S"));
    }

    @Test
    void a_branch_cannot_leave_its_graph() {
      // GIVEN a branch state whose Next is a top-level state
      String json = """
          {"StartAt": "P", "States": {
            "P": {"Type": "Parallel", "Next": "Done",
                  "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "Next": "Done"}}}]},
            "Done": {"Type": "Succeed"}}}
          """;
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(missing("Done", "/States/P/Branches[0]/States/B/Next"));
    }
  }

  @Nested
  class reachability {

    @Test
    void every_state_is_reachable() {
      // GIVEN / WHEN / THEN: refused at creation, not only warned about (observed)
      assertThat(errors("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"B\": {\"Type\": \"Succeed\"}}}"))
          .containsExactly(unreachable("B", "/States/B"));
    }

    @Test
    void states_in_nested_graphs_are_checked_at_their_location() {
      // GIVEN / WHEN / THEN (observed)
      String map = one("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"StartAt\": \"W\", \"States\": {"
          + "\"W\": {\"Type\": \"Pass\", \"End\": true}, \"Ghost\": {\"Type\": \"Pass\", \"End\": true}}}}");
      assertThat(errors(map)).containsExactly(unreachable("Ghost", "/States/S/ItemProcessor/States/Ghost"));
      String parallel = one("{\"Type\": \"Parallel\", \"End\": true, \"Branches\": [{\"StartAt\": \"W\", \"States\": {"
          + "\"W\": {\"Type\": \"Pass\", \"End\": true}, \"Ghost\": {\"Type\": \"Pass\", \"End\": true}}}]}");
      assertThat(errors(parallel)).containsExactly(unreachable("Ghost", "/States/S/Branches[0]/States/Ghost"));
    }

    @Test
    void a_state_reached_only_through_a_catcher_or_default_is_reachable() {
      // GIVEN / WHEN / THEN
      assertAccepted("""
          {"StartAt": "T", "States": {
            "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "Next": "C",
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle"}]},
            "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Done"}],
                  "Default": "Other"},
            "Handle": {"Type": "Fail"},
            "Other": {"Type": "Succeed"},
            "Done": {"Type": "Succeed"}}}
          """);
    }
  }

  @Nested
  class terminal_state {

    @Test
    void a_machine_has_a_terminal_state() {
      // GIVEN / WHEN / THEN (observed: no location)
      assertThat(errors("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"},"
          + " \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}"))
          .containsExactly(error(Diagnostic.MISSING_END_STATE, Messages.NO_TERMINAL_STATE, null));
    }

    @Test
    void without_a_terminal_state_no_state_is_reported_unreachable() {
      // GIVEN a loop and a state nothing routes to (observed)
      String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"},"
          + " \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}, \"Unused\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(error(Diagnostic.MISSING_END_STATE, Messages.NO_TERMINAL_STATE, null));
    }

    @Test
    void a_dangling_target_comes_before_the_missing_end_state() {
      // GIVEN / WHEN / THEN (observed order)
      assertThat(errors("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"NOPE\"}}}"))
          .containsExactly(missing("NOPE", "/States/A/Next"),
              error(Diagnostic.MISSING_END_STATE, Messages.NO_TERMINAL_STATE, null));
    }

    @Test
    void an_unreachable_terminal_state_is_still_a_terminal_state() {
      // GIVEN a loop plus a terminal nothing reaches (observed)
      String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"},"
          + " \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}, \"C\": {\"Type\": \"Pass\", \"End\": true}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(unreachable("C", "/States/C"));
    }

    @Test
    void a_nested_graph_needs_no_terminal_state() {
      // GIVEN a Map whose processor loops (observed: accepted)
      assertAccepted(one("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"StartAt\": \"A\", \"States\": {"
          + "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}, \"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}}"));
    }
  }
}
