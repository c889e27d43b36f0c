package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Choice states: rules, operators, operands, Condition. */
class ChoiceRulesTest {

  private static final List<String> OPERATORS =
      Arrays.stream(ComparisonOperator.values()).map(Enum::name).collect(Collectors.toList());

  /** A Choice {@code C} with these rules and a Default, in a machine with the target {@code Z}. */
  private static String choice(String rules) {
    return "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": " + rules
        + ", \"Default\": \"Z\"}, \"Z\": {\"Type\": \"Succeed\"}}}";
  }

  private static String jsonataChoice(String rules) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\","
        + " \"Choices\": " + rules + ", \"Default\": \"Z\"}, \"Z\": {\"Type\": \"Succeed\"}}}";
  }

  @Nested
  class choices {

    @Test
    void choices_are_a_non_empty_array() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(choice("[]"))).containsExactly(schema(Messages.EMPTY, "/States/C/Choices"));
      assertThat(errors("{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Default\": \"Z\"},"
          + " \"Z\": {\"Type\": \"Succeed\"}}}")).containsExactly(schema(Messages.required(List.of("Choices")), "/States/C"));
    }

    @Test
    void a_top_level_rule_has_next() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"IsPresent\": true}]"))).containsExactly(
          schema(Messages.required(List.of("Next")), "/States/C/Choices[0]"));
      assertAccepted(choice("[{\"Variable\": \"$.x\", \"IsPresent\": true, \"Next\": \"Z\"}]"));
    }

    @Test
    void a_nested_rule_has_no_next() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(choice("[{\"Not\": {\"Variable\": \"$.x\", \"IsPresent\": true, \"Next\": \"Z\"}, \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.notSupported("Next"), "/States/C/Choices[0]/Not"));
      assertThat(errors(choice("[{\"And\": [{\"Variable\": \"$.x\", \"IsPresent\": true, \"Next\": \"Z\"}], \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.notSupported("Next"), "/States/C/Choices[0]/And[0]"));
    }
  }

  @Nested
  class rules {

    @Test
    void a_rule_has_exactly_one_of_and_or_not_variable() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(choice("[{\"Next\": \"Z\"}]"))).containsExactly(
          schema(Messages.CHOICE_RULE_SELECTOR, "/States/C/Choices[0]"));
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"IsPresent\": true, \"And\": [], \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.CHOICE_RULE_SELECTOR, "/States/C/Choices[0]"));
    }

    @Test
    void a_variable_has_exactly_one_operator() {
      // GIVEN / WHEN / THEN (observed message shape)
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"IsPresent\": true, \"IsNull\": false, \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.onlyOneOf(OPERATORS), "/States/C/Choices[0]"));
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.onlyOneOf(OPERATORS), "/States/C/Choices[0]"));
    }

    @Test
    void and_and_or_are_non_empty_arrays() {
      // GIVEN / WHEN / THEN
      assertThat(errors(choice("[{\"And\": [], \"Next\": \"Z\"}]"))).containsExactly(
          schema(Messages.EMPTY, "/States/C/Choices[0]/And"));
      assertThat(errors(choice("[{\"Or\": {}, \"Next\": \"Z\"}]"))).containsExactly(
          schema(Messages.expectedType("Array"), "/States/C/Choices[0]/Or"));
    }

    @Test
    void an_unknown_operator_is_not_supported() {
      // GIVEN / WHEN / THEN
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"StringContains\": \"a\", \"IsPresent\": true, \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.notSupported("StringContains"), "/States/C/Choices[0]"));
    }
  }

  @Nested
  class operands {

    @Test
    void the_variable_is_a_path_starting_with_dollar() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(choice("[{\"Variable\": \"x\", \"IsPresent\": true, \"Next\": \"Z\"}]"))).containsExactly(
          schema(Messages.REFERENCE_PATH_WITHOUT_DOLLAR, "/States/C/Choices[0]/Variable"));
      assertAccepted(choice("[{\"Variable\": \"$var.x\", \"IsPresent\": true, \"Next\": \"Z\"}]"));
    }

    @Test
    void a_path_operand_is_a_path() {
      // GIVEN / WHEN / THEN
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"NumericEqualsPath\": \"y\", \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.REFERENCE_PATH_WITHOUT_DOLLAR, "/States/C/Choices[0]/NumericEqualsPath"));
    }

    @Test
    void a_literal_operand_has_its_operators_type() {
      // GIVEN / WHEN / THEN
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"NumericEquals\": \"1\", \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.expectedType("Number"), "/States/C/Choices[0]/NumericEquals"));
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"StringEquals\": 1, \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.EXPECTED_STRING, "/States/C/Choices[0]/StringEquals"));
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"IsNull\": \"true\", \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.expectedType("Boolean"), "/States/C/Choices[0]/IsNull"));
      assertThat(errors(choice("[{\"Variable\": \"$.x\", \"TimestampEquals\": \"yesterday\", \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.NOT_A_TIMESTAMP, "/States/C/Choices[0]/TimestampEquals"));
      assertAccepted(choice("[{\"Variable\": \"$.x\", \"TimestampEquals\": \"2012-10-09T19:00:55Z\", \"Next\": \"Z\"}]"));
    }
  }

  @Nested
  class jsonata_rules {

    @Test
    void a_jsonata_rule_has_a_condition_and_next() {
      // GIVEN / WHEN / THEN
      assertThat(errors(jsonataChoice("[{\"Output\": 1}]"))).containsExactly(
          schema(Messages.required(List.of("Condition", "Next")), "/States/C/Choices[0]"));
      assertAccepted(jsonataChoice("[{\"Condition\": \"{% $states.input.x > 1 %}\", \"Next\": \"Z\"}]"));
    }

    @Test
    void the_condition_is_a_boolean_or_an_expression() {
      // GIVEN / WHEN / THEN
      assertThat(errors(jsonataChoice("[{\"Condition\": \"yes\", \"Next\": \"Z\"}]"))).containsExactly(
          schema(Messages.expectedType("Boolean"), "/States/C/Choices[0]/Condition"));
      assertAccepted(jsonataChoice("[{\"Condition\": false, \"Next\": \"Z\"}]"));
    }

    @Test
    void rules_of_the_other_language_are_reported_at_the_rule() {
      // GIVEN / WHEN / THEN
      assertThat(errors(choice("[{\"Condition\": true, \"Next\": \"Z\"}]"))).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONPATH, "Condition"), "/States/C/Choices[0]"),
          schema(Messages.CHOICE_RULE_SELECTOR, "/States/C/Choices[0]"));
      assertThat(errors(jsonataChoice("[{\"Variable\": \"$.x\", \"IsPresent\": true, \"Condition\": true, \"Next\": \"Z\"}]")))
          .containsExactly(schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "Variable"), "/States/C/Choices[0]"),
              schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "IsPresent"), "/States/C/Choices[0]"));
    }
  }
}
