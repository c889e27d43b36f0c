package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.FakeSfn;
import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/**
 * Numbers at and past the ends of an int and of a long, and the other shapes that broke the fake:
 * in every numeric field of a definition, written as a constant, read by its {@code ...Path} from
 * the input, or given by a JSONata expression; in version ARNs; and a catcher's ResultPath that
 * cannot be applied to its input. Each is refused with AWS's exception, or runs to a {@code
 * States.*} ending, never another exception, never an execution left running by the engine
 * itself, and the fake works afterwards.
 */
class BoundaryNumbersPropertiesTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:echo";
  private static final String FAILING = "arn:aws:lambda:us-east-1:123456789012:function:failing";

  /** How a number field is written. */
  enum Spelling { CONSTANT, PATH, PATH_TO_TEXT, JSONATA }

  /**
   * A numeric field and a definition around it: {@code %s} stands for the field's member, {@code
   * %q} for the query language member.
   */
  record Field(String name, boolean hasPath, boolean takesExpression, String template) {
    String definition(Spelling spelling, String number) {
      String member = switch (spelling) {
        case CONSTANT -> "\"" + name + "\":" + number;
        case PATH, PATH_TO_TEXT -> "\"" + name + "Path\":\"$.n\"";
        case JSONATA -> "\"" + name + "\":\"{% $states.input.n %}\"";
      };
      String language = spelling == Spelling.JSONATA ? "\"QueryLanguage\":\"JSONata\"," : "";
      String items = spelling == Spelling.JSONATA ? "\"Items\":\"{% $states.input.items %}\"" : "\"ItemsPath\":\"$.items\"";
      return template.replace("%q", language).replace("%s", member).replace("%items", items);
    }

    boolean allows(Spelling spelling) {
      return switch (spelling) {
        case CONSTANT -> true;
        case PATH, PATH_TO_TEXT -> hasPath;
        case JSONATA -> takesExpression;
      };
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final String TASK = "{%q\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + LAMBDA
      + "\",%s,\"End\":true}}}";
  private static final String RETRY = "{%q\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\""
      + FAILING + "\",\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],%s}],\"End\":true}}}";
  private static final String DISTRIBUTED = "{%q\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",%items,%s,"
      + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
      + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";
  private static final String INLINE = "{%q\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",%items,%s,"
      + "\"ItemProcessor\":{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";
  private static final String BATCHED = "{%q\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",%items,"
      + "\"ItemBatcher\":{%s},"
      + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
      + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";
  private static final String READER = "{%q\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\","
      + "\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\",\"ReaderConfig\":{\"InputType\":\"JSON\",%s},"
      + "\"Parameters\":{\"Bucket\":\"b\",\"Key\":\"k\"}},"
      + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
      + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}";

  static final List<Field> FIELDS = List.of(
      new Field("TimeoutSeconds", false, false,
          "{%q%s,\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"),
      new Field("TimeoutSeconds", true, true, TASK),
      new Field("HeartbeatSeconds", true, true, TASK),
      new Field("IntervalSeconds", false, false, RETRY),
      new Field("MaxAttempts", false, false, RETRY),
      new Field("MaxDelaySeconds", false, false, RETRY),
      new Field("BackoffRate", false, false, RETRY),
      new Field("Seconds", true, true,
          "{%q\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\",%s,\"End\":true}}}"),
      new Field("MaxConcurrency", true, true, INLINE),
      new Field("MaxConcurrency", true, true, DISTRIBUTED),
      new Field("ToleratedFailureCount", true, true, DISTRIBUTED),
      new Field("ToleratedFailurePercentage", true, true, DISTRIBUTED),
      new Field("MaxItemsPerBatch", true, true, BATCHED),
      new Field("MaxInputBytesPerBatch", true, true, BATCHED),
      new Field("MaxItems", true, true, READER));

  private FakeSfn fake;

  @BeforeProperty
  void start() {
    fake = FakeSfn.builder().activityPollTimeout(Duration.ofMillis(50)).build();
    fake.mockResource(LAMBDA).thenAnswer(call -> call.input());
    // its error is named in the definition, so Outcomes takes it for the definition's own
    fake.mockResource(FAILING).thenFail("failing", "always");
    fake.s3().putObject("b", "k", "[1,2,3]");
  }

  @AfterProperty
  void stop() {
    fake.close();
  }

  @Provide
  Arbitrary<Field> fields() {
    return Arbitraries.of(FIELDS);
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.oneOf(RandomJson.boundaries(), Arbitraries.of("0", "-1", "1.5", "1e300", "1e400"));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void a_number_at_or_past_the_bounds_of_a_field_is_refused_or_runs_to_an_end(@ForAll("fields") Field field,
      @ForAll("numbers") String number, @ForAll Spelling spelling) {
    if (!field.allows(spelling)) {
      return;
    }
    // GIVEN
    String definition = field.definition(spelling, number);
    String value = spelling == Spelling.PATH_TO_TEXT ? "\"" + number + "\"" : number;
    String input = "{\"n\":" + value + ",\"items\":[1,2,3]}";

    Outcomes.bounded(() -> {
      // WHEN
      Instant before = fake.clock().now();
      DescribeExecutionResponse described = Outcomes.createAndRun(fake, definition, input);

      // THEN the clock moved no further than the execution's own timers can take it
      if (described != null) {
        assertThat(described.status()).isNotNull();
        assertThat(Duration.between(before, fake.clock().now())).isLessThanOrEqualTo(Duration.ofDays(366));
      }
      testState(definition, input);
      Outcomes.assertStillWorks(fake);
    });
  }

  /** The definition's one state through TestState: a TestState answer or an AWS exception. */
  private void testState(String definition, String input) {
    var tree = Json.parseUnchecked(definition);
    var states = tree.get("States");
    String name = states.fieldNames().next();
    var state = (com.fasterxml.jackson.databind.node.ObjectNode) states.get(name).deepCopy();
    if (tree.has("QueryLanguage")) {
      state.put("QueryLanguage", "JSONata");
    }
    try {
      TestStateResponse response = fake.client().testState(b -> b.definition(Json.write(state)).input(input)
          .roleArn(FakeSfn.ROLE_ARN).inspectionLevel("DEBUG").mock(m -> m.result("{}")));
      assertThat(response.statusAsString()).isIn("SUCCEEDED", "FAILED", "RETRIABLE", "CAUGHT_ERROR");
    } catch (SfnException e) {
      Outcomes.assertAwsError(e);
    }
  }

  @Provide
  Arbitrary<String> qualifiers() {
    return Arbitraries.oneOf(RandomJson.boundaries().filter(n -> !n.startsWith("-")), Arbitraries.of("0", "00", "1",
        "99999999999999999999999999999999"));
  }

  @Property(tries = 60)
  void a_version_number_at_or_past_a_long_is_an_aws_answer(@ForAll("qualifiers") String number) {
    // GIVEN
    SfnClient client = fake.client();
    String machine = client.createStateMachine(b -> b.name(Outcomes.uniqueName("v")).roleArn(FakeSfn.ROLE_ARN)
        .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}").publish(true))
        .stateMachineArn();
    String version = machine + ":" + number;

    // WHEN / THEN each is answered or refused as AWS refuses
    Outcomes.bounded(() -> {
      for (Runnable call : List.<Runnable>of(
          () -> client.describeStateMachine(b -> b.stateMachineArn(version)),
          () -> client.startExecution(b -> b.stateMachineArn(version)),
          () -> client.listExecutions(b -> b.stateMachineArn(version)),
          () -> client.listStateMachineAliases(b -> b.stateMachineArn(version)),
          () -> client.deleteStateMachineVersion(b -> b.stateMachineVersionArn(version)),
          () -> client.createStateMachineAlias(b -> b.name(Outcomes.uniqueName("a")).routingConfiguration(
              r -> r.stateMachineVersionArn(version).weight(100))),
          () -> client.tagResource(b -> b.resourceArn(version).tags(t -> t.key("k").value("v"))))) {
        try {
          call.run();
        } catch (SfnException e) {
          Outcomes.assertAwsError(e);
        }
      }
      Outcomes.assertStillWorks(fake);
    });
  }

  @Provide
  Arbitrary<String> nonObjects() {
    return Arbitraries.of("[]", "[1,{\"a\":1}]", "\"text\"", "0", "-1.5", "true", "null", "9223372036854775808");
  }

  @Provide
  Arbitrary<String> resultPaths() {
    return Arbitraries.of("$.err", "$.a.b", "$[0]", "$.err[1]", "$['x']");
  }

  @Property(tries = 120)
  void a_catcher_result_path_on_a_non_object_ends_the_execution(@ForAll("nonObjects") String input,
      @ForAll("resultPaths") String taskPath, @ForAll("resultPaths") String catcherPath,
      @ForAll("wrappers") String wrapper) {
    // GIVEN a Task whose ResultPath fails on the input, its catcher's too, maybe inside a Parallel or Map
    String task = "{\"StartAt\":\"T\",\"States\":{\"T\":{\"Type\":\"Task\",\"Resource\":\"" + LAMBDA + "\","
        + "\"ResultPath\":\"" + taskPath + "\",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\""
        + catcherPath + "\",\"Next\":\"H\"}],\"End\":true},\"H\":{\"Type\":\"Pass\",\"End\":true}}}";
    String definition = wrapper.replace("%s", task).replace("%p", catcherPath);

    Outcomes.bounded(() -> {
      // WHEN
      Instant before = fake.clock().now();
      DescribeExecutionResponse described = Outcomes.createAndRun(fake, definition, input);

      // THEN it ended by itself, at once: nothing in it waits, so no timer moved the clock
      assertThat(described).isNotNull();
      assertThat(described.status()).isNotEqualTo(ExecutionStatus.ABORTED);
      assertThat(fake.clock().now()).isEqualTo(before);
      testState(definition, input);
      Outcomes.assertStillWorks(fake);
    });
  }

  @Provide
  Arbitrary<String> wrappers() {
    return Arbitraries.of(
        "%s",
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"Branches\":[%s],\"Catch\":[{\"ErrorEquals\":"
            + "[\"States.ALL\"],\"ResultPath\":\"%p\",\"Next\":\"Outer\"}],\"End\":true},"
            + "\"Outer\":{\"Type\":\"Pass\",\"End\":true}}}",
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemsPath\":\"$$.Execution.Input.list\","
            + "\"ItemProcessor\":%s,\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"%p\","
            + "\"Next\":\"Outer\"}],\"End\":true},\"Outer\":{\"Type\":\"Pass\",\"End\":true}}}");
  }
}
