package dev.sfntest.internal.asl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever it is given, the parser answers with a definition or with diagnostics (and {@code
 * parse} with a definition or an {@link DefinitionRefusedException}), never with another
 * exception, and the two agree: a definition exactly when there is no error. Inputs are valid
 * definitions mutated at random (a field deleted, a value of another type, a random string where a
 * path or expression goes), truncated text, deep nesting of states, rules, templates and
 * expressions, and random text.
 *
 * <p>Bounded for CI on two cores: a few hundred tries per property, small inputs.
 */
class DefinitionParserPropertiesTest {

  private static final List<String> SEEDS = List.of(
      DefinitionModelTest.resource("every-field-jsonpath.asl.json"),
      DefinitionModelTest.resource("every-field-jsonata.asl.json"),
      Asl.one("{\"Type\": \"Pass\", \"Parameters\": {\"a.$\": \"$.a\", \"b\": [1, {\"c.$\": \"$$.Execution.Id\"}]},"
          + " \"ResultPath\": \"$.r\", \"End\": true}"),
      Asl.map("\"ItemsPath\": \"$.items\", \"MaxConcurrency\": 2, \"ToleratedFailurePercentage\": 10"));

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void a_mutated_definition_gets_a_definition_or_diagnostics(@ForAll("mutations") String json) {
    answersCleanly(json);
  }

  @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
  void a_truncated_definition_gets_diagnostics(@ForAll("seeds") String json,
      @ForAll @IntRange(min = 0, max = 100_000) int cut) {
    answersCleanly(json.substring(0, cut % json.length()));
  }

  @Property(tries = 60, edgeCases = EdgeCasesMode.MIXIN)
  void deep_nesting_gets_a_definition_or_diagnostics(@ForAll("nestings") String json) {
    answersCleanly(json);
  }

  @Property(tries = 24, edgeCases = EdgeCasesMode.MIXIN)
  void deeply_nested_expressions_get_a_definition_or_diagnostics(@ForAll("deepExpressions") String json) {
    answersCleanly(json);
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
  void random_text_gets_diagnostics(@ForAll("texts") String text) {
    answersCleanly(text);
  }

  /** The property itself: no exception but DefinitionRefusedException, and a consistent result. */
  private static void answersCleanly(String json) {
    DefinitionParser.Result result = DefinitionParser.parseWithDiagnostics(json);
    assertThat(result.definition() == null).isEqualTo(result.hasErrors());
    assertThat(result.diagnostics()).allSatisfy(d -> {
      assertThat(d.code()).isNotBlank();
      assertThat(d.message()).isNotNull();
    });
    try {
      assertThat(DefinitionParser.parse(json)).isNotNull();
      assertThat(result.hasErrors()).isFalse();
    } catch (DefinitionRefusedException e) {
      assertThat(result.hasErrors()).isTrue();
      assertThat(e.getMessage()).startsWith("Invalid State Machine Definition: '");
    }
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<String> seeds() {
    return Arbitraries.of(SEEDS);
  }

  @Provide
  Arbitrary<String> mutations() {
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 2);
    Arbitrary<Integer> targets = Arbitraries.integers().between(0, 10_000);
    return Combinators.combine(Arbitraries.of(SEEDS), kinds, targets, values(), Arbitraries.integers().between(1, 3))
        .as((seed, kind, target, value, times) -> {
          JsonNode tree = Json.parseUnchecked(seed);
          for (int i = 0; i < times; i++) {
            mutate(tree, kind, target * (i + 1), value);
          }
          return Json.write(tree);
        });
  }

  /** Values of every JSON type, with path, intrinsic and JSONata look-alikes among the strings. */
  private Arbitrary<JsonNode> values() {
    Arbitrary<String> pathy = Arbitraries.strings().withChars("$.[]*@?()'\"{}%:,ab0 States").ofMaxLength(20);
    Arbitrary<String> known = Arbitraries.of("$", "$$", "$.a[*]", "$..x", "$var.x", "States.Format('{}', $.a)",
        "States.Nope(", "{% $states.input %}", "{% $$ %}", "{% 1 + %}", "2016-03-14T01:59:00Z", "JSONata",
        "JSONPath", "States.ALL", "arn:aws:states:::lambda:invoke", "DISTRIBUTED", "");
    Arbitrary<JsonNode> strings = Arbitraries.oneOf(pathy, known).map(s -> (JsonNode) Json.NODES.textNode(s));
    Arbitrary<JsonNode> numbers = Arbitraries.oneOf(
        Arbitraries.longs().map(n -> (JsonNode) Json.NODES.numberNode(n)),
        Arbitraries.of(-1.5, 0.0, 1e20, 100.5).map(d -> (JsonNode) Json.NODES.numberNode(d)));
    Arbitrary<JsonNode> others = Arbitraries.of(Json.NODES.booleanNode(true), Json.NODES.nullNode(),
        Json.NODES.arrayNode(), Json.NODES.objectNode(), Json.parseUnchecked("[\"a\", {\"b.$\": \"$\"}]"));
    return Arbitraries.oneOf(strings, numbers, others);
  }

  /** 0: delete a field, 1: replace a value, 2: replace a field's name. */
  private static void mutate(JsonNode tree, int kind, int target, JsonNode value) {
    List<Map.Entry<ObjectNode, String>> fields = new ArrayList<>();
    List<Map.Entry<ArrayNode, Integer>> elements = new ArrayList<>();
    collect(tree, fields, elements);
    if (fields.isEmpty()) {
      return;
    }
    if (kind == 1 && !elements.isEmpty() && target % 3 == 0) {
      Map.Entry<ArrayNode, Integer> element = elements.get(target % elements.size());
      element.getKey().set(element.getValue(), value.deepCopy());
      return;
    }
    Map.Entry<ObjectNode, String> field = fields.get(target % fields.size());
    ObjectNode owner = field.getKey();
    if (kind == 0) {
      owner.remove(field.getValue());
    } else if (kind == 1) {
      owner.set(field.getValue(), value.deepCopy());
    } else {
      JsonNode moved = owner.remove(field.getValue());
      owner.set(value.isTextual() ? value.asText() : value.toString(), moved);
    }
  }

  private static void collect(JsonNode node, List<Map.Entry<ObjectNode, String>> fields,
      List<Map.Entry<ArrayNode, Integer>> elements) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        fields.add(Map.entry((ObjectNode) node, field.getKey()));
        collect(field.getValue(), fields, elements);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        elements.add(Map.entry((ArrayNode) node, i));
        collect(node.get(i), fields, elements);
      }
    }
  }

  @Provide
  Arbitrary<String> nestings() {
    Arbitrary<Integer> depths = Arbitraries.integers().between(1, 1200);
    return Combinators.combine(Arbitraries.integers().between(0, 3), depths).as(DefinitionParserPropertiesTest::nested);
  }

  /** A definition nested {@code depth} deep: Parallels, Not rules, a Parameters value, or arrays. */
  private static String nested(int kind, int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    String inner;
    switch (kind) {
      case 0:
        for (int i = 0; i < depth / 4; i++) {
          open.append("{\"Type\": \"Parallel\", \"End\": true, \"Branches\": [{\"StartAt\": \"S").append(i)
              .append("\", \"States\": {\"S").append(i).append("\": ");
          close.append("}}]}");
        }
        return Asl.one(open + "{\"Type\": \"Succeed\"}" + close);
      case 1:
        for (int i = 0; i < depth; i++) {
          open.append("{\"Not\": ");
          close.append("}");
        }
        inner = "{\"Variable\": \"$.x\", \"IsPresent\": true}";
        return "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Not\": " + open + inner
            + close + ", \"Next\": \"Z\"}], \"Default\": \"Z\"}, \"Z\": {\"Type\": \"Succeed\"}}}";
      case 2:
        for (int i = 0; i < depth; i++) {
          open.append("{\"a.$\": \"$.a\", \"b\": ");
          close.append("}");
        }
        return Asl.one("{\"Type\": \"Pass\", \"Parameters\": " + open + "1" + close + ", \"End\": true}");
      default:
        return Asl.one("{\"Type\": \"Pass\", \"Result\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"End\": true}");
    }
  }

  @Provide
  Arbitrary<String> deepExpressions() {
    Arbitrary<Integer> depths = Arbitraries.integers().between(1, 40_000);
    return Combinators.combine(Arbitraries.integers().between(0, 2), depths).as((kind, depth) -> {
      switch (kind) {
        case 0:
          return Asl.jsonata("{\"Type\": \"Pass\", \"Output\": \"{% " + "(".repeat(depth) + "1" + ")".repeat(depth)
              + " %}\", \"End\": true}");
        case 1:
          return Asl.one("{\"Type\": \"Pass\", \"Parameters\": {\"a.$\": \"" + "States.Array(".repeat(depth) + "1"
              + ")".repeat(depth) + "\"}, \"End\": true}");
        default:
          return Asl.one("{\"Type\": \"Pass\", \"InputPath\": \"$[?(" + "(".repeat(depth) + "@.a" + ")".repeat(depth)
              + ")]\", \"End\": true}");
      }
    });
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(200),
        Arbitraries.strings().withChars("{}[]\":,0123456789.-eE truefalsnul\\").ofMaxLength(200));
  }
}
