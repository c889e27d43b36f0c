package dev.sfntest.internal.expr;

import static dev.sfntest.internal.expr.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.DefinitionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.sfntest.internal.asl.Diagnostic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSONata templates: which strings are expressions, what {@code $states} and variables hold, how
 * results come out, and AWS's causes. The expressions are those of the AWS-recorded conformance
 * corpus (field paths and values as recorded there) and of the AWS developer guide.
 */
class JsonataTemplateTest {

  /** A field whose whole value is one expression. */
  private static JsonNode expression(String text) {
    return Json.NODES.textNode("{% " + text + " %}");
  }

  /** A template written as real JSON (JSONata strings use single quotes inside it). */
  private static JsonNode template(String jsonText) {
    return Json.parseUnchecked(jsonText);
  }

  private static JsonNode evaluate(JsonNode template, String field, EvalContext ctx) {
    return JsonataTemplate.compile(template, field).evaluate(ctx);
  }

  private static String evaluateToText(String expression, EvalContext ctx) {
    return Json.write(evaluate(expression(expression), "Output", ctx));
  }

  private static JsonataEvaluationException failure(JsonNode template, String field, EvalContext ctx) {
    JsonataTemplate compiled = JsonataTemplate.compile(template, field);
    return catchThrowableOfType(JsonataEvaluationException.class, () -> compiled.evaluate(ctx));
  }

  @Nested
  class What_is_an_expression {
    @ParameterizedTest
    @ValueSource(strings = {"{% $x %}", "{%$x%}", "{%%}", "{%\n$x\n%}"})
    void a_string_between_the_delimiters_is_an_expression(String text) {
      // GIVEN a string that starts with {% and ends with %}
      // WHEN it is classified
      boolean expression = JsonataTemplate.isExpression(text);
      // THEN it is an expression
      assertThat(expression).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {" {% states.input %} ", "{% $x %} ", " {% $x %}", "{%}", "$states.input", "{ % $x % }"})
    void anything_outside_the_delimiters_makes_it_a_literal(String text) {
      // GIVEN text with characters outside the delimiters (corpus: constant_not_jsonata)
      // WHEN it is classified
      boolean expression = JsonataTemplate.isExpression(text);
      // THEN it is a literal string
      assertThat(expression).isFalse();
    }
  }

  @Nested
  class Templates {
    @Test
    void literals_at_any_depth_are_copied_as_written() {
      // GIVEN the corpus's BASE_LITERALS Output: paths, intrinsics and near-expressions are text
      JsonNode literals = template("""
          {"constant_null": null, "constant_int": 0, "constant_float": 0.1, "constant_bool": true,
           "constant_str": "constant string", "constant_not_jsonata": " {% states.input %} ",
           "constant_varpath_states": "$states.input", "constant_jp_input.$": "$",
           "constant_if": "States.Format('Format:{}', 101)",
           "constant_lst": [null, 0, 0.1, true, [], {"constant": 0}, " {% states.input %} "],
           "constant_obj": {"in_obj_constant_lst": [null, 0, 0.1, true, [], {"constant": 0}]}}""");
      // WHEN it is evaluated
      JsonataTemplate compiled = JsonataTemplate.compile(literals, "Output");
      JsonNode output = compiled.evaluate(TestContext.empty().input("{'input_value': 'x'}"));
      // THEN it is the very same tree, unchanged
      assertThat(compiled.isConstant()).isTrue();
      assertThat(output).isSameAs(literals);
      assertThat(Json.write(output)).isEqualTo(Json.write(literals));
    }

    @Test
    void expressions_nested_in_arrays_and_objects_are_evaluated_in_place() {
      // GIVEN the corpus's LIST_RICH Output
      JsonNode list = template("""
          [null, 0, 0.1, true, "string", [], "$nosuchvar", "$.no.such.path", "{% $states.input %}",
           {"key": "{% true %}"}]""");
      // WHEN it is evaluated
      JsonNode output = evaluate(list, "Output", TestContext.empty().input("{'input_value': 'stringliteral'}"));
      // THEN literals stay and expressions are replaced by their values, as AWS recorded
      assertThat(Json.write(output)).isEqualTo(
          "[null,0,0.1,true,\"string\",[],\"$nosuchvar\",\"$.no.such.path\",{\"input_value\":\"stringliteral\"},{\"key\":true}]");
    }

    @Test
    void object_members_keep_their_order() {
      // GIVEN the corpus's BASE_EXPR Output
      JsonNode output = template("""
          {"ja_states_context": "{% $states.context %}", "ja_states_input": "{% $states.input %}",
           "ja_var_access": "{% $var_input_value %}",
           "ja_expr": "{% $sum($states.input.input_values) + $var_constant_1 %}"}""");
      TestContext ctx = TestContext.empty()
          .input("{'input_value': 'string literal', 'input_values': [1, 2, 3]}")
          .context("{'Execution': {'Id': 'arn'}, 'State': {'Name': 'State0'}}")
          .variable("var_input_value", "'string literal'")
          .variable("var_constant_1", "1");
      // WHEN it is evaluated
      JsonNode value = evaluate(output, "Output", ctx);
      // THEN members come out in the template's order with AWS's values
      assertThat(Json.write(value)).isEqualTo("{\"ja_states_context\":{\"Execution\":{\"Id\":\"arn\"},"
          + "\"State\":{\"Name\":\"State0\"}},\"ja_states_input\":{\"input_value\":\"string literal\","
          + "\"input_values\":[1,2,3]},\"ja_var_access\":\"string literal\",\"ja_expr\":7}");
    }

    @Test
    void a_whole_field_expression_is_quoted_by_its_text() {
      // GIVEN a field that is one expression with spaces inside the delimiters
      JsonataTemplate compiled = JsonataTemplate.compile(Json.NODES.textNode("{%   $states.input.items  %}"), "Items");
      // WHEN its text is asked for
      String text = compiled.expressionText();
      // THEN it is trimmed, as AWS quotes it
      assertThat(text).isEqualTo("$states.input.items");
      assertThat(compiled.field()).isEqualTo("Items");
    }

    @Test
    void an_object_template_has_no_single_expression_text() {
      // GIVEN an object template
      JsonataTemplate compiled = JsonataTemplate.compile(template("{\"a\": \"{% 1 %}\"}"), "Output");
      // WHEN its text is asked for
      // THEN there is none
      assertThat(compiled.expressionText()).isNull();
      assertThat(compiled.isConstant()).isFalse();
    }
  }

  @Nested
  class States_variable {
    @Test
    void input_is_the_states_input() {
      // GIVEN input {"input_value": "stringliteral"} (corpus: JSONATA_EXPR)
      TestContext ctx = TestContext.empty().input("{'input_value': 'stringliteral'}");
      // WHEN $states.input is evaluated
      JsonNode value = evaluate(expression("$states.input"), "Output", ctx);
      // THEN it is the input
      assertThat(value).isEqualTo(json("{'input_value': 'stringliteral'}"));
    }

    @Test
    void an_unchanged_input_comes_back_without_a_copy() {
      // GIVEN a large input
      JsonNode input = json("{'items': [{'a': 1, 'b': [null, true, 'x']}, {'a': 2}], 'n': null}");
      // WHEN the expression returns it, or a part of it
      JsonNode whole = evaluate(expression("$states.input"), "Output", TestContext.empty().input(input));
      JsonNode part = evaluate(expression("$states.input.items"), "Output", TestContext.empty().input(input));
      // THEN the very nodes are returned
      assertThat(whole).isSameAs(input);
      assertThat(part).isSameAs(input.get("items"));
    }

    @Test
    void context_is_the_context_object() {
      // GIVEN a context object
      TestContext ctx = TestContext.empty().context("{'Execution': {'Name': 'e1'}, 'State': {'Name': 'S'}}");
      // WHEN $states.context.Execution.Name is evaluated
      JsonNode value = evaluate(expression("$states.context.Execution.Name"), "Output", ctx);
      // THEN it reads the context object
      assertThat(value).isEqualTo(json("'e1'"));
    }

    @Test
    void result_is_the_states_result() {
      // GIVEN a Lambda result (corpus: StateJsonata Output/result)
      TestContext ctx = TestContext.empty().result("{'Payload': {'theAnswer': 42}, 'StatusCode': 200}");
      // WHEN $states.result.Payload is evaluated
      JsonNode value = evaluate(template("{\"result\": \"{% $states.result.Payload %}\"}"), "Output", ctx);
      // THEN it reads the result
      assertThat(value).isEqualTo(json("{'result': {'theAnswer': 42}}"));
    }

    @Test
    void error_output_is_the_catchers_error_output() {
      // GIVEN a caught error (corpus: Catch Output "{% $states.errorOutput %}")
      TestContext ctx = TestContext.empty().input("{'inputData': 'dummy'}")
          .errorOutput("{'Error': 'Exception', 'Cause': 'boom'}");
      // WHEN the catcher's Output is evaluated
      JsonNode value = evaluate(template("""
          {"stateInput": "{% $states.input %}", "stateError": "{% $states.errorOutput %}"}"""), "Output", ctx);
      // THEN it holds both
      assertThat(value).isEqualTo(json("{'stateInput': {'inputData': 'dummy'}, 'stateError': {'Error': 'Exception', 'Cause': 'boom'}}"));
    }

    @Test
    void a_member_the_state_does_not_have_is_undefined() {
      // GIVEN a context without a result (a Pass state)
      TestContext ctx = TestContext.empty().input("{}");
      // WHEN $states.result is read
      JsonataEvaluationException e = failure(expression("$states.result"), "Output", ctx);
      // THEN it returned nothing
      assertThat(e.causeText()).isEqualTo(
          "The JSONata expression '$states.result' specified for the field 'Output' returned nothing (undefined).");
    }

    @Test
    void states_as_a_whole_has_the_members_the_state_has() {
      // GIVEN a context with a result but no error output
      TestContext ctx = TestContext.empty().input("{}").result("1");
      // WHEN $keys($states) is evaluated
      JsonNode keys = evaluate(expression("$keys($states)"), "Output", ctx);
      // THEN input, result and context are there, in the AWS guide's order
      assertThat(keys).isEqualTo(json("['input', 'result', 'context']"));
    }

    @Test
    void a_json_null_result_is_a_result() {
      // GIVEN a task that returned null
      TestContext ctx = TestContext.empty().result("null");
      // WHEN $states.result is read
      JsonNode value = evaluate(expression("$states.result"), "Output", ctx);
      // THEN it is null, not undefined
      assertThat(value.isNull()).isTrue();
    }
  }

  @Nested
  class Workflow_variables {
    @Test
    void a_variable_is_read_by_name() {
      // GIVEN variable var_input_value (corpus: BASE_EXPR ja_var_access)
      TestContext ctx = TestContext.empty().variable("var_input_value", "'string literal'");
      // WHEN $var_input_value is evaluated
      JsonNode value = evaluate(expression("$var_input_value"), "Output", ctx);
      // THEN it is the variable's value
      assertThat(value).isEqualTo(json("'string literal'"));
    }

    @Test
    void a_variable_assigned_by_a_jsonpath_state_is_read_the_same_way() {
      // GIVEN theAnswer = 42 from a JSONPath state (corpus: JSONPATH_ASSIGN_JSONATA_REF)
      TestContext ctx = TestContext.empty().variable("theAnswer", "42");
      // WHEN the JSONata state's Assign reads it
      JsonNode assign = evaluate(template("{\"theAnswer\": 18, \"oldAnswer\": \"{% $theAnswer %}\"}"), "Assign", ctx);
      // THEN it sees the value from before the state
      assertThat(assign).isEqualTo(json("{'theAnswer': 18, 'oldAnswer': 42}"));
    }

    @Test
    void an_unset_variable_is_undefined_not_null() {
      // GIVEN no variable status (corpus: numbered mock responses, first invocation)
      JsonNode payload = template("{\"status\": \"{% $exists($status) ? 'completed' : 'running' %}\"}");
      // WHEN the Arguments are evaluated before and after status is assigned
      JsonNode first = evaluate(payload, "Arguments/Payload", TestContext.empty());
      JsonNode second = evaluate(payload, "Arguments/Payload", TestContext.empty().variable("status", "'running'"));
      // THEN $exists tells the two apart
      assertThat(first).isEqualTo(json("{'status': 'running'}"));
      assertThat(second).isEqualTo(json("{'status': 'completed'}"));
    }

    @Test
    void a_null_variable_is_null() {
      // GIVEN ItemsVar = null (corpus: items_eval_jsonata_variable_sampling_fail_null)
      TestContext ctx = TestContext.empty().variable("ItemsVar", "null");
      // WHEN $ItemsVar is evaluated
      JsonNode value = evaluate(expression("$ItemsVar"), "Items", ctx);
      // THEN it is JSON null
      assertThat(value.isNull()).isTrue();
    }

    @Test
    void only_the_variables_an_expression_names_are_read() {
      // GIVEN two variables
      TestContext ctx = TestContext.empty().variable("used", "1").variable("unused", "2");
      // WHEN an expression naming one is evaluated
      evaluate(expression("$used + 1"), "Output", ctx);
      // THEN the other is never looked up
      assertThat(ctx.reads("used")).isEqualTo(1);
      assertThat(ctx.reads("unused")).isZero();
    }

    @Test
    void a_name_inside_a_string_literal_is_not_a_reference_but_binding_it_would_be_harmless() {
      // GIVEN a string that contains $name
      TestContext ctx = TestContext.empty().variable("name", "'x'");
      // WHEN it is evaluated
      JsonNode value = evaluate(expression("'$name'"), "Output", ctx);
      // THEN the string is the string
      assertThat(value).isEqualTo(json("'$name'"));
      assertThat(ctx.reads("name")).isZero();
    }

    @Test
    void an_escaped_quote_compares_equal() {
      // GIVEN var = "\"" (corpus: ESCAPE_SEQUENCES_JSONATA_COMPARISON_ASSIGN)
      TestContext ctx = TestContext.empty().variable("var", Json.NODES.textNode("\""));
      // WHEN $var = '"' is evaluated
      JsonNode value = evaluate(expression("$var = '\"'"), "Output", ctx);
      // THEN it is true
      assertThat(value).isEqualTo(json("true"));
    }
  }

  @Nested
  class Results {
    @Test
    void integral_numbers_print_as_integers() {
      // GIVEN the corpus's BASE_DIRECT_EXPR
      TestContext ctx = TestContext.empty().input("{'input_values': [1, 2, 3]}").variable("var_constant_1", "1");
      // WHEN the sum is evaluated
      String text = evaluateToText("$sum($states.input.input_values) + $var_constant_1", ctx);
      // THEN AWS prints 7
      assertThat(text).isEqualTo("7");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "$sum([1,2,3])           | 6",
        "6/2                     | 3",
        "7/2                     | 3.5",
        "0.1 + 0.2               | 0.30000000000000004",
        "1.0                     | 1",
        "$number('2')            | 2",
        "$number(\"2\")          | 2",
        "-0                      | 0",
        "$power(2, 62)           | 4611686018427387904",
        "100000000000000000000   | 100000000000000000000",
        "$count([1,2])           | 2",
        "'a' & 1                 | \"a1\"",
    })
    void numbers_print_as_json_stringify_prints_them(String expression, String expected) {
      // GIVEN an arithmetic expression
      // WHEN it is evaluated
      String text = evaluateToText(expression, TestContext.empty());
      // THEN the number is spelled as AWS spells it
      assertThat(text).isEqualTo(expected);
    }

    @Test
    void input_numbers_keep_their_precision_through_arithmetic() {
      // GIVEN large integers and decimals in the input
      TestContext ctx = TestContext.empty().input("{'big': 9007199254740993, 'price': 19.99, 'qty': 3}");
      // WHEN they are used
      JsonNode value = evaluate(template("""
          {"big": "{% $states.input.big %}", "total": "{% $states.input.price * $states.input.qty %}",
           "same": "{% $states.input.price = 19.99 %}"}"""), "Output", ctx);
      // THEN a long stays exact, and decimals compute as JSONata's doubles do
      assertThat(Json.write(value)).isEqualTo("{\"big\":9007199254740993,\"total\":59.97,\"same\":true}");
    }

    @Test
    void null_is_a_value_and_undefined_is_not() {
      // GIVEN null and a missing member (corpus: Items '{% null %}', $doesNotExist)
      TestContext ctx = TestContext.empty().input("{'items': null}");
      // WHEN each is evaluated
      JsonNode literal = evaluate(expression("null"), "Items", ctx);
      JsonNode member = evaluate(expression("$states.input.items"), "Output", ctx);
      JsonataEvaluationException missing = failure(expression("$states.input.nothing"), "Output", ctx);
      // THEN null is JSON null and the missing member is an error
      assertThat(literal.isNull()).isTrue();
      assertThat(member.isNull()).isTrue();
      assertThat(missing.causeText()).endsWith("returned nothing (undefined).");
    }

    @Test
    void nulls_inside_results_stay_and_undefined_members_are_dropped() {
      // GIVEN an object constructor with a null and an undefined member
      TestContext ctx = TestContext.empty().input("{'a': null, 'list': [1, null]}");
      // WHEN it is evaluated
      String text = evaluateToText("{'a': $states.input.a, 'b': $nothing, 'list': $states.input.list}", ctx);
      // THEN the null stays and the undefined member is gone, as in JSONata
      assertThat(text).isEqualTo("{\"a\":null,\"list\":[1,null]}");
    }

    @Test
    void a_single_item_array_from_the_input_stays_an_array() {
      // GIVEN an array of one
      TestContext ctx = TestContext.empty().result("{'Items': [{'id': 1}]}");
      // WHEN it is read
      String text = evaluateToText("$states.result.Items", ctx);
      // THEN it is not reduced to its item
      assertThat(text).isEqualTo("[{\"id\":1}]");
    }

    @Test
    void merge_keeps_member_order() {
      // GIVEN the corpus's merge_with_dynamic_args
      TestContext ctx = TestContext.empty().input("{'part1': {'hello': 'world'}, 'part2': {'foo': 'bar'}}");
      // WHEN $merge is evaluated
      String text = evaluateToText("$merge([$states.input.part1, $states.input.part2])", ctx);
      // THEN members are in order
      assertThat(text).isEqualTo("{\"hello\":\"world\",\"foo\":\"bar\"}");
    }

    @Test
    void a_changed_input_is_written_afresh() {
      // GIVEN an input array
      JsonNode input = json("{'vals': [3, 1, 2]}");
      // WHEN functions derive new values from it
      String sorted = evaluateToText("$sort($states.input.vals)", TestContext.empty().input(input));
      String appended = evaluateToText("$append($states.input.vals, 4)", TestContext.empty().input(input));
      String transformed = evaluateToText("$states.input ~> |$|{'z': 1}|", TestContext.empty().input(input));
      // THEN the results are new and the input is untouched
      assertThat(sorted).isEqualTo("[1,2,3]");
      assertThat(appended).isEqualTo("[3,1,2,4]");
      assertThat(transformed).isEqualTo("{\"vals\":[3,1,2],\"z\":1}");
      assertThat(Json.write(input)).isEqualTo("{\"vals\":[3,1,2]}");
    }
  }

  @Nested
  class Aws_causes {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Arguments | {\"FunctionName\": \"{% $doesNotExist %}\"} | Arguments/FunctionName",
        "Arguments | \"{% $doesNotExist %}\"                       | Arguments",
        "Assign    | {\"result\": \"{% $doesNotExist %}\"}       | Assign/result",
        "Output    | {\"result\": \"{% $doesNotExist %}\"}       | Output/result",
        "Output    | \"{% $doesNotExist %}\"                       | Output",
    })
    void an_expression_that_returns_nothing_fails_naming_its_field(String field, String template, String path) {
      // GIVEN $doesNotExist at the corpus's field paths
      // WHEN the field is evaluated
      JsonataEvaluationException e = failure(template(template), field, TestContext.empty());
      // THEN the cause and location are AWS's
      assertThat(e.error()).isEqualTo("States.QueryEvaluationError");
      assertThat(e.causeText()).isEqualTo("The JSONata expression '$doesNotExist' specified for the field '"
          + path + "' returned nothing (undefined).");
      assertThat(e.location()).isEqualTo(path);
    }

    @Test
    void calling_an_unknown_function_is_t1006() {
      // GIVEN the corpus's math_random_seeded
      JsonNode output = template("{\"FunctionResult\": \"{% $randomSeeded($states.input.FunctionInput.fst) %}\"}");
      // WHEN it is evaluated
      JsonataEvaluationException e = failure(output, "Output", TestContext.empty().input("{'FunctionInput': 'fst'}"));
      // THEN the cause carries the JSONata code and message
      assertThat(e.causeText()).isEqualTo("The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)'"
          + " specified for the field 'Output/FunctionResult' threw an error during evaluation."
          + " T1006: Attempted to invoke a non-function");
      assertThat(e.location()).isEqualTo("Output/FunctionResult");
    }

    @Test
    void a_function_result_is_an_unsupported_result_type() {
      // GIVEN the corpus's items_eval_jsonata_fail_function
      // WHEN the Items expression is evaluated
      JsonataEvaluationException e = failure(expression("$fn := function($x){$x}"), "Items", TestContext.empty());
      // THEN AWS's cause
      assertThat(e.causeText()).isEqualTo("The JSONata expression '$fn := function($x){$x}' specified for the field"
          + " 'Items' returned an unsupported result type.");
      assertThat(e.location()).isEqualTo("Items");
    }

    @Test
    void a_function_nested_in_a_result_is_unsupported_too() {
      // GIVEN an object holding a function
      // WHEN it is evaluated
      JsonataEvaluationException e = failure(expression("{'f': function($x){$x}}"), "Output", TestContext.empty());
      // THEN it cannot be represented either
      assertThat(e.causeText()).endsWith("returned an unsupported result type.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'string'       | \"string\"      | string",
        "1              | 1               | number",
        "{'foo': 'bar'} | {\"foo\":\"bar\"} | object",
        "true           | true            | boolean",
        "null           | null            | null",
    })
    void an_items_value_of_the_wrong_type_has_awss_cause(String expression, String printed, String type) {
      // GIVEN the corpus's items_eval_jsonata_fail_* expressions
      JsonNode value = evaluate(expression(expression), "Items", TestContext.empty());
      // WHEN the engine finds the value is not an array
      JsonataEvaluationException e = JsonataEvaluationException.unexpectedResultType(expression, "Items", "array", value);
      // THEN the cause is AWS's
      assertThat(Json.write(value)).isEqualTo(printed);
      assertThat(e.causeText()).isEqualTo("The JSONata expression '" + expression + "' specified for the field"
          + " 'Items' returned an unexpected result type. Expected 'array', but was '" + type
          + "' for value: " + printed);
      assertThat(e.location()).isEqualTo("Items");
    }

    @Test
    void a_signature_mismatch_names_the_function_as_jsonata_does() {
      // GIVEN a wrong argument type
      // WHEN it is evaluated
      JsonataEvaluationException e = failure(expression("$abs('x')"), "Output", TestContext.empty());
      // THEN the wording is jsonata-js's, not the Java port's
      assertThat(e.causeText()).endsWith(
          "threw an error during evaluation. T0410: Argument 1 of function \"abs\" does not match function signature");
    }

    @Test
    void a_typed_array_mismatch_names_the_function_and_the_type() {
      // GIVEN $sum of strings
      // WHEN it is evaluated
      JsonataEvaluationException e = failure(expression("$sum(['a'])"), "Output", TestContext.empty());
      // THEN T0412 reads as on AWS
      assertThat(e.causeText()).endsWith(
          "threw an error during evaluation. T0412: Argument 1 of function \"sum\" must be an array of \"numbers\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'a' + 1           | T2001: The left side of the \"+\" operator must evaluate to a number",
        "1 + 'a'           | T2002: The right side of the \"+\" operator must evaluate to a number",
        "sum(1)            | T1005: Attempted to invoke a non-function. Did you mean $sum?",
        "{1: 2}            | T1003: Key in object structure must evaluate to a string; got: 1",
        "$number('abc')    | D3030: Unable to cast value to a number: \"abc\"",
        "$error('boom')    | D3137: boom",
        "1 < 'a'           | T2009: The values 1 and \"a\" either side of operator \"<\" must be of the same data type",
        "$sqrt(-1)         | D3060: The sqrt function cannot be applied to a negative number: -1",
        "-'a'              | D1002: Cannot negate a non-numeric value: \"a\"",
    })
    void jsonata_errors_read_as_in_jsonata(String expression, String tail) {
      // GIVEN an expression that throws
      // WHEN it is evaluated
      JsonataEvaluationException e = failure(expression(expression), "Output", TestContext.empty());
      // THEN the cause ends with the JSONata code and message
      assertThat(e.causeText()).isEqualTo("The JSONata expression '" + expression
          + "' specified for the field 'Output' threw an error during evaluation. " + tail);
    }

    @Test
    void eval_is_not_available() {
      // GIVEN $eval, which Step Functions removes
      // WHEN it is called
      JsonataEvaluationException e = failure(expression("$eval('1+1')"), "Output", TestContext.empty());
      // THEN it is not a function (T1006), as AWS answers
      assertThat(e.causeText()).endsWith("threw an error during evaluation. T1006: Attempted to invoke a non-function");
    }

    @Test
    void the_cause_never_has_the_engines_prefix() {
      // GIVEN any failure
      JsonataEvaluationException e = failure(expression("$doesNotExist"), "Output", TestContext.empty());
      // WHEN its cause is read
      // THEN the engine's "An error occurred while executing the state" is not part of it
      assertThat(e.causeText()).startsWith("The JSONata expression");
    }
  }

  @Nested
  class Plain_paths {
    @Test
    void a_path_through_an_array_maps_over_it_as_jsonata_does() {
      // GIVEN items that are an array of objects
      TestContext ctx = TestContext.empty().input("{'items': [{'name': 'a'}, {'name': 'b'}, {'x': 1}]}");
      // WHEN a plain path steps through the array
      String names = evaluateToText("$states.input.items.name", ctx);
      // THEN the names are collected
      assertThat(names).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void a_path_into_a_scalar_or_null_is_undefined() {
      // GIVEN a string and a null
      TestContext ctx = TestContext.empty().input("{'s': 'text', 'n': null}").variable("v", "null");
      // WHEN paths step into them
      // THEN nothing is found
      assertThat(failure(expression("$states.input.s.x"), "Output", ctx).causeText()).endsWith("(undefined).");
      assertThat(failure(expression("$states.input.n.x"), "Output", ctx).causeText()).endsWith("(undefined).");
      assertThat(failure(expression("$v.x"), "Output", ctx).causeText()).endsWith("(undefined).");
    }

    @Test
    void a_function_name_without_a_variable_is_the_function() {
      // GIVEN no variable named sum
      // WHEN $sum is read as a value
      JsonataEvaluationException e = failure(expression("$sum"), "Output", TestContext.empty());
      // THEN it is JSONata's function, which JSON cannot hold
      assertThat(e.causeText()).endsWith("returned an unsupported result type.");
    }

    @Test
    void an_unchanged_input_returned_by_a_general_expression_is_not_copied_either() {
      // GIVEN an input and an expression the fast path does not take
      JsonNode input = json("{'a': [1, {'b': null}]}");
      // WHEN it returns the input through a block
      JsonNode value = evaluate(expression("($x := $states.input; $x)"), "Output", TestContext.empty().input(input));
      // THEN the very node comes back
      assertThat(value).isSameAs(input);
    }

    @Test
    void a_variable_member_is_read_in_place() {
      // GIVEN an object variable
      JsonNode order = json("{'id': 42, 'lines': [1, 2]}");
      TestContext ctx = TestContext.empty().variable("order", order);
      // WHEN a member is read
      JsonNode lines = evaluate(expression("$order.lines"), "Output", ctx);
      // THEN it is the member node itself
      assertThat(lines).isSameAs(order.get("lines"));
    }
  }

  @Nested
  class Sharing {
    @Test
    void evaluating_on_the_compiling_thread_many_times_does_not_pile_up_state() {
      // GIVEN a template compiled on this thread, using a Step Functions function
      JsonataTemplate compiled = JsonataTemplate.compile(expression("$partition($states.input.a, 1)"), "Output");
      TestContext ctx = TestContext.empty().input("{'a': [1, 2]}");
      // WHEN it is evaluated many times on the same thread
      JsonNode last = null;
      for (int i = 0; i < 20_000; i++) {
        last = compiled.evaluate(ctx);
      }
      // THEN the last evaluation is as good as the first
      assertThat(Json.write(last)).isEqualTo("[[1],[2]]");
    }

    @Test
    void one_compiled_template_serves_many_threads() throws Exception {
      // GIVEN one compiled template, as a definition shares it across executions
      JsonataTemplate compiled = JsonataTemplate.compile(template("""
          {"n": "{% $states.input.n %}", "double": "{% $states.input.n * 2 %}", "v": "{% $v %}",
           "id": "{% $uuid() %}"}"""), "Output");
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        // WHEN 8 threads evaluate it with their own inputs
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          results.add(pool.submit(() -> {
            for (int i = 0; i < 500; i++) {
              int n = thread * 1000 + i;
              JsonNode value = compiled.evaluate(TestContext.empty().input("{'n': " + n + "}")
                  .variable("v", String.valueOf(-n)).random(new java.util.Random(n)));
              if (value.get("n").intValue() != n || value.get("double").intValue() != 2 * n
                  || value.get("v").intValue() != -n) {
                return false;
              }
            }
            return true;
          }));
        }
        // THEN every evaluation saw only its own values
        for (Future<Boolean> result : results) {
          assertThat(result.get()).isTrue();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Nested
  class Compile_errors {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1 +            | Unexpected end of expression",
        "a[1,2)         | Expected \"]\", got \",\"",
        "\"unterminated | String literal must be terminated by a matching quote",
        "{\"a\":}       | The symbol \"}\" cannot be used as a unary operator",
    })
    void an_expression_that_does_not_parse_is_refused_with_the_parsers_message(String text, String message) {
      // GIVEN an invalid expression inside Output
      JsonNode output = Json.object().set("v", Json.NODES.textNode("{% " + text + " %}"));
      // WHEN it is compiled
      InvalidJsonataException e = catchThrowableOfType(InvalidJsonataException.class,
          () -> JsonataTemplate.compile(output, "Output"));
      // THEN AWS's code, the parser's message, and where it is
      assertThat(e.code()).isEqualTo("INVALID_JSONATA_EXPRESSION");
      assertThat(e.getMessage()).isEqualTo(message);
      assertThat(e.pointer()).isEqualTo("Output/v");
      assertThat(e).isInstanceOf(InvalidPathException.class);
    }

    @Test
    void the_definition_parser_reports_it_at_the_expressions_location() {
      // GIVEN a definition with an invalid expression nested in an array in Output
      String definition = """
          {"QueryLanguage": "JSONata", "StartAt": "Main", "States": {"Main": {"Type": "Pass",
            "Output": {"list": [1, "{% 1 + %}"]}, "End": true}}}""";
      // WHEN it is parsed
      DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(definition);
      // THEN the diagnostic is AWS's
      assertThat(result.diagnostics()).extracting(Diagnostic::describe)
          .containsExactly("INVALID_JSONATA_EXPRESSION: Unexpected end of expression at /States/Main/Output/list/1");
    }

    @Test
    void an_empty_expression_is_refused() {
      // GIVEN {%  %}
      // WHEN it is compiled
      InvalidJsonataException e = catchThrowableOfType(InvalidJsonataException.class,
          () -> JsonataTemplate.compile(Json.NODES.textNode("{%  %}"), "Output"));
      // THEN it does not parse
      assertThat(e.pointer()).isEqualTo("Output");
    }

    @Test
    void a_pointer_escapes_slashes_in_member_names() {
      // GIVEN a member name with a slash
      JsonNode output = Json.object().set("a/b", Json.NODES.textNode("{% ( %}"));
      // WHEN it is compiled
      InvalidJsonataException e = catchThrowableOfType(InvalidJsonataException.class,
          () -> JsonataTemplate.compile(output, "Output"));
      // THEN the pointer follows RFC 6901
      assertThat(e.pointer()).isEqualTo("Output/a~1b");
    }
  }

  @Nested
  class Corpus_expressions {
    @Test
    void choice_conditions() {
      // GIVEN the corpus's Choice conditions and inputs
      // WHEN each is evaluated
      // THEN each decides as AWS did
      assertThat(evaluateToText("$states.input.condition", TestContext.empty().input("{'condition': true}")))
          .isEqualTo("true");
      TestContext privateValue22 = TestContext.empty().input("{'type': 'Private', 'value': 22}");
      assertThat(evaluateToText("$not($states.input.type = 'Private')", privateValue22)).isEqualTo("false");
      assertThat(evaluateToText("$states.input.value = 0", privateValue22)).isEqualTo("false");
      assertThat(evaluateToText("$states.input.value >= 20 and $states.input.value < 30", privateValue22))
          .isEqualTo("true");
      TestContext done = TestContext.empty().input("{'result': {'done': true}}");
      assertThat(evaluateToText("$states.input.result.done", done)).isEqualTo("true");
      assertThat(evaluateToText("$not($states.input.result.done)", done)).isEqualTo("false");
      assertThat(evaluateToText("$status = 'completed'", TestContext.empty().variable("status", "'completed'")))
          .isEqualTo("true");
      assertThat(evaluateToText("$states.input = '\"'", TestContext.empty().input(Json.NODES.textNode("\""))))
          .isEqualTo("true");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "-0                          | 0",
        "1                           | 1",
        "1.1                         | 1.1",
        "true                        | true",
        "\"HelloWorld\"              | \"HelloWorld\"",
        "[1, 2, \"HelloWorld\"]      | [1,2,\"HelloWorld\"]",
        "{\"Arg1\": 1, \"Arg2\": []} | {\"Arg1\":1,\"Arg2\":[]}",
    })
    void parse_of_the_recorded_inputs(String functionInput, String output) {
      // GIVEN the corpus's test_parse inputs
      TestContext ctx = TestContext.empty().input(Json.object().put("FunctionInput", functionInput));
      // WHEN $parse is evaluated
      String text = evaluateToText("$parse($states.input.FunctionInput)", ctx);
      // THEN the output is AWS's
      assertThat(text).isEqualTo(output);
    }

    @Test
    void map_items_and_settings() {
      // GIVEN the corpus's Map expressions
      JsonNode items = template("[1, \"{% $number('2') %}\", 3]");
      // WHEN they are evaluated
      // THEN they give the recorded values
      assertThat(Json.write(evaluate(items, "Items", TestContext.empty()))).isEqualTo("[1,2,3]");
      assertThat(evaluateToText("$variable := 1", TestContext.empty())).isEqualTo("1");
      assertThat(evaluateToText("$maxItems := 2", TestContext.empty())).isEqualTo("2");
      assertThat(evaluateToText("$ItemsVar", TestContext.empty().variable("ItemsVar", "'string'")))
          .isEqualTo("\"string\"");
      assertThat(evaluateToText("$states.input.items", TestContext.empty().input("{'items': [1, 'a', true]}")))
          .isEqualTo("[1,\"a\",true]");
    }

    @Test
    void task_arguments_and_timeouts() {
      // GIVEN the corpus's Task expressions
      TestContext ctx = TestContext.empty()
          .input("{'functionName': 'arn:fn', 'enigma': {'mystery': {'riddle': 'What?'}}, 'input_value': 1,"
              + " 'Bucket': 'bucket-name', 'Key': 'file.json'}")
          .variable("answer", "42");
      JsonNode arguments = template("""
          {"FunctionName": "{% $states.input.functionName %}",
           "Payload": {"theQuestion": "{% $states.input.enigma.mystery.riddle %}", "theAnswer": "{% $answer %}"}}""");
      // WHEN they are evaluated
      // THEN they give the recorded values
      assertThat(Json.write(evaluate(arguments, "Arguments", ctx)))
          .isEqualTo("{\"FunctionName\":\"arn:fn\",\"Payload\":{\"theQuestion\":\"What?\",\"theAnswer\":42}}");
      assertThat(evaluateToText("$states.input.input_value", ctx)).isEqualTo("1");
      assertThat(Json.write(evaluate(template("{\"Bucket\": \"{% $states.input.Bucket %}\", \"Key\": \"{% $states.input.Key %}\"}"),
          "Arguments", ctx))).isEqualTo("{\"Bucket\":\"bucket-name\",\"Key\":\"file.json\"}");
    }

    @Test
    void assign_from_result_and_error_output() {
      // GIVEN the corpus's Assign expressions
      TestContext ctx = TestContext.empty().input("{'inputData': 'dummy'}")
          .result("{'Payload': {'status': 'running'}}");
      JsonNode assign = template("""
          {"inputVar": "{% $states.input %}", "resultVar": "{% $states.result %}",
           "status": "{% $states.result.Payload.status %}"}""");
      // WHEN they are evaluated
      JsonNode value = evaluate(assign, "Assign", ctx);
      // THEN they hold the input and the result
      assertThat(Json.write(value)).isEqualTo("{\"inputVar\":{\"inputData\":\"dummy\"},"
          + "\"resultVar\":{\"Payload\":{\"status\":\"running\"}},\"status\":\"running\"}");
      TestContext caught = TestContext.empty().errorOutput("{'Error': 'Exception', 'Cause': 'x'}")
          .variable("errorVar", "{'Error': 'Exception'}").variable("resultVar", "{'ok': true}");
      assertThat(evaluateToText("$states.errorOutput", caught)).isEqualTo("{\"Error\":\"Exception\",\"Cause\":\"x\"}");
      assertThat(evaluateToText("$errorVar", caught)).isEqualTo("{\"Error\":\"Exception\"}");
      assertThat(evaluateToText("$resultVar", caught)).isEqualTo("{\"ok\":true}");
    }

    @Test
    void fail_and_wait_fields() {
      // GIVEN the corpus's Fail Error and Wait Timestamp expressions
      TestContext ctx = TestContext.empty().input("{'error': 'Exception', 'TimestampValue': '2016-03-14T01:59:00Z'}");
      // WHEN they are evaluated
      // THEN they read the input
      assertThat(evaluate(expression("$states.input.error"), "Error", ctx)).isEqualTo(json("'Exception'"));
      assertThat(evaluate(expression("$states.input.TimestampValue"), "Timestamp", ctx))
          .isEqualTo(json("'2016-03-14T01:59:00Z'"));
    }
  }
}
