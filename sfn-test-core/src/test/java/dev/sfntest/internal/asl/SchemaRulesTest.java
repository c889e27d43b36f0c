package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.error;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.jsonata;
import static dev.sfntest.internal.asl.Asl.map;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The definition as a whole, state types, allowed fields, query languages and state names. */
class SchemaRulesTest {

  @Nested
  class whole_definition {

    @Test
    void an_empty_definition_is_not_a_json_object() {
      // GIVEN / WHEN
      List<Diagnostic> errors = errors("");
      // THEN (recorded against AWS: no location)
      assertThat(errors).containsExactly(schema(Messages.NOT_AN_OBJECT, null));
    }

    @Test
    void json_that_is_not_an_object_is_refused_the_same_way() {
      // GIVEN / WHEN / THEN
      assertThat(errors("[]")).containsExactly(schema(Messages.NOT_AN_OBJECT, null));
      assertThat(errors("null")).containsExactly(schema(Messages.NOT_AN_OBJECT, null));
    }

    @Test
    void a_null_definition_is_missing() {
      // GIVEN / WHEN
      List<Diagnostic> errors = errors(null);
      // THEN
      assertThat(errors).containsExactly(error(Diagnostic.MISSING_DESCRIPTION, Messages.NO_DEFINITION, null));
    }

    @Test
    void malformed_json_gets_the_parser_message_and_position() {
      // GIVEN / WHEN
      List<Diagnostic> errors = errors("not a definition");
      // THEN (recorded against AWS, column included)
      String location = "[Source: (String)\"not a definition\"; line: 1, column: 4]";
      assertThat(errors).containsExactly(error(Diagnostic.INVALID_JSON_DESCRIPTION,
          "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
              + "\n at " + location, location));
    }

    @Test
    void a_truncated_definition_is_malformed_json() {
      // GIVEN / WHEN
      List<Diagnostic> errors = errors("{\"StartAt\": \"A\", \"States\": {");
      // THEN
      assertThat(errors).singleElement().extracting(Diagnostic::code).isEqualTo(Diagnostic.INVALID_JSON_DESCRIPTION);
    }

    @Test
    void an_empty_object_lacks_states_and_start_at() {
      // GIVEN / WHEN / THEN (observed, in this order, at "/")
      assertThat(errors("{}")).containsExactly(schema(Messages.required(List.of("States", "StartAt")), "/"));
    }

    @Test
    void a_definition_without_start_at_is_refused() {
      // GIVEN
      String json = "{\"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(schema(Messages.required(List.of("StartAt")), "/"));
    }

    @Test
    void an_unknown_top_level_field_is_not_supported() {
      // GIVEN a misspelt Comment
      String json = "{\"Coment\": \"x\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(schema(Messages.notSupported("Coment"), "/"));
      assertAccepted(json.replace("Coment", "Comment"));
    }

    @Test
    void the_machine_timeout_is_a_non_negative_integer() {
      // GIVEN / WHEN / THEN (observed: 0 is accepted)
      String json = "{\"TimeoutSeconds\": %s, \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
      assertThat(errors(json.formatted("-1"))).containsExactly(schema(Messages.minimum("0"), "/TimeoutSeconds"));
      assertThat(errors(json.formatted("\"5\""))).containsExactly(
          schema(Messages.expectedType("Integer"), "/TimeoutSeconds"));
      assertAccepted(json.formatted("0"));
    }

    @Test
    void version_and_comment_are_strings() {
      // GIVEN
      String json = "{\"Version\": 1, \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(schema(Messages.EXPECTED_STRING, "/Version"));
      assertAccepted(json.replace("1,", "\"1.0\","));
    }

    @Test
    void an_oversized_definition_is_refused_before_it_is_read() {
      // GIVEN one character more than AWS takes
      String json = one("{\"Type\": \"Pass\", \"Result\": \"" + "x".repeat(DefinitionParser.MAX_DEFINITION_LENGTH)
          + "\", \"End\": true}");
      // WHEN
      String violation = DefinitionParser.lengthViolation(json);
      // THEN
      assertThat(violation).isEqualTo(Messages.tooLong(DefinitionParser.MAX_DEFINITION_LENGTH));
      assertThat(errors(json)).containsExactly(schema(violation, null));
      assertThat(DefinitionParser.lengthViolation(one("{\"Type\": \"Succeed\"}"))).isNull();
    }
  }

  @Nested
  class exception_message {

    @Test
    void joins_every_error_in_one_pair_of_quotes() {
      // GIVEN the definition from localstack/localstack#11978
      String json = """
          {"StartAt": "pass1", "States": {
            "pass1": {"Type": "Pass", "Next": "pass3"},
            "pass2": {"Type": "Pass", "End": true}}}
          """;
      // WHEN
      DefinitionRefusedException e = catchThrowableOfType(DefinitionRefusedException.class,
          () -> DefinitionParser.parse(json));
      // THEN AWS's answer, byte for byte
      assertThat(e).hasMessage("Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: "
          + "pass3 at /States/pass1/Next, MISSING_TRANSITION_TARGET: State \"pass2\" is not reachable. at /States/pass2'");
      assertThat(e.diagnostics()).hasSize(2);
    }

    @Test
    void prints_a_missing_location_as_null() {
      // GIVEN a loop without a terminal state
      String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}";
      // WHEN
      DefinitionRefusedException e = catchThrowableOfType(DefinitionRefusedException.class,
          () -> DefinitionParser.parse(json));
      // THEN (observed)
      assertThat(e).hasMessage("Invalid State Machine Definition: 'MISSING_END_STATE: Workflow has no terminal state at null'");
    }

    @Test
    void leaves_warnings_out() {
      // GIVEN an error and a warning
      String json = one("{\"Type\": \"Pass\", \"Parameters\": {\"a\": \"$.x\"}, \"TimeoutSeconds\": 1, \"End\": true}");
      // WHEN
      DefinitionRefusedException e = catchThrowableOfType(DefinitionRefusedException.class,
          () -> DefinitionParser.parse(json));
      // THEN
      assertThat(e).hasMessage("Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: "
          + "Field 'TimeoutSeconds' is not supported at /States/S'");
      assertThat(e.diagnostics()).extracting(Diagnostic::code)
          .containsExactly(Diagnostic.SCHEMA_VALIDATION_FAILED, Diagnostic.NO_DOLLAR);
    }
  }

  @Nested
  class state_type {

    @Test
    void a_state_needs_a_type() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"End\": true}"))).containsExactly(schema(Messages.required(List.of("Type")), "/States/S"));
    }

    @Test
    void the_type_is_one_of_the_eight() {
      // GIVEN / WHEN / THEN (observed through AWS's TestState)
      assertThat(errors(one("{\"Type\": \"Sleep\", \"End\": true}")))
          .containsExactly(schema(Messages.STATE_TYPE, "/States/S/Type"));
      assertThat(errors(one("{\"Type\": 1, \"End\": true}")))
          .containsExactly(schema(Messages.EXPECTED_STRING, "/States/S/Type"));
      assertAccepted(one("{\"Type\": \"Pass\", \"End\": true}"));
    }

    @Test
    void a_state_is_an_object() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("[]"))).contains(schema(Messages.expectedType("Object"), "/States/S"));
    }
  }

  @Nested
  class fields_per_state_type {

    @Test
    void timeout_seconds_is_a_task_field() {
      // GIVEN / WHEN / THEN (observed for every other type, located at the state)
      assertThat(errors(one("{\"Type\": \"Pass\", \"TimeoutSeconds\": 5, \"End\": true}")))
          .containsExactly(schema(Messages.notSupported("TimeoutSeconds"), "/States/S"));
      assertThat(errors(map("\"TimeoutSeconds\": 5")))
          .containsExactly(schema(Messages.notSupported("TimeoutSeconds"), "/States/S"));
      assertAccepted(one("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\","
          + " \"TimeoutSeconds\": 5, \"End\": true}"));
    }

    @Test
    void catch_and_retry_are_for_task_parallel_and_map() {
      // GIVEN / WHEN / THEN (observed: also in JSONata)
      assertThat(errors(one("{\"Type\": \"Pass\", \"End\": true, \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"S\"}]}")))
          .containsExactly(schema(Messages.notSupported("Catch"), "/States/S"));
      assertThat(errors(jsonata("{\"Type\": \"Pass\", \"End\": true, \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"S\"}]}")))
          .containsExactly(schema(Messages.notSupported("Catch"), "/States/S"));
      assertThat(errors(one("{\"Type\": \"Wait\", \"Seconds\": 1, \"End\": true, \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}]}")))
          .containsExactly(schema(Messages.notSupported("Retry"), "/States/S"));
      assertAccepted(map("\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}]"));
    }

    @Test
    void terminal_states_have_no_transition_fields() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Succeed\", \"End\": true}")))
          .containsExactly(schema(Messages.notSupported("End"), "/States/S"));
      assertThat(errors(one("{\"Type\": \"Fail\", \"InputPath\": \"$\"}")))
          .containsExactly(schema(Messages.notSupported("InputPath"), "/States/S"));
      assertAccepted(one("{\"Type\": \"Succeed\", \"InputPath\": \"$\"}"));
    }

    @Test
    void assign_is_not_a_succeed_or_fail_field() {
      // GIVEN / WHEN / THEN (the docs list Assign for Pass, Task, Map, Parallel, Choice, Wait)
      assertThat(errors(one("{\"Type\": \"Succeed\", \"Assign\": {\"a\": 1}}")))
          .containsExactly(schema(Messages.notSupported("Assign"), "/States/S"));
      assertAccepted(one("{\"Type\": \"Pass\", \"Assign\": {\"a\": 1}, \"End\": true}"));
    }

    @Test
    void every_unknown_field_is_reported() {
      // GIVEN
      String json = one("{\"Type\": \"Pass\", \"Foo\": 1, \"Bar\": 2, \"End\": true}");
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(schema(Messages.notSupported("Foo"), "/States/S"),
          schema(Messages.notSupported("Bar"), "/States/S"));
    }
  }

  @Nested
  class query_language {

    @Test
    void a_jsonpath_field_in_a_jsonata_state_is_reported_at_the_state() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(jsonata("{\"Type\": \"Pass\", \"InputPath\": \"$.a\", \"OutputPath\": \"$.b\", \"End\": true}")))
          .containsExactly(schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "InputPath"), "/States/S"),
              schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "OutputPath"), "/States/S"));
      assertAccepted(jsonata("{\"Type\": \"Pass\", \"Output\": \"{% $states.input.a %}\", \"End\": true}"));
    }

    @Test
    void a_jsonata_field_in_a_jsonpath_state_is_reported_at_the_state() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(one("{\"Type\": \"Pass\", \"Output\": {\"v\": 1}, \"End\": true}")))
          .containsExactly(schema(Messages.wrongLanguage(QueryLanguage.JSONPATH, "Output"), "/States/S"));
      assertThat(errors(map("\"Items\": [1]"))).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONPATH, "Items"), "/States/S"));
    }

    @Test
    void a_jsonata_machine_cannot_hold_a_jsonpath_state() {
      // GIVEN a state declaring JSONPath, with a JSONata field it would refuse
      String json = jsonata("{\"Type\": \"Pass\", \"QueryLanguage\": \"JSONPath\", \"Output\": 1, \"End\": true}");
      // WHEN / THEN (observed: the downgrade is the whole answer)
      assertThat(errors(json)).containsExactly(schema(Messages.DOWNGRADED_LANGUAGE, "/States/S"));
    }

    @Test
    void a_jsonpath_machine_may_hold_a_jsonata_state() {
      // GIVEN / WHEN / THEN
      assertAccepted(one("{\"Type\": \"Pass\", \"QueryLanguage\": \"JSONata\", \"Output\": \"{% 1 %}\", \"End\": true}"));
    }

    @Test
    void a_value_outside_the_two_is_reported_at_the_field_and_read_as_jsonata() {
      // GIVEN lowercase, which AWS resolves to JSONata while reporting it (observed)
      String json = one("{\"Type\": \"Pass\", \"QueryLanguage\": \"jsonata\", \"InputPath\": \"$.a\", \"End\": true}");
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "InputPath"), "/States/S"),
          schema(Messages.oneOfValues(List.of("JSONPath", "JSONata")), "/States/S/QueryLanguage"));
    }

    @Test
    void the_top_level_value_is_checked_too() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors("{\"QueryLanguage\": 5, \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
          .containsExactly(schema(Messages.EXPECTED_STRING, "/QueryLanguage"));
      assertThat(errors("{\"QueryLanguage\": \"jsonpath\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}"))
          .containsExactly(schema(Messages.oneOfValues(List.of("JSONPath", "JSONata")), "/QueryLanguage"));
    }

    @Test
    void branches_and_item_processors_take_no_query_language() {
      // GIVEN / WHEN / THEN (observed)
      String map = one("{\"Type\": \"Map\", \"ItemProcessor\": {\"QueryLanguage\": \"JSONata\", \"StartAt\": \"P\","
          + " \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"End\": true}");
      assertThat(errors(map)).containsExactly(schema(Messages.notSupported("QueryLanguage"), "/States/S/ItemProcessor"));
      String parallel = one("{\"Type\": \"Parallel\", \"Branches\": [{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"P\","
          + " \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}], \"End\": true}");
      assertThat(errors(parallel)).containsExactly(schema(Messages.notSupported("QueryLanguage"), "/States/S/Branches[0]"));
    }

    @Test
    void a_nested_state_follows_the_machine_not_its_map() {
      // GIVEN a JSONata Map in a JSONPath machine whose processor state uses Output (observed)
      String json = one("{\"Type\": \"Map\", \"QueryLanguage\": \"JSONata\", \"ItemProcessor\": {\"StartAt\": \"P\","
          + " \"States\": {\"P\": {\"Type\": \"Pass\", \"Output\": 1, \"End\": true}}}, \"End\": true}");
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONPATH, "Output"), "/States/S/ItemProcessor/States/P"));
      assertAccepted(json.replace("\"Output\": 1", "\"QueryLanguage\": \"JSONata\", \"Output\": 1"));
    }
  }

  @Nested
  class state_names {

    @Test
    void a_name_is_unique_in_the_whole_machine() {
      // GIVEN the same name in two Parallel branches
      String json = one("{\"Type\": \"Parallel\", \"End\": true, \"Branches\": ["
          + "{\"StartAt\": \"Scan\", \"States\": {\"Scan\": {\"Type\": \"Succeed\"}}},"
          + "{\"StartAt\": \"Scan\", \"States\": {\"Scan\": {\"Type\": \"Succeed\"}}}]}");
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(error(Diagnostic.DUPLICATE_STATE_NAME, Messages.duplicateState("Scan"),
          "/States/S/Branches[1]/States/Scan"));
      assertAccepted(json.replace("{\"StartAt\": \"Scan\", \"States\": {\"Scan\": {\"Type\": \"Succeed\"}}}]",
          "{\"StartAt\": \"Scan2\", \"States\": {\"Scan2\": {\"Type\": \"Succeed\"}}}]"));
    }

    @Test
    void a_name_written_twice_in_one_states_object_is_a_duplicate() {
      // GIVEN
      String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"A\": {\"Type\": \"Succeed\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(error(Diagnostic.DUPLICATE_STATE_NAME, Messages.duplicateState("A"),
          "/States/A"));
    }

    @Test
    void a_name_reused_inside_a_map_is_a_duplicate() {
      // GIVEN
      String json = """
          {"StartAt": "M", "States": {
            "M": {"Type": "Map", "Next": "Final", "Iterator": {"StartAt": "Final",
              "States": {"Final": {"Type": "Pass", "End": true}}}},
            "Final": {"Type": "Pass", "End": true}}}
          """;
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(error(Diagnostic.DUPLICATE_STATE_NAME, Messages.duplicateState("Final"),
          "/States/Final"));
    }

    @Test
    void a_name_has_at_most_80_characters() {
      // GIVEN
      String name = "n".repeat(81);
      String json = "{\"StartAt\": \"" + name + "\", \"States\": {\"" + name + "\": {\"Type\": \"Succeed\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(error(Diagnostic.INVALID_STATE_NAME, Messages.STATE_NAME_LENGTH,
          "/States/" + name));
      assertAccepted(json.replace(name, "n".repeat(80)));
    }

    @Test
    void a_name_is_written_as_is_in_locations() {
      // GIVEN an unreachable state whose name holds a slash (observed: not escaped)
      String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}, \"a/b\": {\"Type\": \"Succeed\"}}}";
      // WHEN / THEN
      assertThat(errors(json)).containsExactly(error(Diagnostic.MISSING_TRANSITION_TARGET, Messages.unreachable("a/b"),
          "/States/a/b"));
    }
  }

  @Nested
  class variables {

    @Test
    void states_is_a_reserved_variable() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Pass\", \"Assign\": {\"states\": 1}, \"End\": true}"))).containsExactly(
          error(Diagnostic.RESERVED_VARIABLE_NAME, Messages.RESERVED_VARIABLE, "/States/S/Assign/states"));
    }

    @Test
    void a_variable_name_is_an_identifier() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Pass\", \"Assign\": {\"a-b\": 1}, \"End\": true}"))).containsExactly(
          error(Diagnostic.INVALID_VARIABLE_NAME, Messages.invalidVariable("a-b"), "/States/S/Assign/a-b"));
      assertThat(errors(jsonata("{\"Type\": \"Pass\", \"Assign\": {\"a.$\": 1}, \"End\": true}"))).containsExactly(
          error(Diagnostic.INVALID_VARIABLE_NAME, Messages.invalidVariable("a.$"), "/States/S/Assign/a.$"));
      assertAccepted(one("{\"Type\": \"Pass\", \"Assign\": {\"a_b\": 1, \"c.$\": \"$.c\", \"_d\": \"$\"}, \"End\": true}"));
    }

    @Test
    void assign_is_an_object() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Pass\", \"Assign\": [1], \"End\": true}")))
          .containsExactly(schema(Messages.expectedType("Object"), "/States/S/Assign"));
    }
  }
}
