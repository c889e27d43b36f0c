package dev.sfntest.internal.expr.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.EvalContext;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.expr.template.PayloadTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every Pass state of the AWS-recorded corpus whose {@code Parameters} call intrinsic
 * functions: the state's recorded input goes through the compiled {@code Parameters}, and the
 * result must be the recorded output. Only pure-ASL cases (no {@code needs}) with a full history
 * qualify, and only states whose output is the {@code Parameters} result ({@code InputPath}, {@code
 * ResultPath} and {@code OutputPath} absent or {@code $}). Skipped: states that read workflow
 * variables, and {@code States.UUID} / {@code States.MathRandom}, whose recorded values are masked.
 *
 * <p>The corpus is the copy vendored in sfn-conformance ({@code -Dsfntest.corpus=...} names
 * another); without it the test is skipped.
 */
class IntrinsicCorpusTest {

  private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_]");

  @TestFactory
  Stream<DynamicTest> pass_states_produce_the_recorded_output() throws IOException {
    Path module = Path.of(System.getProperty("basedir", "."));
    Path dir = Path.of(System.getProperty("sfntest.corpus",
        module.resolve("../sfn-conformance/src/test/resources/conformance/cases").toString()));
    Assumptions.assumeTrue(Files.isDirectory(dir), "no conformance corpus at " + dir.toAbsolutePath());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> tests.addAll(testsOf(read(f))));
    }
    assertThat(tests).as("replayable intrinsic Pass states in %s", dir).hasSizeGreaterThan(50);
    return tests.stream();
  }

  /**
   * The corpus's BASE_ASSIGN_FROM_INTRINSIC_FUNCTION computes one call of almost every function in
   * an {@code Assign} block, which the replay above does not cover; its recorded values, inline.
   */
  @Test
  void assign_block_of_every_function_gives_the_recorded_values() {
    // GIVEN
    JsonNode result = Json.parseUnchecked("{\"inputArray\":[1,2,3,4,5,6],\"duplicateArray\":[1,2,2,3,3,4],"
        + "\"rawString\":\"Hello World\",\"encodedString\":\"SGVsbG8gV29ybGQ=\",\"inputString\":\"Hash this string\","
        + "\"json1\":{\"a\":1,\"b\":2},\"json2\":{\"c\":3,\"d\":4},\"jsonString\":\"{\\\"key\\\":\\\"value\\\"}\","
        + "\"jsonObject\":{\"test\":\"object\"},\"value1\":5,\"value2\":3,\"csvString\":\"a,b,c,d,e\","
        + "\"name\":\"John\",\"place\":\"LocalStack\"}");
    PayloadTemplate assign = PayloadTemplate.compile(Json.parseUnchecked("{"
        + "\"simpleArray.$\":\"States.Array('a', 'b', 'c')\","
        + "\"partitionedArray.$\":\"States.ArrayPartition($.inputArray, 2)\","
        + "\"containsElement.$\":\"States.ArrayContains($.inputArray, 5)\","
        + "\"numberRange.$\":\"States.ArrayRange(1, 10, 2)\","
        + "\"thirdElement.$\":\"States.ArrayGetItem($.inputArray, 2)\","
        + "\"arraySize.$\":\"States.ArrayLength($.inputArray)\","
        + "\"uniqueValues.$\":\"States.ArrayUnique($.duplicateArray)\","
        + "\"encoded.$\":\"States.Base64Encode($.rawString)\","
        + "\"decoded.$\":\"States.Base64Decode($.encodedString)\","
        + "\"hashValue.$\":\"States.Hash($.inputString, 'SHA-256')\","
        + "\"mergedJson.$\":\"States.JsonMerge($.json1, $.json2, false)\","
        + "\"parsedJson.$\":\"States.StringToJson($.jsonString)\","
        + "\"stringifiedJson.$\":\"States.JsonToString($.jsonObject)\","
        + "\"sum.$\":\"States.MathAdd($.value1, $.value2)\","
        + "\"splitString.$\":\"States.StringSplit($.csvString, ',')\","
        + "\"formattedString.$\":\"States.Format('Hello {}, welcome to {}!', $.name, $.place)\"}"));
    // WHEN
    JsonNode assigned = assign.evaluate(IntrinsicTesting.context(Json.write(result)));
    // THEN
    assertThat(assigned).isEqualTo(Json.parseUnchecked("{\"uniqueValues\":[1,2,3,4],\"simpleArray\":[\"a\",\"b\",\"c\"],"
        + "\"thirdElement\":3,\"partitionedArray\":[[1,2],[3,4],[5,6]],\"arraySize\":6,\"containsElement\":true,"
        + "\"numberRange\":[1,3,5,7,9],\"decoded\":\"Hello World\",\"encoded\":\"SGVsbG8gV29ybGQ=\","
        + "\"hashValue\":\"1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e\","
        + "\"parsedJson\":{\"key\":\"value\"},\"mergedJson\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4},"
        + "\"stringifiedJson\":\"{\\\"test\\\":\\\"object\\\"}\",\"sum\":8,"
        + "\"formattedString\":\"Hello John, welcome to LocalStack!\",\"splitString\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}"));
  }

  private static List<DynamicTest> testsOf(JsonNode kase) {
    List<DynamicTest> tests = new ArrayList<>();
    JsonNode history = kase.path("expected").path("history");
    if (!kase.path("needs").isEmpty() || !history.isArray() || !usesIntrinsics(kase)
        || "JSONata".equals(kase.path("definition").path("QueryLanguage").asText())) {
      return tests;
    }
    Map<String, JsonNode> states = new HashMap<>();
    collectStates(kase.path("definition"), states);
    Map<Long, JsonNode> enteredInputs = new HashMap<>();
    for (JsonNode event : history) {
      String type = event.path("type").asText();
      if (type.equals("PassStateEntered")) {
        enteredInputs.put(event.path("id").asLong(), event.path("stateEnteredEventDetails").path("input"));
      } else if (type.equals("PassStateExited")) {
        JsonNode details = event.path("stateExitedEventDetails");
        String name = details.path("name").asText();
        JsonNode state = states.get(name);
        JsonNode input = enteredInputs.get(event.path("previousEventId").asLong());
        if (state != null && input != null && replayable(state)) {
          String display = kase.path("id").asText() + " / " + name + " (event " + event.path("id").asInt() + ")";
          JsonNode expected = recorded(details.path("output"));
          tests.add(DynamicTest.dynamicTest(display, () -> {
            // GIVEN
            PayloadTemplate parameters = PayloadTemplate.compile(state.path("Parameters"));
            EvalContext ctx = context(recorded(input), kase, name);
            // WHEN
            JsonNode output = parameters.evaluate(ctx);
            // THEN
            assertThat(Json.sameValue(output, expected)).as("%s%nexpected %s%nbut was  %s", display,
                Json.write(expected), Json.write(output)).isTrue();
          }));
        }
      }
    }
    return tests;
  }

  private static boolean usesIntrinsics(JsonNode kase) {
    for (JsonNode feature : kase.path("features")) {
      if (feature.asText().startsWith("intrinsic:")) {
        return true;
      }
    }
    return false;
  }

  private static boolean replayable(JsonNode state) {
    String parameters = Json.write(state.path("Parameters"));
    return state.has("Parameters") && parameters.contains("States.")
        && !VARIABLE.matcher(parameters).find()
        && !parameters.contains("States.UUID") && !parameters.contains("States.MathRandom")
        && !"JSONata".equals(state.path("QueryLanguage").asText())
        && isRoot(state, "InputPath") && isRoot(state, "ResultPath") && isRoot(state, "OutputPath");
  }

  private static boolean isRoot(JsonNode state, String field) {
    return !state.has(field) || "$".equals(state.path(field).asText(null));
  }

  /** States by name, including those of Parallel branches and Map processors. */
  private static void collectStates(JsonNode machine, Map<String, JsonNode> out) {
    Iterator<Map.Entry<String, JsonNode>> states = machine.path("States").fields();
    while (states.hasNext()) {
      Map.Entry<String, JsonNode> state = states.next();
      out.put(state.getKey(), state.getValue());
      for (JsonNode branch : state.getValue().path("Branches")) {
        collectStates(branch, out);
      }
      collectStates(state.getValue().path("Iterator"), out);
      collectStates(state.getValue().path("ItemProcessor"), out);
    }
  }

  /** The recordings keep JSON text that does not start with {@code {} as a string (notes, section 3). */
  private static JsonNode recorded(JsonNode value) {
    return value.isTextual() ? Json.parseUnchecked(value.textValue()) : value;
  }

  /** A context object with the recordings' placeholders as names, as AWS's shape has them. */
  private static EvalContext context(JsonNode input, JsonNode kase, String stateName) {
    ObjectNode execution = Json.object()
        .put("Id", "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>");
    execution.set("Input", kase.path("input").isMissingNode() ? Json.object() : kase.path("input"));
    execution.put("StartTime", "date").put("Name", "<ExecArnPart_0idx>").put("RoleArn", "snf_role_arn")
        .put("RedriveCount", 0);
    ObjectNode contextObject = Json.object();
    contextObject.set("Execution", execution);
    contextObject.set("StateMachine", Json.object()
        .put("Id", "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>")
        .put("Name", "<ArnPart_0idx>"));
    contextObject.set("State", Json.object().put("Name", stateName).put("EnteredTime", "date"));
    return new IntrinsicTesting.Context(input, contextObject, Map.of(), null);
  }

  private static JsonNode read(Path file) {
    try {
      return Json.parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
