package dev.sfntest.internal.engine;

import static dev.sfntest.internal.engine.Runs.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choice states: operators, combinators, Default and States.NoChoiceMatched, from the AWS developer guide. */
class ChoiceStateTest {

  private final Runs runs = new Runs();

  @AfterEach
  void close() {
    runs.close();
  }

  /** A Choice with one rule going to Yes, Default No; the output names the branch taken. */
  private String branch(String rule, String input) {
    Execution run = runs.run("{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[" + rule + "],'Default':'No'},"
        + "'Yes':{'Type':'Pass','Result':'yes','End':true},'No':{'Type':'Pass','Result':'no','End':true}}}", input);
    return run.output().asText();
  }

  @Nested
  class Operators {
    @ParameterizedTest(name = "{0} {1} against {2}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "NumericEquals|1|{'v':1.0}|yes",
        "NumericLessThan|2|{'v':1}|yes",
        "NumericGreaterThanEquals|2|{'v':2}|yes",
        "NumericLessThanEquals|1|{'v':1.5}|no",
        "StringEquals|'a'|{'v':'a'}|yes",
        "StringLessThan|'b'|{'v':'a'}|yes",
        "StringGreaterThan|'b'|{'v':'a'}|no",
        "StringMatches|'log-*.txt'|{'v':'log-2024.txt'}|yes",
        "StringMatches|'log-\\\\*'|{'v':'log-x'}|no",
        "BooleanEquals|true|{'v':true}|yes",
        "TimestampEquals|'2024-01-01T00:00:00Z'|{'v':'2024-01-01T00:00:00.000Z'}|yes",
        "TimestampLessThan|'2024-01-02T00:00:00Z'|{'v':'2024-01-01T23:59:59Z'}|yes",
        "IsNull|true|{'v':null}|yes",
        "IsPresent|false|{'w':1}|yes",
        "IsNumeric|true|{'v':'1'}|no",
        "IsString|true|{'v':'1'}|yes",
        "IsBoolean|false|{'v':1}|yes",
        "IsTimestamp|true|{'v':'2024-01-01T00:00:00Z'}|yes",
        "IsTimestamp|true|{'v':'yesterday'}|no"})
    void compare_the_variable_with_a_literal(String operator, String operand, String input, String expected) {
      assertThat(branch("{'Variable':'$.v','" + operator + "':" + operand + ",'Next':'Yes'}", input)).isEqualTo(expected);
    }

    @Test
    void a_type_mismatch_is_no_match_rather_than_an_error() {
      assertThat(branch("{'Variable':'$.v','NumericEquals':1,'Next':'Yes'}", "{'v':'1'}")).isEqualTo("no");
    }

    @Test
    void path_operators_compare_with_another_value_of_the_input() {
      assertThat(branch("{'Variable':'$.v','NumericLessThanPath':'$.limit','Next':'Yes'}", "{'v':3,'limit':4}"))
          .isEqualTo("yes");
    }

    @Test
    void the_variable_may_read_the_context_object() {
      assertThat(branch("{'Variable':'$$.Execution.Name','StringEquals':'run','Next':'Yes'}", "{}")).isEqualTo("yes");
    }
  }

  @Nested
  class Combinators {
    @Test
    void and_needs_every_rule() {
      String rule = "{'And':[{'Variable':'$.a','NumericGreaterThan':0},{'Variable':'$.b','StringEquals':'x'}],'Next':'Yes'}";
      assertThat(branch(rule, "{'a':1,'b':'x'}")).isEqualTo("yes");
      assertThat(branch(rule, "{'a':1,'b':'y'}")).isEqualTo("no");
    }

    @Test
    void or_needs_one_rule() {
      String rule = "{'Or':[{'Variable':'$.a','NumericGreaterThan':0},{'Variable':'$.b','StringEquals':'x'}],'Next':'Yes'}";
      assertThat(branch(rule, "{'a':0,'b':'x'}")).isEqualTo("yes");
      assertThat(branch(rule, "{'a':0,'b':'y'}")).isEqualTo("no");
    }

    @Test
    void not_inverts_a_rule() {
      assertThat(branch("{'Not':{'Variable':'$.a','IsPresent':true},'Next':'Yes'}", "{}")).isEqualTo("yes");
    }
  }

  @Nested
  class Transitions {
    @Test
    void the_first_matching_rule_wins_and_the_input_passes_through() {
      Execution run = runs.run("{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':["
          + "{'Variable':'$.n','NumericGreaterThan':1,'Next':'First'},"
          + "{'Variable':'$.n','NumericGreaterThan':0,'Next':'Second'}]},"
          + "'First':{'Type':'Succeed'},'Second':{'Type':'Succeed'}}}", "{'n':5}");
      assertThat(Runs.types(run)).containsExactly("ExecutionStarted", "ChoiceStateEntered", "ChoiceStateExited",
          "SucceedStateEntered", "SucceedStateExited", "ExecutionSucceeded");
      assertThat(run.history().get(4).stateExitedEventDetails().name()).isEqualTo("First");
      assertThat(run.output()).isEqualTo(json("{'n':5}"));
    }

    @Test
    void no_matching_rule_and_no_default_fails_with_no_choice_matched() {
      Execution run = runs.run("{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':["
          + "{'Variable':'$.n','NumericGreaterThan':1,'Next':'Done'}]},'Done':{'Type':'Succeed'}}}", "{'n':0}");
      assertThat(run.describe().statusAsString()).isEqualTo("FAILED");
      assertThat(run.describe().error()).isEqualTo("States.NoChoiceMatched");
    }

    @Test
    void input_and_output_paths_apply_around_the_choice() {
      Execution run = runs.run("{'StartAt':'C','States':{'C':{'Type':'Choice','InputPath':'$.order',"
          + "'OutputPath':'$.id','Choices':[{'Variable':'$.total','NumericGreaterThan':100,'Next':'Big'}],"
          + "'Default':'Big'},'Big':{'Type':'Succeed'}}}", "{'order':{'id':'o-1','total':250}}");
      assertThat(run.output()).isEqualTo(json("'o-1'"));
    }
  }
}
