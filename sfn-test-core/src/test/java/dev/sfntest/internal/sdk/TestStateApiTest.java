package dev.sfntest.internal.sdk;

import static dev.sfntest.internal.sdk.Api.ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.expr.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sfn.model.InspectionData;
import software.amazon.awssdk.services.sfn.model.InspectionLevel;
import software.amazon.awssdk.services.sfn.model.TestExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TestStateRequest;
import software.amazon.awssdk.services.sfn.model.TestStateResponse;

/**
 * TestState: how each state type runs on its own, the four statuses, the inspection levels and
 * every request field. Cases marked "recorded" repeat what AWS answered in the recordings the
 * corpus comes from (LocalStack's TestState snapshots).
 */
@ParameterizedClass
@EnumSource(ClientKind.class)
class TestStateApiTest {

  private static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
  private static final String ERROR_MOCK = "MockException";

  private final Api api;

  TestStateApiTest(ClientKind kind) {
    this.api = new Api(kind);
  }

  @AfterEach
  void close() {
    api.close();
  }

  private TestStateResponse test(Consumer<TestStateRequest.Builder> request) {
    return api.client.testState(request);
  }

  /** A JSONPath Task on lambda:invoke with the FunctionName AWS requires, and {@code fields}. */
  private static String task(String fields) {
    return "{\"Type\":\"Task\",\"Resource\":\"" + LAMBDA_INVOKE + "\",\"Parameters\":{\"FunctionName\":\"f\"},"
        + fields + "}";
  }

  /** A Task on lambda:invoke (JSONata) with a retrier for MockException, as AWS's recording has it. */
  private static final String TASK_RETRY = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Task\","
      + "\"Resource\":\"" + LAMBDA_INVOKE + "\",\"Arguments\":{\"FunctionName\":\"foo\",\"Payload\":\"bar\"},"
      + "\"Retry\":[{\"ErrorEquals\":[\"" + ERROR_MOCK + "\"],\"IntervalSeconds\":1,\"MaxAttempts\":5,"
      + "\"BackoffRate\":2.0}],\"End\":true}";

  /** A JSONata Task whose catchers hand over to two states, as AWS's recording has it. */
  private static final String TASK_CATCH = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Task\","
      + "\"Resource\":\"" + LAMBDA_INVOKE + "\",\"Arguments\":{\"FunctionName\":\"foo\",\"Payload\":\"bar\"},"
      + "\"Catch\":[{\"ErrorEquals\":[\"" + ERROR_MOCK + "\"],\"Output\":\"{% $states.errorOutput %}\","
      + "\"Next\":\"HandleMockError\"},{\"ErrorEquals\":[\"States.TaskFailed\"],"
      + "\"Output\":\"{% $states.errorOutput %}\",\"Next\":\"HandleThreshold\"}],\"End\":true}";

  // ------------------------------------------------------------------ statuses

  @Nested
  class Statuses {
    @Test
    void a_state_that_completes_succeeds_with_its_output_and_next_state() {
      // WHEN
      TestStateResponse response = test(b -> b
          .definition("{\"Type\":\"Pass\",\"Result\":{\"done\":true},\"Next\":\"Ship\"}"));
      // THEN
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"done\":true}");
      assertThat(response.nextState()).isEqualTo("Ship");
      assertThat(response.error()).isNull();
    }

    @Test
    void an_end_state_has_no_next_state() {
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Succeed\"}").input("{\"a\":1}"));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"a\":1}");
      assertThat(response.nextState()).isNull();
    }

    @Test
    void a_fail_state_fails_with_its_error_and_cause_and_no_output() {
      // recorded: BASE_FAIL_STATE at INFO
      TestStateResponse response = test(b -> b
          .definition("{\"Type\":\"Fail\",\"Error\":\"SomeFailure\","
              + "\"Cause\":\"This state machines raises a 'SomeFailure' failure.\"}")
          .input("{\"Value\":\"HelloWorld\"}"));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("SomeFailure");
      assertThat(response.cause()).isEqualTo("This state machines raises a 'SomeFailure' failure.");
      assertThat(response.output()).isNull();
      assertThat(response.inspectionData()).isNull();
    }

    @Test
    void an_error_a_retrier_matches_is_retriable_with_the_backoff_the_retry_would_wait() {
      // recorded: retrierRetryCount 4, IntervalSeconds 1, BackoffRate 2 -> 16 seconds, retrier 0
      TestStateResponse response = test(b -> b.definition(TASK_RETRY)
          .input("{\"Values\":[\"first\",\"second\",\"third\"]}")
          .inspectionLevel(InspectionLevel.DEBUG)
          .stateConfiguration(c -> c.retrierRetryCount(4))
          .mock(m -> m.errorOutput(e -> e.error(ERROR_MOCK).cause("Mock the cause of the error."))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
      assertThat(response.error()).isEqualTo(ERROR_MOCK);
      assertThat(response.cause()).isEqualTo("Mock the cause of the error.");
      assertThat(response.output()).isNull();
      assertThat(response.nextState()).isNull();
      assertThat(response.inspectionData().errorDetails().retryIndex()).isZero();
      assertThat(response.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(16);
      assertThat(response.inspectionData().afterArguments()).isEqualTo("{\"FunctionName\":\"foo\",\"Payload\":\"bar\"}");
    }

    @Test
    void the_first_retry_waits_the_interval() {
      TestStateResponse response = test(b -> b.definition(TASK_RETRY).inspectionLevel(InspectionLevel.DEBUG)
          .mock(m -> m.errorOutput(e -> e.error(ERROR_MOCK))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.RETRIABLE);
      assertThat(response.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(1);
    }

    @Test
    void the_backoff_is_capped_by_max_delay_seconds() {
      String definition = TASK_RETRY.replace("\"BackoffRate\":2.0", "\"BackoffRate\":2.0,\"MaxDelaySeconds\":5");
      TestStateResponse response = test(b -> b.definition(definition).inspectionLevel(InspectionLevel.DEBUG)
          .stateConfiguration(c -> c.retrierRetryCount(4))
          .mock(m -> m.errorOutput(e -> e.error(ERROR_MOCK))));
      assertThat(response.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isEqualTo(5);
    }

    @Test
    void a_spent_retrier_fails_the_state_and_names_the_retrier() {
      // recorded: retrierRetryCount 5 = MaxAttempts -> FAILED, errorDetails with retryIndex only
      TestStateResponse response = test(b -> b.definition(TASK_RETRY).inspectionLevel(InspectionLevel.TRACE)
          .stateConfiguration(c -> c.retrierRetryCount(5))
          .mock(m -> m.errorOutput(e -> e.error(ERROR_MOCK).cause("Mock the cause of the error."))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo(ERROR_MOCK);
      assertThat(response.inspectionData().errorDetails().retryIndex()).isZero();
      assertThat(response.inspectionData().errorDetails().retryBackoffIntervalSeconds()).isNull();
    }

    @Test
    void an_error_a_catcher_catches_is_caught_with_the_catchers_output_and_next_state() {
      // recorded: the second catcher (States.TaskFailed) takes a States.TaskFailed mock
      TestStateResponse response = test(b -> b.definition(TASK_CATCH).input("{\"Value\":\"HelloWorld\"}")
          .inspectionLevel(InspectionLevel.DEBUG)
          .mock(m -> m.errorOutput(e -> e.error("States.TaskFailed").cause("The task failed."))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
      assertThat(response.error()).isEqualTo("States.TaskFailed");
      assertThat(response.cause()).isEqualTo("The task failed.");
      assertThat(response.nextState()).isEqualTo("HandleThreshold");
      assertThat(response.output()).isEqualTo("{\"Error\":\"States.TaskFailed\",\"Cause\":\"The task failed.\"}");
      assertThat(response.inspectionData().errorDetails().catchIndex()).isEqualTo(1);
      assertThat(response.inspectionData().result()).isNull();
    }

    @Test
    void a_catcher_of_a_spent_retrier_catches_and_both_are_named() {
      String definition = task("\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"],\"MaxAttempts\":1}],"
          + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.error\",\"Next\":\"Recover\"}],\"End\":true");
      TestStateResponse response = test(b -> b.definition(definition).input("{\"a\":1}")
          .inspectionLevel(InspectionLevel.DEBUG).stateConfiguration(c -> c.retrierRetryCount(1))
          .mock(m -> m.errorOutput(e -> e.error("Boom").cause("bad"))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
      assertThat(response.output()).isEqualTo("{\"a\":1,\"error\":{\"Error\":\"Boom\",\"Cause\":\"bad\"}}");
      assertThat(response.nextState()).isEqualTo("Recover");
      assertThat(response.inspectionData().errorDetails().retryIndex()).isZero();
      assertThat(response.inspectionData().errorDetails().catchIndex()).isZero();
    }

    @Test
    void a_catcher_whose_own_result_path_cannot_be_applied_fails_the_state() {
      // GIVEN an array input: neither the Task's ResultPath nor the catcher's applies to it
      String definition = task("\"ResultPath\":\"$.res\",\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],"
          + "\"ResultPath\":\"$.err\",\"Next\":\"Recover\"}],\"End\":true");
      // WHEN
      TestStateResponse response = test(b -> b.definition(definition).input("[]").mock(m -> m.result("{}")));
      // THEN
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("States.ResultPathMatchFailure");
      assertThat(response.cause()).contains("'$.err'");
    }

    @Test
    void a_runtime_error_is_never_retried_or_caught() {
      String definition = task("\"InputPath\":\"$.missing\",\"Retry\":[{\"ErrorEquals\":[\"States.ALL\"]}],"
          + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Recover\"}],\"End\":true");
      TestStateResponse response = test(b -> b.definition(definition).input("{}")
          .mock(m -> m.result("{}")));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("States.Runtime");
      assertThat(response.cause()).contains("Invalid path '$.missing'");
    }
  }

  // ------------------------------------------------------------------ inspection levels

  @Nested
  class InspectionLevels {
    private static final String IO_PASS = "{\"Type\":\"Pass\",\"InputPath\":\"$.initialData\","
        + "\"Parameters\":{\"staticValue\":\"some value\",\"inputValue.$\":\"$.fieldFromInput\"},"
        + "\"ResultPath\":\"$.modifiedData\",\"End\":true}";
    private static final String IO_INPUT = "{\"initialData\":{\"fieldFromInput\":\"value from input\","
        + "\"otherField\":\"other\"},\"unrelatedData\":{\"someOtherField\":1234}}";

    @Test
    void info_is_the_default_and_shows_no_inspection_data() {
      TestStateResponse response = test(b -> b.definition(IO_PASS).input(IO_INPUT));
      assertThat(response.inspectionData()).isNull();
      assertThat(response.output()).contains("\"modifiedData\"");
    }

    @Test
    void debug_shows_each_data_flow_step_of_a_pass_state() {
      // recorded: IO_PASS_STATE at DEBUG
      InspectionData data = test(b -> b.definition(IO_PASS).input(IO_INPUT).inspectionLevel(InspectionLevel.DEBUG))
          .inspectionData();
      assertThat(data.input()).isEqualTo(IO_INPUT);
      assertThat(data.afterInputPath()).isEqualTo("{\"fieldFromInput\":\"value from input\",\"otherField\":\"other\"}");
      assertThat(data.afterParameters()).isEqualTo("{\"staticValue\":\"some value\",\"inputValue\":\"value from input\"}");
      assertThat(data.afterResultSelector()).isEqualTo(data.afterParameters());
      assertThat(data.afterResultPath()).isEqualTo("{\"initialData\":{\"fieldFromInput\":\"value from input\","
          + "\"otherField\":\"other\"},\"unrelatedData\":{\"someOtherField\":1234},\"modifiedData\":"
          + "{\"staticValue\":\"some value\",\"inputValue\":\"value from input\"}}");
      assertThat(data.result()).isNull();
      assertThat(data.afterArguments()).isNull();
      assertThat(data.variables()).isNull();
      assertThat(data.errorDetails()).isNull();
    }

    @Test
    void a_pass_state_with_a_result_shows_the_result_and_not_its_input_steps() {
      // recorded: BASE_RESULT_PASS_STATE at DEBUG
      InspectionData data = test(b -> b.definition("{\"Type\":\"Pass\",\"Result\":{\"resultKey\":\"result value\"},"
          + "\"End\":true}").input("{\"Value\":\"HelloWorld\"}").inspectionLevel(InspectionLevel.DEBUG)).inspectionData();
      assertThat(data.result()).isEqualTo("{\"resultKey\":\"result value\"}");
      assertThat(data.afterResultSelector()).isEqualTo("{\"resultKey\":\"result value\"}");
      assertThat(data.afterResultPath()).isEqualTo("{\"resultKey\":\"result value\"}");
      assertThat(data.afterInputPath()).isNull();
      assertThat(data.afterParameters()).isNull();
    }

    @Test
    void trace_shows_what_debug_shows_and_no_http_exchange_the_fake_never_makes() {
      TestStateResponse debug = test(b -> b.definition(IO_PASS).input(IO_INPUT).inspectionLevel(InspectionLevel.DEBUG));
      TestStateResponse trace = test(b -> b.definition(IO_PASS).input(IO_INPUT).inspectionLevel(InspectionLevel.TRACE));
      assertThat(trace.inspectionData()).isEqualTo(debug.inspectionData());
      assertThat(trace.inspectionData().request()).isNull();
      assertThat(trace.inspectionData().response()).isNull();
    }

    @Test
    void a_jsonpath_task_shows_its_six_steps() {
      String definition = "{\"Type\":\"Task\",\"Resource\":\"" + LAMBDA_INVOKE + "\",\"InputPath\":\"$.in\","
          + "\"Parameters\":{\"FunctionName\":\"f\",\"Payload.$\":\"$\"},\"ResultSelector\":{\"p.$\":\"$.Payload\"},"
          + "\"ResultPath\":\"$.out\",\"OutputPath\":\"$.out\",\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).input("{\"in\":{\"x\":1}}")
          .inspectionLevel(InspectionLevel.DEBUG).mock(m -> m.result("{\"Payload\":{\"y\":2},\"StatusCode\":200}")));
      InspectionData data = response.inspectionData();
      assertThat(data.afterInputPath()).isEqualTo("{\"x\":1}");
      assertThat(data.afterParameters()).isEqualTo("{\"FunctionName\":\"f\",\"Payload\":{\"x\":1}}");
      assertThat(data.result()).isEqualTo("{\"Payload\":{\"y\":2},\"StatusCode\":200}");
      assertThat(data.afterResultSelector()).isEqualTo("{\"p\":{\"y\":2}}");
      assertThat(data.afterResultPath()).isEqualTo("{\"in\":{\"x\":1},\"out\":{\"p\":{\"y\":2}}}");
      assertThat(response.output()).isEqualTo("{\"p\":{\"y\":2}}");
    }

    @Test
    void a_jsonata_task_shows_its_arguments_and_result() {
      // recorded: JSONata Task with a mock at TRACE: input, afterArguments, result
      String definition = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Task\",\"Resource\":\"" + LAMBDA_INVOKE + "\","
          + "\"Arguments\":{\"FunctionName\":\"f\",\"Payload\":\"{% $states.input.cost %}\"},"
          + "\"Output\":\"{% $states.result.Payload %}\",\"Next\":\"Check\"}";
      TestStateResponse response = test(b -> b.definition(definition).input("{\"cost\":10}")
          .inspectionLevel(InspectionLevel.TRACE).mock(m -> m.result("{\"Payload\":{\"approval\":true}}")));
      InspectionData data = response.inspectionData();
      assertThat(data.input()).isEqualTo("{\"cost\":10}");
      assertThat(data.afterArguments()).isEqualTo("{\"FunctionName\":\"f\",\"Payload\":10}");
      assertThat(data.result()).isEqualTo("{\"Payload\":{\"approval\":true}}");
      assertThat(data.afterInputPath()).isNull();
      assertThat(data.afterResultPath()).isNull();
      assertThat(response.output()).isEqualTo("{\"approval\":true}");
      assertThat(response.nextState()).isEqualTo("Check");
    }

    @Test
    void a_choice_state_shows_its_input_path_and_goes_to_the_matching_choice() {
      // recorded: BASE_CHOICE_STATE at DEBUG
      String definition = "{\"Type\":\"Choice\",\"Choices\":[{\"And\":[{\"Variable\":\"$.type\",\"StringEquals\":"
          + "\"Private\"},{\"Variable\":\"$.value\",\"NumericGreaterThanEquals\":20},{\"Variable\":\"$.value\","
          + "\"NumericLessThan\":30}],\"Next\":\"ValueInTwenties\"}],\"Default\":\"DefaultState\"}";
      TestStateResponse response = test(b -> b.definition(definition).input("{\"type\":\"Private\",\"value\":22}")
          .inspectionLevel(InspectionLevel.DEBUG));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.nextState()).isEqualTo("ValueInTwenties");
      assertThat(response.output()).isEqualTo("{\"type\":\"Private\",\"value\":22}");
      assertThat(response.inspectionData().afterInputPath()).isEqualTo("{\"type\":\"Private\",\"value\":22}");
      assertThat(response.inspectionData().afterParameters()).isNull();
    }

    @Test
    void a_choice_that_matches_nothing_fails() {
      String definition = "{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\",\"IsPresent\":true,\"Next\":\"A\"}]}";
      TestStateResponse response = test(b -> b.definition(definition).input("{}"));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("States.NoChoiceMatched");
    }

    @Test
    void a_fail_state_shows_its_input_as_after_input_path() {
      // recorded: BASE_FAIL_STATE at DEBUG
      InspectionData data = test(b -> b.definition("{\"Type\":\"Fail\",\"Error\":\"E\"}").input("{\"Value\":1}")
          .inspectionLevel(InspectionLevel.DEBUG)).inspectionData();
      assertThat(data.input()).isEqualTo("{\"Value\":1}");
      assertThat(data.afterInputPath()).isEqualTo("{\"Value\":1}");
    }

    @Test
    void a_jsonata_state_shows_only_its_input() {
      // recorded: a JSONata Choice shows the input alone
      String definition = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Choice\",\"Choices\":[{\"Condition\":"
          + "\"{% $states.input.cost < 10 %}\",\"Next\":\"Approved\"}],\"Default\":\"Ask\"}";
      TestStateResponse response = test(b -> b.definition(definition).input("{\"cost\":9}")
          .inspectionLevel(InspectionLevel.TRACE));
      assertThat(response.nextState()).isEqualTo("Approved");
      assertThat(response.inspectionData()).isEqualTo(InspectionData.builder().input("{\"cost\":9}").build());
    }
  }

  // ------------------------------------------------------------------ state types

  @Nested
  class StateTypes {
    @Test
    void a_wait_state_answers_at_once_and_leaves_the_fakes_clock_alone() {
      // GIVEN
      Instant before = api.fake.clock().now();
      // WHEN
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Wait\",\"Seconds\":3600,\"Next\":\"After\"}")
          .input("{\"a\":1}").inspectionLevel(InspectionLevel.DEBUG));
      // THEN
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.nextState()).isEqualTo("After");
      assertThat(response.output()).isEqualTo("{\"a\":1}");
      assertThat(response.inspectionData().afterInputPath()).isEqualTo("{\"a\":1}");
      assertThat(api.fake.clock().now()).isEqualTo(before);
    }

    @Test
    void a_wait_state_with_a_bad_seconds_path_fails() {
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Wait\",\"SecondsPath\":\"$.s\",\"End\":true}")
          .input("{\"s\":\"soon\"}"));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("States.Runtime");
    }

    @Test
    void a_map_state_returns_the_mocked_results_of_its_iterations() {
      // recorded: BASE_MAP_STATE_MACHINE's Map at DEBUG: afterItemsPath, maxConcurrency, toleratedFailureCount
      String definition = "{\"Type\":\"Map\",\"ItemsPath\":\"$.Values\",\"ItemSelector\":{\"v.$\":\"$$.Map.Item.Value\"},"
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"HandleItem\",\"States\":{\"HandleItem\":{\"Type\":\"Pass\",\"End\":true}}},"
          + "\"ToleratedFailureCount\":2,\"ResultPath\":\"$.results\",\"Next\":\"Done\"}";
      TestStateResponse response = test(b -> b.definition(definition)
          .input("{\"Values\":[\"first\",\"second\",\"third\"]}").inspectionLevel(InspectionLevel.DEBUG)
          .mock(m -> m.result("[1,2,3]")));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"Values\":[\"first\",\"second\",\"third\"],\"results\":[1,2,3]}");
      assertThat(response.nextState()).isEqualTo("Done");
      InspectionData data = response.inspectionData();
      assertThat(data.afterInputPath()).isEqualTo("{\"Values\":[\"first\",\"second\",\"third\"]}");
      assertThat(data.afterItemsPath()).isEqualTo("[\"first\",\"second\",\"third\"]");
      assertThat(data.afterItemSelector()).isEqualTo("[{\"v\":\"first\"},{\"v\":\"second\"},{\"v\":\"third\"}]");
      assertThat(data.maxConcurrency()).isZero();
      assertThat(data.toleratedFailureCount()).isEqualTo(2);
      assertThat(data.toleratedFailurePercentage()).isNull();
      assertThat(data.result()).isNull();
      assertThat(data.afterResultPath()).isEqualTo(response.output());
    }

    @Test
    void an_inline_map_state_shows_its_max_concurrency() {
      String definition = "{\"Type\":\"Map\",\"MaxConcurrency\":1,\"ItemProcessor\":{\"StartAt\":\"P\","
          + "\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).input("[1,2]")
          .inspectionLevel(InspectionLevel.DEBUG).mock(m -> m.result("[\"a\",\"b\"]")));
      assertThat(response.output()).isEqualTo("[\"a\",\"b\"]");
      assertThat(response.inspectionData().maxConcurrency()).isEqualTo(1);
      assertThat(response.inspectionData().afterItemsPath()).isEqualTo("[1,2]");
    }

    @Test
    void a_jsonata_map_state_shows_its_settings_only() {
      // recorded: BASE_MAP_STATE with ToleratedFailurePercentage at DEBUG: input, maxConcurrency, percentage
      String definition = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Map\",\"Items\":\"{% $states.input.Values %}\","
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"TestState\",\"States\":{\"TestState\":{\"Type\":\"Pass\",\"End\":true}}},"
          + "\"ToleratedFailurePercentage\":\"{% 1 %}\",\"Output\":\"{% $states.result %}\",\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).input("{\"Values\":[1,2,3]}")
          .inspectionLevel(InspectionLevel.DEBUG).mock(m -> m.result("[1,1,1]")));
      assertThat(response.output()).isEqualTo("[1,1,1]");
      assertThat(response.inspectionData()).isEqualTo(InspectionData.builder().input("{\"Values\":[1,2,3]}")
          .maxConcurrency(0).toleratedFailurePercentage(1.0f).build());
    }

    @Test
    void a_map_state_fails_with_a_mocked_error() {
      // recorded: BASE_MAP_STATE with errorCausedByState of its inner state -> FAILED with the mock's error
      String definition = "{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"TestState\",\"States\":{"
          + "\"TestState\":" + task("\"End\":true") + "}},\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).input("[1,1,1]")
          .stateConfiguration(c -> c.errorCausedByState("TestState").mapIterationFailureCount(0))
          .mock(m -> m.errorOutput(e -> e.error(ERROR_MOCK).cause("Mock the cause of the error."))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo(ERROR_MOCK);
      assertThat(response.cause()).isEqualTo("Mock the cause of the error.");
    }

    @Test
    void a_parallel_state_gives_the_mocked_branch_outputs_to_its_result_selector() {
      String definition = "{\"Type\":\"Parallel\",\"Branches\":["
          + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}},"
          + "{\"StartAt\":\"B\",\"States\":{\"B\":{\"Type\":\"Pass\",\"End\":true}}}],"
          + "\"ResultSelector\":{\"first.$\":\"$[0]\"},\"Next\":\"Done\"}";
      TestStateResponse response = test(b -> b.definition(definition).input("{}")
          .inspectionLevel(InspectionLevel.DEBUG).mock(m -> m.result("[{\"a\":1},{\"b\":2}]")));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"first\":{\"a\":1}}");
      assertThat(response.nextState()).isEqualTo("Done");
      assertThat(response.inspectionData().afterResultSelector()).isEqualTo("{\"first\":{\"a\":1}}");
      assertThat(response.inspectionData().afterParameters()).isEqualTo("{}");
    }

    @Test
    void a_parallel_state_catches_a_mocked_error() {
      String definition = "{\"Type\":\"Parallel\",\"Branches\":["
          + "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}],"
          + "\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"Next\":\"Recover\"}],\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).inspectionLevel(InspectionLevel.DEBUG)
          .stateConfiguration(c -> c.errorCausedByState("A"))
          .mock(m -> m.errorOutput(e -> e.error("Branch.Failed").cause("no"))));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
      assertThat(response.nextState()).isEqualTo("Recover");
      assertThat(response.output()).isEqualTo("{\"Error\":\"Branch.Failed\",\"Cause\":\"no\"}");
      assertThat(response.inspectionData().errorDetails().catchIndex()).isZero();
    }

    @Test
    void an_activity_task_with_a_mock_gets_the_mock() {
      String definition = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:us-east-1:123456789012:activity:review\","
          + "\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).mock(m -> m.result("{\"ok\":true}")));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void a_wait_for_task_token_task_with_a_mock_sees_the_token_of_the_given_context() {
      // recorded: $$.Task.Token comes from the context the request gives
      String definition = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage.waitForTaskToken\","
          + "\"Parameters\":{\"QueueUrl\":\"q\",\"MessageBody\":{\"TaskToken.$\":\"$$.Task.Token\"}},"
          + "\"ResultPath\":\"$.SQS\",\"Next\":\"NEXT_STATE\"}";
      TestStateResponse response = test(b -> b.definition(definition).inspectionLevel(InspectionLevel.TRACE)
          .context("{\"Task\":{\"Token\":\"abcd123\"}}").mock(m -> m.result("{\"pokemon\":[\"pikachu\"]}")));
      assertThat(response.inspectionData().afterParameters())
          .isEqualTo("{\"QueueUrl\":\"q\",\"MessageBody\":{\"TaskToken\":\"abcd123\"}}");
      assertThat(response.inspectionData().input()).isEqualTo("{}");
      assertThat(response.output()).isEqualTo("{\"SQS\":{\"pokemon\":[\"pikachu\"]}}");
      assertThat(response.nextState()).isEqualTo("NEXT_STATE");
    }
  }

  // ------------------------------------------------------------------ request fields

  @Nested
  class RequestFields {
    private static final String MACHINE = "{\"StartAt\":\"Approval Required\",\"States\":{"
        + "\"Approval Required\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.cost\",\"NumericLessThan\":10,"
        + "\"Next\":\"Purchase Approved\"}],\"Default\":\"Process\"},"
        + "\"Process\":{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"HandleItem\",\"States\":{"
        + "\"HandleItem\":{\"Type\":\"Pass\",\"Parameters\":{\"item.$\":\"$\"},\"End\":true}}},"
        + "\"Next\":\"Purchase Approved\"},"
        + "\"Purchase Approved\":{\"Type\":\"Succeed\"}}}";

    @Test
    void state_name_tests_that_state_of_a_whole_machine() {
      // recorded: the blog post scenario's Choice, tested by name
      TestStateResponse response = test(b -> b.definition(MACHINE).stateName("Approval Required")
          .input("{\"cost\":9}"));
      assertThat(response.nextState()).isEqualTo("Purchase Approved");
    }

    @Test
    void state_name_finds_a_state_inside_a_map_processor() {
      // recorded: BASE_MAP_STATE_MACHINE's HandleItem, tested by name
      TestStateResponse response = test(b -> b.definition(MACHINE).stateName("HandleItem").input("{\"v\":1}"));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"item\":{\"v\":1}}");
      assertThat(response.nextState()).isNull();
    }

    @Test
    void input_defaults_to_an_empty_object() {
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}")
          .inspectionLevel(InspectionLevel.DEBUG));
      assertThat(response.output()).isEqualTo("{}");
      assertThat(response.inspectionData().input()).isEqualTo("{}");
    }

    @Test
    void a_task_without_a_mock_is_answered_by_the_fakes_task_mocks() {
      // GIVEN
      api.fake.mockTask("Charge").thenReturn("{\"charged\":true}");
      String machine = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":"
          + task("\"ResultPath\":\"$.charge\",\"Next\":\"Ship\"") + ",\"Ship\":{\"Type\":\"Succeed\"}}}";
      // WHEN
      TestStateResponse response = test(b -> b.definition(machine).stateName("Charge").roleArn(ROLE)
          .input("{\"id\":1}"));
      // THEN
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("{\"id\":1,\"charge\":{\"charged\":true}}");
      assertThat(response.nextState()).isEqualTo("Ship");
    }

    @Test
    void a_single_task_without_a_mock_is_answered_by_a_resource_mock() {
      String lambda = "arn:aws:lambda:us-east-1:123456789012:function:charge";
      api.fake.mockResource(lambda).thenReturn("\"HelloWorld!\"");
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Task\",\"Resource\":\"" + lambda
          + "\",\"End\":true}").roleArn(ROLE).input("{\"inputData\":\"HelloWorld\"}").inspectionLevel(InspectionLevel.DEBUG));
      // recorded: a Lambda returning a string: result and output are the JSON string
      assertThat(response.output()).isEqualTo("\"HelloWorld!\"");
      assertThat(response.inspectionData().result()).isEqualTo("\"HelloWorld!\"");
      assertThat(response.inspectionData().afterParameters()).isEqualTo("{\"inputData\":\"HelloWorld\"}");
    }

    @Test
    void a_start_execution_task_without_a_mock_starts_the_execution_in_the_fake() {
      // GIVEN
      String child = api.machine("child", Api.PASS_RESULT);
      String definition = "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::states:startExecution\","
          + "\"Parameters\":{\"StateMachineArn\":\"" + child + "\",\"Name\":\"from-test-state\"},\"End\":true}";
      // WHEN
      TestStateResponse response = test(b -> b.definition(definition).roleArn(ROLE));
      // THEN
      String execution = Api.PREFIX + "execution:child:from-test-state";
      assertThat(Json.parseUnchecked(response.output()).get("ExecutionArn").asText()).isEqualTo(execution);
      assertThat(api.status(execution)).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_task_nothing_answers_fails_saying_how_to_mock_it_in_the_request() {
      TestStateResponse response = test(b -> b.definition(task("\"End\":true")).roleArn(ROLE));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("States.Runtime");
      // A single-state definition's state has no name of its own: it is named by its resource.
      assertThat(response.cause()).isEqualTo("No mock answers the Task state under test (resource " + LAMBDA_INVOKE
          + "). Give the TestState request a mock (mock.result or mock.errorOutput), or mock it in the test, e.g. "
          + "sfn.mockResource(\"" + LAMBDA_INVOKE + "\").thenReturn(\"{...}\").");
    }

    @Test
    void a_task_of_a_whole_machine_nothing_answers_is_named_as_the_request_names_it() {
      // GIVEN
      String machine = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":" + task("\"End\":true") + "}}";
      // WHEN
      TestStateResponse response = test(b -> b.definition(machine).stateName("Charge").roleArn(ROLE));
      // THEN
      assertThat(response.cause()).isEqualTo("No mock answers the Task state 'Charge' under test (resource "
          + LAMBDA_INVOKE + "). Give the TestState request a mock (mock.result or mock.errorOutput), or mock it in"
          + " the test, e.g. sfn.mockTask(\"Charge\").thenReturn(\"{...}\").");
    }

    @Test
    void retrier_retry_count_picks_the_answer_of_that_attempt_from_a_mock_sequence() {
      // GIVEN the first two calls fail, the third succeeds
      api.fake.mockTask("StateName").thenFail("Busy", "try later").times(2).thenReturn("{\"ok\":true}");
      String definition = task("\"Retry\":[{\"ErrorEquals\":[\"Busy\"],\"MaxAttempts\":3}],\"End\":true");
      // WHEN / THEN
      assertThat(test(b -> b.definition(definition).roleArn(ROLE).stateConfiguration(c -> c.retrierRetryCount(1)))
          .status()).isEqualTo(TestExecutionStatus.RETRIABLE);
      assertThat(test(b -> b.definition(definition).roleArn(ROLE).stateConfiguration(c -> c.retrierRetryCount(2)))
          .output()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void a_task_that_never_answers_fails_with_states_timeout_after_five_minutes_of_test_time() {
      // GIVEN
      api.fake.mockTask("StateName").staysSilent();
      Instant before = api.fake.clock().now();
      // WHEN
      TestStateResponse response = test(b -> b.definition(task("\"End\":true")).roleArn(ROLE));
      // THEN
      assertThat(response.status()).isEqualTo(TestExecutionStatus.FAILED);
      assertThat(response.error()).isEqualTo("States.Timeout");
      assertThat(api.fake.clock().now()).isEqualTo(before);
    }

    @Test
    void a_task_timeout_shorter_than_a_slow_mock_times_the_task_out() {
      api.fake.mockTask("StateName").thenReturn("{}").takes(Duration.ofSeconds(30));
      TestStateResponse response = test(b -> b.definition(task("\"TimeoutSeconds\":10,"
          + "\"Catch\":[{\"ErrorEquals\":[\"States.Timeout\"],\"Next\":\"Late\"}],\"End\":true")).roleArn(ROLE));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
      assertThat(response.error()).isEqualTo("States.Timeout");
      assertThat(response.nextState()).isEqualTo("Late");
    }

    @Test
    void variables_are_seen_by_the_state_and_shown_after_its_assignments() {
      // recorded: the request's variables are visible to JSONata and shown as inspectionData.variables
      String definition = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Pass\","
          + "\"Output\":{\"seen\":\"{% $var_input_value %}\",\"sum\":\"{% $var_constant_1 + 6 %}\"},"
          + "\"Assign\":{\"assigned\":\"{% $var_constant_1 * 2 %}\"},\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).inspectionLevel(InspectionLevel.TRACE)
          .variables("{\"var_input_value\":\"test_value\",\"var_constant_1\":10}"));
      assertThat(response.output()).isEqualTo("{\"seen\":\"test_value\",\"sum\":16}");
      assertThat(Json.parseUnchecked(response.inspectionData().variables())).isEqualTo(Json.parseUnchecked(
          "{\"var_input_value\":\"test_value\",\"var_constant_1\":10,\"assigned\":20}"));
    }

    @Test
    void without_variables_no_variables_are_shown() {
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}")
          .inspectionLevel(InspectionLevel.DEBUG));
      assertThat(response.inspectionData().variables()).isNull();
    }

    @Test
    void the_generated_context_names_the_state_as_aws_does_and_counts_the_retries() {
      // recorded: $$.State.Name is "StateName" whatever the state is called; no Execution.RedriveCount
      String machine = "{\"StartAt\":\"Charge\",\"States\":{\"Charge\":{\"Type\":\"Task\",\"Resource\":\""
          + LAMBDA_INVOKE + "\",\"Parameters\":{\"FunctionName\":\"f\",\"ctx.$\":\"$$\"},"
          + "\"Retry\":[{\"ErrorEquals\":[\"X\"]}],\"End\":true}}}";
      TestStateResponse response = test(b -> b.definition(machine).stateName("Charge").input("{\"a\":1}")
          .inspectionLevel(InspectionLevel.DEBUG).stateConfiguration(c -> c.retrierRetryCount(2))
          .mock(m -> m.result("{}")));
      var context = Json.parseUnchecked(response.inspectionData().afterParameters()).get("ctx");
      assertThat(context.at("/State/Name").asText()).isEqualTo("StateName");
      assertThat(context.at("/State/RetryCount").asInt()).isEqualTo(2);
      assertThat(context.at("/State/EnteredTime").asText()).isEqualTo("2024-01-01T00:00:00.000Z");
      assertThat(context.at("/Execution/Input")).isEqualTo(Json.parseUnchecked("{\"a\":1}"));
      assertThat(context.at("/Execution/Id").asText()).startsWith("arn:aws:states:us-east-1:123456789012:express:");
      assertThat(context.at("/Execution/RoleArn").isNull()).isTrue();
      assertThat(context.at("/Execution").has("RedriveCount")).isFalse();
      assertThat(context.at("/StateMachine/Id").asText()).startsWith("arn:aws:states:us-east-1:123456789012:stateMachine:");
    }

    @Test
    void a_given_context_replaces_the_whole_context_object() {
      // recorded: an empty context makes $$ empty
      String definition = task("\"ResultSelector\":{\"ContextObjectValue.$\":\"$$\",\"LambdaOutput.$\":\"$\"},\"End\":true");
      TestStateResponse empty = test(b -> b.definition(definition).context("{}").mock(m -> m.result("{\"p\":1}")));
      assertThat(empty.output()).isEqualTo("{\"ContextObjectValue\":{},\"LambdaOutput\":{\"p\":1}}");
      TestStateResponse given = test(b -> b.definition(definition)
          .context("{\"Execution\":{\"Name\":\"execution-name-12345\"},\"State\":{\"Name\":\"MyTaskState\"}}")
          .mock(m -> m.result("{\"p\":1}")));
      assertThat(given.output()).isEqualTo("{\"ContextObjectValue\":{\"Execution\":{\"Name\":\"execution-name-12345\"},"
          + "\"State\":{\"Name\":\"MyTaskState\"}},\"LambdaOutput\":{\"p\":1}}");
    }

    @Test
    void a_mocked_result_is_the_tasks_result() {
      // recorded: fields outside the API's model pass STRICT validation
      TestStateResponse response = test(b -> b.definition(task("\"End\":true"))
          .mock(m -> m.result("{\"random\":\"json\"}").fieldValidationMode("STRICT")));
      assertThat(response.output()).isEqualTo("{\"random\":\"json\"}");
      TestStateResponse none = test(b -> b.definition(task("\"End\":true"))
          .mock(m -> m.result("[1]").fieldValidationMode("NONE")));
      assertThat(none.output()).isEqualTo("[1]");
    }

    @Test
    void reveal_secrets_without_a_mock_is_accepted() {
      TestStateResponse response = test(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}").revealSecrets(true));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
    }

    @Test
    void map_iteration_failure_count_over_the_tolerated_count_fails_the_map() {
      // recorded: ToleratedFailureCount 1, two failed iterations -> States.ExceedToleratedFailureThreshold,
      // which the Map's catcher catches
      String definition = "{\"QueryLanguage\":\"JSONata\",\"Type\":\"Map\",\"Items\":\"{% $states.input.Values %}\","
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"TestState\",\"States\":{\"TestState\":{\"Type\":\"Pass\",\"End\":true}}},"
          + "\"Catch\":[{\"ErrorEquals\":[\"MockException\"],\"Next\":\"HandleMockError\"},"
          + "{\"ErrorEquals\":[\"States.ExceedToleratedFailureThreshold\"],\"Next\":\"HandleThreshold\"}],"
          + "\"ToleratedFailureCount\":1,\"End\":true}";
      String input = "{\"Values\":[\"first\",\"second\",\"third\"]}";
      TestStateResponse below = test(b -> b.definition(definition).input(input)
          .stateConfiguration(c -> c.mapIterationFailureCount(0)).mock(m -> m.result("[1,1,1]")));
      assertThat(below.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      TestStateResponse over = test(b -> b.definition(definition).input(input).inspectionLevel(InspectionLevel.DEBUG)
          .stateConfiguration(c -> c.mapIterationFailureCount(2)).mock(m -> m.result("[0,0,1]")));
      assertThat(over.status()).isEqualTo(TestExecutionStatus.CAUGHT_ERROR);
      assertThat(over.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
      assertThat(over.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
      assertThat(over.nextState()).isEqualTo("HandleThreshold");
      assertThat(over.inspectionData().errorDetails().catchIndex()).isEqualTo(1);
      assertThat(over.inspectionData().toleratedFailureCount()).isEqualTo(1);
    }

    @Test
    void map_iteration_failure_count_over_the_tolerated_percentage_fails_the_map() {
      String definition = "{\"Type\":\"Map\",\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
          + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},"
          + "\"ToleratedFailurePercentage\":50,\"End\":true}";
      assertThat(test(b -> b.definition(definition).input("[1,2,3,4]")
          .stateConfiguration(c -> c.mapIterationFailureCount(2)).mock(m -> m.result("[1,2,3,4]"))).status())
          .isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(test(b -> b.definition(definition).input("[1,2,3,4]")
          .stateConfiguration(c -> c.mapIterationFailureCount(3)).mock(m -> m.result("[1,2,3,4]"))).error())
          .isEqualTo("States.ExceedToleratedFailureThreshold");
    }

    @Test
    void map_iteration_failure_count_is_ignored_by_a_map_that_tolerates_nothing() {
      // recorded: BASE_MAP_STATE (no tolerance) with mapIterationFailureCount 2 succeeds
      String definition = "{\"Type\":\"Map\",\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\","
          + "\"ExecutionType\":\"STANDARD\"},\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},"
          + "\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition).input("[1,2,3]")
          .stateConfiguration(c -> c.mapIterationFailureCount(2)).mock(m -> m.result("[0,0,1]")));
      assertThat(response.status()).isEqualTo(TestExecutionStatus.SUCCEEDED);
      assertThat(response.output()).isEqualTo("[0,0,1]");
    }

    @Test
    void map_item_reader_data_is_what_the_item_reader_reads() {
      // recorded: MAP_ITEM_READER_STATE_MACHINE with mapItemReaderData [1, 2, 3] and a mocked result
      String definition = "{\"Type\":\"Map\",\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\","
          + "\"Parameters\":{\"Bucket.$\":\"$.Bucket\",\"Key.$\":\"$.Key\"}},"
          + "\"ItemSelector\":{\"n.$\":\"$$.Map.Item.Value\"},\"ItemBatcher\":{\"MaxItemsPerBatch\":2},"
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"MaxConcurrency\":1,\"End\":true}";
      TestStateResponse response = test(b -> b.definition(definition)
          .input("{\"Bucket\":\"test-bucket\",\"Key\":\"test-key\"}").inspectionLevel(InspectionLevel.DEBUG)
          .stateConfiguration(c -> c.mapItemReaderData("[1, 2, 3]")).mock(m -> m.result("[1, 4, 9]")));
      assertThat(response.output()).isEqualTo("[1,4,9]");
      InspectionData data = response.inspectionData();
      assertThat(data.maxConcurrency()).isEqualTo(1);
      assertThat(data.afterItemSelector()).isEqualTo("[{\"n\":1},{\"n\":2},{\"n\":3}]");
      assertThat(data.afterItemBatcher()).isEqualTo("[{\"Items\":[{\"n\":1},{\"n\":2}]},{\"Items\":[{\"n\":3}]}]");
      assertThat(data.afterItemsPath()).isNull();
    }

    @Test
    void without_item_reader_data_the_item_reader_reads_the_fakes_s3() {
      // GIVEN
      api.fake.s3().putObject("orders", "items.json", "[\"a\",\"b\"]");
      String definition = "{\"Type\":\"Map\",\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:getObject\","
          + "\"Parameters\":{\"Bucket\":\"orders\",\"Key\":\"items.json\"}},"
          + "\"ItemSelector\":{\"item.$\":\"$$.Map.Item.Value\"},"
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}";
      // WHEN
      TestStateResponse response = test(b -> b.definition(definition).inspectionLevel(InspectionLevel.DEBUG)
          .mock(m -> m.result("[1,2]")));
      // THEN
      assertThat(response.inspectionData().afterItemSelector()).isEqualTo("[{\"item\":\"a\"},{\"item\":\"b\"}]");
    }

    @Test
    void testing_a_state_creates_nothing_in_the_fake() {
      test(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}"));
      assertThat(api.client.listStateMachines(b -> { }).stateMachines()).isEmpty();
    }

    @Test
    void testing_a_state_leaves_the_fakes_generated_names_alone() {
      // GIVEN
      String machine = api.machine("m", Api.PASS);
      String before;
      try (Api other = new Api(ClientKind.SYNC)) {
        String otherMachine = other.machine("m", Api.PASS);
        before = other.client.startExecution(b -> b.stateMachineArn(otherMachine)).executionArn();
      }
      // WHEN
      test(b -> b.definition("{\"Type\":\"Pass\",\"End\":true}"));
      String after = api.client.startExecution(b -> b.stateMachineArn(machine)).executionArn();
      // THEN
      assertThat(after).isEqualTo(before);
    }
  }
}
