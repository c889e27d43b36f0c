package dev.sfntest.reliability;

import static dev.sfntest.reliability.RandomExpressions.quoted;
import static dev.sfntest.reliability.RandomExpressions.template;

import dev.sfntest.core.FakeSfn;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Random JSONPath paths, intrinsic calls and JSONata expressions, each in one of the places a
 * definition takes one, run with random inputs on one fake per property: only AWS's exceptions or
 * {@code States.*} failures come out, each try ends within its bound, and the fake keeps working
 * after every try ({@link Outcomes}).
 */
class BadExpressionsPropertiesTest {

  /** JSONPath places: one state with the path at {@code %s}, ending in "Done". */
  private static final List<String> PATH_SLOTS = List.of(
      "{\"Type\":\"Pass\",\"InputPath\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Pass\",\"OutputPath\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Pass\",\"Result\":{\"r\":[1,2]},\"ResultPath\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Pass\",\"Parameters\":{\"p.$\":%s,\"k\":1},\"Next\":\"Done\"}",
      "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":%s,\"StringEquals\":\"x\",\"Next\":\"Done\"}],\"Default\":\"Done\"}",
      "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericLessThanPath\":%s,\"Next\":\"Done\"}],"
          + "\"Default\":\"Done\"}",
      "{\"Type\":\"Map\",\"ItemsPath\":%s,\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\","
          + "\"End\":true}}},\"Next\":\"Done\"}",
      "{\"Type\":\"Map\",\"ItemSelector\":{\"v.$\":%s},\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":"
          + "{\"Type\":\"Pass\",\"End\":true}}},\"Next\":\"Done\"}",
      "{\"Type\":\"Wait\",\"SecondsPath\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Wait\",\"TimestampPath\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Fail\",\"ErrorPath\":%s,\"CausePath\":\"$$.State.Name\"}",
      "{\"Type\":\"Pass\",\"Assign\":{\"v.$\":%s},\"Next\":\"Done\"}",
      "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\","
          + "\"Payload.$\":\"$\"},\"ResultSelector\":{\"r.$\":%s},\"Next\":\"Done\"}");

  /** Intrinsic places: the call at {@code %s}. */
  private static final List<String> INTRINSIC_SLOTS = List.of(
      "{\"Type\":\"Pass\",\"Parameters\":{\"p.$\":%s},\"Next\":\"Done\"}",
      "{\"Type\":\"Pass\",\"Assign\":{\"v.$\":%s},\"Next\":\"Done\"}",
      "{\"Type\":\"Map\",\"ItemSelector\":{\"v.$\":%s},\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":"
          + "{\"Type\":\"Pass\",\"End\":true}}},\"Next\":\"Done\"}",
      "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f\","
          + "\"Payload.$\":\"$\"},\"ResultSelector\":{\"r.$\":%s},\"Next\":\"Done\"}");

  /** JSONata places: the expression's {@code "{% ... %}"} at {@code %s}. */
  private static final List<String> JSONATA_SLOTS = List.of(
      "{\"Type\":\"Pass\",\"Output\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Pass\",\"Output\":{\"nested\":[%s]},\"Next\":\"Done\"}",
      "{\"Type\":\"Pass\",\"Assign\":{\"v\":%s},\"Next\":\"Done\"}",
      "{\"Type\":\"Choice\",\"Choices\":[{\"Condition\":%s,\"Next\":\"Done\"}],\"Default\":\"Done\"}",
      "{\"Type\":\"Wait\",\"Seconds\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Wait\",\"Timestamp\":%s,\"Next\":\"Done\"}",
      "{\"Type\":\"Map\",\"Items\":%s,\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\","
          + "\"End\":true}}},\"Next\":\"Done\"}",
      "{\"Type\":\"Fail\",\"Error\":%s,\"Cause\":\"by the expression\"}",
      "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Arguments\":{\"FunctionName\":\"f\","
          + "\"Payload\":%s},\"Output\":\"{% $states.result %}\",\"Next\":\"Done\"}");

  private FakeSfn fake;

  @BeforeProperty
  void start() {
    fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(50)).build();
    // Task states answer with their input, so that the result fields around them are reached
    fake.mockResource("arn:aws:states:::lambda:invoke").thenAnswer(call -> call.input());
  }

  @AfterProperty
  void stop() {
    fake.close();
  }

  private void runs(String queryLanguage, String state, String input) {
    String definition = "{\"QueryLanguage\":\"" + queryLanguage + "\",\"StartAt\":\"S\",\"States\":{\"S\":" + state
        + ",\"Done\":{\"Type\":\"Pass\"," + (queryLanguage.equals("JSONPath") ? "\"Parameters\":{\"u.$\":\"$\"}"
        : "\"Output\":\"{% $states.input %}\"") + ",\"End\":true}}}";
    Outcomes.bounded(() -> {
      Outcomes.createAndRun(fake, definition, input);
      Outcomes.assertStillWorks(fake);
    });
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void json_paths_wherever_a_definition_takes_one(@ForAll("pathSlots") String slot,
      @ForAll("paths") String path, @ForAll("inputs") String input) {
    runs("JSONPath", slot.replace("%s", quoted(path)), input);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void intrinsic_calls_wherever_a_definition_takes_one(@ForAll("intrinsicSlots") String slot,
      @ForAll("intrinsics") String call, @ForAll("inputs") String input) {
    runs("JSONPath", slot.replace("%s", quoted(call)), input);
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void jsonata_expressions_wherever_a_definition_takes_one(@ForAll("jsonataSlots") String slot,
      @ForAll("jsonata") String expression, @ForAll("inputs") String input) {
    runs("JSONata", slot.replace("%s", template(expression)), input);
  }

  @Provide
  Arbitrary<String> pathSlots() {
    return Arbitraries.of(PATH_SLOTS);
  }

  @Provide
  Arbitrary<String> intrinsicSlots() {
    return Arbitraries.of(INTRINSIC_SLOTS);
  }

  @Provide
  Arbitrary<String> jsonataSlots() {
    return Arbitraries.of(JSONATA_SLOTS);
  }

  @Provide
  Arbitrary<String> paths() {
    return RandomExpressions.jsonPaths();
  }

  @Provide
  Arbitrary<String> intrinsics() {
    return RandomExpressions.intrinsics(2);
  }

  @Provide
  Arbitrary<String> jsonata() {
    return RandomExpressions.jsonata(3);
  }

  @Provide
  Arbitrary<String> inputs() {
    return RandomJson.inputs();
  }
}
