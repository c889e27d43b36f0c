package dev.sfntest.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

/**
 * JSONPath with a dot before a bracket ({@code $.[0]}, {@code $.abc.['def ghi']}), which Jayway
 * and so AWS read as the bracket alone. Published samples use these forms; the developer guide
 * uses {@code $.abc.['def ghi']} for names with spaces. Each form is accepted by Create and Validate
 * wherever a path goes, and reads what its bracket-only twin reads.
 */
class DotBracketPathsTest {

  /** A path with a dot before a bracket, its bracket-only twin, an input and what both read there. */
  record Form(String dotted, String bracketed, String input, String expected) {
    @Override
    public String toString() {
      return dotted;
    }
  }

  static final List<Form> FORMS = List.of(
      new Form("$.[0]", "$[0]", "[{\"body\":\"{}\"},2]", "{\"body\":\"{}\"}"),
      new Form("$.[*]", "$[*]", "[1,2,3]", "[1,2,3]"),
      new Form("$.Snapshots.[0].State", "$.Snapshots[0].State",
          "{\"Snapshots\":[{\"State\":\"available\"},{\"State\":\"creating\"}]}", "\"available\""),
      new Form("$.[?(@.OU > 0)]", "$[?(@.OU > 0)]", "[{\"OU\":1},{\"OU\":0},{\"OU\":2}]", "[{\"OU\":1},{\"OU\":2}]"),
      new Form("$.[*].['bucket', 'key']", "$[*]['bucket', 'key']",
          "[{\"bucket\":\"b1\",\"key\":\"k1\",\"size\":1},{\"bucket\":\"b2\",\"key\":\"k2\"}]",
          "[{\"bucket\":\"b1\",\"key\":\"k1\"},{\"bucket\":\"b2\",\"key\":\"k2\"}]"),
      new Form("$.abc.['def ghi']", "$.abc['def ghi']", "{\"abc\":{\"def ghi\":[7]}}", "[7]"),
      new Form("$..['id']", "$..id", "{\"a\":{\"id\":1}}", "[1]"),
      new Form("$.a.[\"b\"].[1:]", "$.a['b'][1:]", "{\"a\":{\"b\":[1,2,3]}}", "[2,3]"));

  private final FakeSfn fake = FakeSfn.create();
  private final SfnTestContext sfn = SfnTestContext.of(fake);
  private int machines;

  @AfterEach
  void close() {
    fake.close();
  }

  static Stream<Form> forms() {
    return FORMS.stream();
  }

  /** The definite forms: a ResultPath must name one place. */
  static Stream<Form> definiteForms() {
    return FORMS.stream().filter(f -> JsonPath.compile(f.dotted()).isDefinite());
  }

  /** The forms that read an array, which an ItemsPath needs. */
  static Stream<Form> arrayForms() {
    return FORMS.stream().filter(f -> Json.parseUnchecked(f.expected()).isArray());
  }

  private static String pass(String fields) {
    return "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\"," + fields + "\"End\":true}}}";
  }

  private static String quoted(String path) {
    return Json.write(Json.NODES.textNode(path));
  }

  /** Validates and creates the definition, runs it on {@code input} and returns the output. */
  private JsonNode run(String definition, String input) {
    var validation = fake.client().validateStateMachineDefinition(b -> b.definition(definition));
    assertThat(validation.result()).as(validation.diagnostics().toString())
        .isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
    Execution run = sfn.deploy("m" + (++machines), definition).start("run", input);
    assertThat(run.describe().statusAsString()).as(String.valueOf(run.describe().cause())).isEqualTo("SUCCEEDED");
    return run.output();
  }

  /** Runs the definition {@code shape} makes of a path with both notations; both give the same output. */
  private JsonNode both(Form form, java.util.function.Function<String, String> shape) {
    JsonNode dotted = run(shape.apply(form.dotted()), form.input());
    JsonNode bracketed = run(shape.apply(form.bracketed()), form.input());
    assertThat(dotted).isEqualTo(bracketed);
    return dotted;
  }

  private static JsonNode json(String text) {
    return Json.parseUnchecked(text);
  }

  @Nested
  class in_parameters {
    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#forms")
    void reads_what_the_bracket_reads(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> pass("\"Parameters\":{\"v.$\":" + quoted(path) + "},"));

      // THEN
      assertThat(output).isEqualTo(json("{\"v\":" + form.expected() + "}"));
    }

    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#forms")
    void reads_in_a_result_selector(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\","
          + "\"Branches\":[{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}],"
          + "\"ResultSelector\":{\"v.$\":" + quoted(path.replaceFirst("^\\$", "\\$[0]")) + "},\"End\":true}}}");

      // THEN
      assertThat(output).isEqualTo(json("{\"v\":" + form.expected() + "}"));
    }
  }

  @Nested
  class in_input_and_output_paths {
    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#forms")
    void input_path_selects_it(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> pass("\"InputPath\":" + quoted(path) + ","));

      // THEN
      assertThat(output).isEqualTo(json(form.expected()));
    }

    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#forms")
    void output_path_selects_it(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> pass("\"OutputPath\":" + quoted(path) + ","));

      // THEN
      assertThat(output).isEqualTo(json(form.expected()));
    }
  }

  @Nested
  class in_result_path {
    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#definiteForms")
    void places_the_result_there(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> pass("\"Result\":\"R\",\"ResultPath\":" + quoted(path) + ","));

      // THEN
      assertThat(JsonPath.compile(form.bracketed()).read(output)).isEqualTo(json("\"R\""));
    }
  }

  @Nested
  class in_items_path {
    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#arrayForms")
    void iterates_over_it(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\","
          + "\"ItemsPath\":" + quoted(path) + ",\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":"
          + "{\"I\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}");

      // THEN
      assertThat(output).isEqualTo(json(form.expected()));
    }
  }

  @Nested
  class in_intrinsic_arguments {
    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#forms")
    void the_function_gets_it(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form,
          path -> pass("\"Parameters\":{\"v.$\":" + quoted("States.JsonToString(" + path + ")") + "},"));

      // THEN
      assertThat(output.get("v").asText()).isEqualTo(Json.write(json(form.expected())));
    }

    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#forms")
    void nested_in_another_call(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> pass("\"Parameters\":{\"v.$\":"
          + quoted("States.StringToJson(States.JsonToString(" + path + "))") + "},"));

      // THEN
      assertThat(output.get("v")).isEqualTo(json(form.expected()));
    }
  }

  @Nested
  class in_choice_rules {
    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.DotBracketPathsTest#definiteForms")
    void a_variable_reads_it(Form form) {
      // GIVEN / WHEN
      JsonNode output = both(form, path -> "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\","
          + "\"Choices\":[{\"Variable\":" + quoted(path) + ",\"IsPresent\":true,\"Next\":\"Yes\"}],"
          + "\"Default\":\"No\"},\"Yes\":{\"Type\":\"Pass\",\"Result\":\"yes\",\"End\":true},"
          + "\"No\":{\"Type\":\"Pass\",\"Result\":\"no\",\"End\":true}}}");

      // THEN
      assertThat(output).isEqualTo(json("\"yes\""));
    }
  }
}
