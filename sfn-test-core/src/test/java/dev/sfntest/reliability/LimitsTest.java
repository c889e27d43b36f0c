package dev.sfntest.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sfntest.core.FakeSfn;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * AWS's quotas at their edges, through the API: 256 KiB payloads, 25,000 history events, 1 MiB
 * definitions, deep JSON, and Maps of 10,000 items; each within a time bound, and those that hold
 * much with a bound on the memory the fake keeps. Isolated, so the heap it measures is its own.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html">Step Functions service quotas</a>
 */
@Isolated
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LimitsTest {

  private static final int KIB_256 = 256 * 1024;

  private final FakeSfn fake = FakeSfn.create();
  private final SfnClient client = fake.client();

  @AfterEach
  void close() {
    fake.close();
  }

  private String machine(String definition) {
    return machine("limits", definition);
  }

  private String machine(String name, String definition) {
    return client.createStateMachine(b -> b.name(name).roleArn(FakeSfn.ROLE_ARN).definition(definition))
        .stateMachineArn();
  }

  private String start(String machine, String input) {
    return client.startExecution(b -> b.stateMachineArn(machine).input(input)).executionArn();
  }

  private DescribeExecutionResponse describe(String executionArn) {
    return client.describeExecution(b -> b.executionArn(executionArn));
  }

  /** {"s":"xxx..."}, exactly {@code bytes} long in UTF-8, of a character of {@code charBytes} bytes. */
  private static String stringInput(int bytes, String character) {
    int payload = bytes - "{\"s\":\"\"}".length();
    int perChar = character.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    return "{\"s\":\"" + character.repeat(payload / perChar) + "x".repeat(payload % perChar) + "\"}";
  }

  /** The heap the JVM holds after full collections; the fake under test is still reachable. */
  private static long heapInUse() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static final String ECHO = "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}";

  @Nested
  class Payloads {
    @Test
    void an_input_of_exactly_256_kib_runs_and_one_byte_more_is_refused() {
      // GIVEN
      String echo = machine(ECHO);

      // WHEN
      String ascii = start(echo, stringInput(KIB_256, "x"));
      String twoByte = start(echo, stringInput(KIB_256, "é"));
      InvalidExecutionInputException tooLarge = catchThrowableOfType(InvalidExecutionInputException.class,
          () -> start(echo, stringInput(KIB_256 + 1, "x")));

      // THEN
      assertThat(describe(ascii).statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(describe(twoByte).statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(tooLarge.awsErrorDetails().errorCode()).isEqualTo("InvalidExecutionInput");
    }

    @Test
    void a_state_output_over_256_kib_fails_the_execution_with_data_limit_exceeded() {
      // GIVEN a Pass state that doubles a 150 KiB input
      String doubling = machine("{\"StartAt\":\"Double\",\"States\":{\"Double\":{\"Type\":\"Pass\","
          + "\"Parameters\":{\"a.$\":\"$.s\",\"b.$\":\"$.s\"},\"End\":true}}}");

      // WHEN
      String execution = start(doubling, stringInput(150 * 1024, "x"));

      // THEN the cause is AWS's (conformance case test_start_large_input)
      assertThat(describe(execution).error()).isEqualTo("States.DataLimitExceeded");
      assertThat(describe(execution).cause()).isEqualTo("The state/task 'Double' returned a result with a size"
          + " exceeding the maximum number of bytes service limit.");
    }

    @Test
    void a_task_result_over_256_kib_fails_the_task_with_data_limit_exceeded() {
      // GIVEN
      fake.mockTask("Fetch").thenReturn(stringInput(KIB_256 + 1, "x"));
      String fetching = machine("{\"StartAt\":\"Fetch\",\"States\":{\"Fetch\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:fetch\",\"End\":true}}}");

      // WHEN
      String execution = start(fetching, "{}");

      // THEN
      assertThat(describe(execution).error()).isEqualTo("States.DataLimitExceeded");
    }

    @Test
    void send_task_success_over_256_kib_is_refused_and_the_task_still_waits_for_an_answer() {
      // GIVEN an activity task taken by a worker
      String activity = client.createActivity(b -> b.name("work")).activityArn();
      String execution = start(machine("{\"StartAt\":\"Work\",\"States\":{\"Work\":{\"Type\":\"Task\","
          + "\"Resource\":\"" + activity + "\",\"End\":true}}}"), "{}");
      String token = client.getActivityTask(b -> b.activityArn(activity)).taskToken();

      // WHEN
      ValidationException refused = catchThrowableOfType(ValidationException.class,
          () -> client.sendTaskSuccess(b -> b.taskToken(token).output(stringInput(KIB_256 + 1, "x"))));
      client.sendTaskSuccess(b -> b.taskToken(token).output("{\"ok\":true}"));

      // THEN
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
      assertThat(describe(execution).output()).isEqualTo("{\"ok\":true}");
    }
  }

  @Nested
  class History {
    @Test
    void an_execution_that_never_ends_fails_at_25000_events_within_bounded_time_and_memory() {
      // GIVEN two Pass states that hand over to each other for ever
      String loop = machine("{\"StartAt\":\"Ping\",\"States\":{"
          + "\"Ping\":{\"Type\":\"Pass\",\"Result\":{\"payload\":\"" + "p".repeat(100) + "\"},\"Next\":\"Pong\"},"
          + "\"Pong\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.stop\",\"IsPresent\":true,"
          + "\"Next\":\"Done\"}],\"Default\":\"Ping\"},\"Done\":{\"Type\":\"Succeed\"}}}");
      long before = heapInUse();

      // WHEN
      String execution = start(loop, "{}");

      // THEN
      List<HistoryEvent> history = Histories.of(client, execution);
      assertThat(history).hasSize(25_000);
      Histories.assertWellFormed(history);
      assertThat(history.get(24_999).type()).isEqualTo(HistoryEventType.EXECUTION_FAILED);
      assertThat(describe(execution).error()).isEqualTo("States.Runtime");
      assertThat(describe(execution).cause()).contains("maximum number of history events (25000)");
      assertThat(heapInUse() - before).as("heap kept for 25,000 events").isLessThan(64L * 1024 * 1024);
    }
  }

  @Nested
  class Definitions {
    /** A chain of {@code states} Pass states, each with a comment, padded to exactly {@code length}. */
    private String definitionOfLength(int states, int length) {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < states; i++) {
        body.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",\"Comment\":\"")
            .append("c".repeat(900)).append("\",").append(i + 1 < states ? "\"Next\":\"S" + (i + 1) + "\"" : "\"End\":true")
            .append('}');
      }
      String head = "{\"StartAt\":\"S0\",\"Comment\":\"";
      String tail = "\",\"States\":{" + body + "}}";
      return head + "x".repeat(length - head.length() - tail.length()) + tail;
    }

    @Test
    void a_definition_of_exactly_1_mib_is_created_and_runs() {
      // GIVEN
      String definition = definitionOfLength(1000, 1024 * 1024);

      // WHEN
      String execution = start(machine(definition), "{}");

      // THEN
      assertThat(describe(execution).statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(Histories.of(client, execution)).hasSize(2 + 2 * 1000);
    }

    @Test
    void a_definition_one_character_over_1_mib_is_refused_before_it_is_read() {
      // GIVEN
      String definition = definitionOfLength(1000, 1024 * 1024 + 1);

      // WHEN
      ValidationException created = catchThrowableOfType(ValidationException.class, () -> machine(definition));
      ValidationException validated = catchThrowableOfType(ValidationException.class,
          () -> client.validateStateMachineDefinition(b -> b.definition(definition)));

      // THEN
      assertThat(created.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
      assertThat(validated.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
    }
  }

  @Nested
  class Nesting {
    @Test
    void an_input_1000_levels_deep_runs_and_deeper_ones_are_refused() {
      // GIVEN
      String echo = machine(ECHO);

      // WHEN
      String deep = start(echo, "[".repeat(1000) + "]".repeat(1000));

      // THEN
      assertThat(describe(deep).output()).isEqualTo("[".repeat(1000) + "]".repeat(1000));
      for (int depth : new int[] {1001, 100_000}) {
        InvalidExecutionInputException refused = catchThrowableOfType(InvalidExecutionInputException.class,
            () -> start(echo, "[".repeat(depth) + "]".repeat(depth)));
        assertThat(refused.awsErrorDetails().errorCode()).as("depth %d", depth).isEqualTo("InvalidExecutionInput");
      }
    }

    @Test
    void a_definition_100000_levels_deep_is_an_invalid_definition() {
      // WHEN
      InvalidDefinitionException refused = catchThrowableOfType(InvalidDefinitionException.class,
          () -> machine("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":"
              + "[".repeat(100_000) + "]".repeat(100_000) + ",\"End\":true}}}"));

      // THEN
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("InvalidDefinition");
    }

    @Test
    void a_loop_that_nests_its_data_deeper_each_turn_fails_as_a_state_and_the_fake_goes_on() {
      // GIVEN each turn wraps the whole state data in one more object
      String deepening = machine("{\"StartAt\":\"Wrap\",\"States\":{"
          + "\"Wrap\":{\"Type\":\"Pass\",\"Parameters\":{\"x.$\":\"$\",\"n.$\":\"States.MathAdd($.n, 1)\"},"
          + "\"Next\":\"Again\"},"
          + "\"Again\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericLessThan\":3000,"
          + "\"Next\":\"Wrap\"}],\"Default\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}");

      // WHEN
      String execution = start(deepening, "{\"n\":0}");

      // THEN
      DescribeExecutionResponse described = describe(execution);
      assertThat(described.statusAsString()).isEqualTo("FAILED");
      assertThat(described.error()).startsWith("States.");
      Histories.assertWellFormed(Histories.of(client, execution));
      assertThat(describe(start(machine("echo", ECHO), "{}")).statusAsString()).isEqualTo("SUCCEEDED");
    }

    /** A result {@code depth} levels deep placed {@code steps} levels down, after a state that measured its input. */
    private String placing(int depth, int steps) {
      StringBuilder path = new StringBuilder("$");
      for (int i = 0; i < steps; i++) {
        path.append(".a").append(i);
      }
      return machine(Outcomes.uniqueName("placing"), "{\"StartAt\":\"First\",\"States\":{\"First\":{\"Type\":"
          + "\"Pass\",\"Next\":\"Place\"},\"Place\":{\"Type\":\"Pass\",\"Result\":" + "[".repeat(depth)
          + "]".repeat(depth) + ",\"ResultPath\":\"" + path + "\",\"End\":true}}}");
    }

    @Test
    void a_deep_result_placed_deeper_by_a_long_result_path_fails_as_a_state() {
      // GIVEN 990 + 40 levels: an output built from measured parts is bounded, not measured again,
      // unless its ResultPath is long
      String placing = placing(990, 40);

      // WHEN
      String execution = start(placing, "{}");

      // THEN
      DescribeExecutionResponse described = describe(execution);
      assertThat(described.error()).isEqualTo("States.DataLimitExceeded");
      Histories.assertWellFormed(Histories.of(client, execution));
    }

    @Test
    void a_deep_result_placed_a_little_deeper_by_a_short_result_path_is_written_and_then_refused() {
      // GIVEN 995 + 15 levels, under a ResultPath short enough to go unmeasured
      String placing = placing(995, 15);

      // WHEN
      String execution = start(placing, "{}");

      // THEN the state's output is in the history; the execution's output is measured, and refused
      DescribeExecutionResponse described = describe(execution);
      assertThat(described.error()).isEqualTo("States.DataLimitExceeded");
      List<HistoryEvent> history = Histories.of(client, execution);
      Histories.assertWellFormed(history);
      assertThat(history.get(history.size() - 2).type()).isEqualTo(HistoryEventType.PASS_STATE_EXITED);
    }

    @Test
    void a_loop_that_nests_a_variable_deeper_each_turn_fails_as_a_state_and_the_fake_goes_on() {
      // GIVEN each turn assigns the variable wrapped in one more object
      String deepening = machine("{\"StartAt\":\"Init\",\"States\":{"
          + "\"Init\":{\"Type\":\"Pass\",\"Assign\":{\"v\":0},\"Next\":\"Wrap\"},"
          + "\"Wrap\":{\"Type\":\"Pass\",\"Parameters\":{\"n.$\":\"States.MathAdd($.n, 1)\"},"
          + "\"Assign\":{\"v\":{\"w.$\":\"$v\"}},\"Next\":\"Again\"},"
          + "\"Again\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.n\",\"NumericLessThan\":3000,"
          + "\"Next\":\"Wrap\"}],\"Default\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}");

      // WHEN
      String execution = start(deepening, "{\"n\":0}");

      // THEN
      DescribeExecutionResponse described = describe(execution);
      assertThat(described.statusAsString()).isEqualTo("FAILED");
      assertThat(described.error()).startsWith("States.");
      Histories.assertWellFormed(Histories.of(client, execution));
    }

    @Test
    void jsonata_that_builds_deep_data_by_tail_recursion_fails_as_a_state_and_the_fake_goes_on() {
      // GIVEN a tail-recursive function, which JSONata runs without growing the stack
      String building = machine("{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"Build\",\"States\":{\"Build\":{"
          + "\"Type\":\"Pass\",\"Output\":\"{% ($f := function($n, $acc) { $n = 0 ? $acc : $f($n - 1, {'a': $acc}) };"
          + " $f(5000, 0)) %}\",\"End\":true}}}");

      // WHEN
      String execution = start(building, "{}");

      // THEN
      DescribeExecutionResponse described = describe(execution);
      assertThat(described.statusAsString()).isEqualTo("FAILED");
      assertThat(described.error()).startsWith("States.");
      Histories.assertWellFormed(Histories.of(client, execution));
    }
  }

  @Nested
  class Time {
    private static final String WAIT_SECONDS_PATH = "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
        + "\"SecondsPath\":\"$.s\",\"End\":true}}}";

    /** The fake still runs a 10-second Wait in 10 seconds, from wherever its clock is. */
    private void assertClockStillWorks() {
      java.time.Instant before = fake.clock().now();
      String execution = start(machine(Outcomes.uniqueName("tick"), "{\"StartAt\":\"W\",\"States\":{\"W\":"
          + "{\"Type\":\"Wait\",\"Seconds\":10,\"End\":true}}}"), "{}");
      assertThat(describe(execution).statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(describe(execution).stopDate()).isEqualTo(before.plusSeconds(10));
    }

    @Test
    void a_wait_longer_than_a_long_holds_fails_as_a_value_that_is_no_long() {
      // WHEN
      String execution = start(machine(WAIT_SECONDS_PATH), "{\"s\":123456789012345678901234567890}");

      // THEN
      assertThat(describe(execution).error()).isEqualTo("States.Runtime");
      assertThat(describe(execution).cause()).contains("cannot be parsed as a long value");
      assertClockStillWorks();
    }

    @Test
    void a_standard_execution_times_out_after_a_year_however_long_it_waits() {
      // GIVEN waits of the longest long, until the year 999999999, and a machine timeout of three years
      String longest = start(machine("longest", WAIT_SECONDS_PATH), "{\"s\":9223372036854775807}");
      String farthest = start(machine("farthest", "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":\"Wait\","
          + "\"TimestampPath\":\"$.t\",\"End\":true}}}"), "{\"t\":\"+999999999-12-31T23:59:59Z\"}");
      String patient = start(machine("patient", "{\"TimeoutSeconds\":99999999,\"StartAt\":\"W\",\"States\":"
          + "{\"W\":{\"Type\":\"Wait\",\"Seconds\":99999999,\"End\":true}}}"), "{}");

      // THEN each ends after the year AWS lets a standard execution run, with States.Timeout
      for (String execution : List.of(longest, farthest, patient)) {
        DescribeExecutionResponse described = describe(execution);
        assertThat(described.statusAsString()).as(execution).isEqualTo("TIMED_OUT");
        assertThat(Duration.between(described.startDate(), described.stopDate()).truncatedTo(ChronoUnit.SECONDS))
            .isEqualTo(Duration.ofDays(365));
        Histories.assertWellFormed(Histories.of(client, execution));
      }
      assertThat(fake.clock().nextTimer()).as("a timer left at the end of time").isNull();
      assertClockStillWorks();
    }

    @Test
    void retries_and_task_timeouts_past_the_end_of_time_raise_nothing() {
      // GIVEN a task that always fails, retried 30 times at 99999999 seconds times 100 per retry,
      // and one whose timeout is the longest long
      fake.mockTask("Flaky").thenFail("Busy", "always");
      fake.mockTask("Slow").staysSilent();
      String flaky = start(machine("flaky", "{\"StartAt\":\"Flaky\",\"States\":{\"Flaky\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\",\"Retry\":[{\"ErrorEquals\":"
          + "[\"Busy\"],\"IntervalSeconds\":99999999,\"BackoffRate\":100,\"MaxAttempts\":30}],\"End\":true}}}"), "{}");
      String slow = start(machine("slow", "{\"StartAt\":\"Slow\",\"States\":{\"Slow\":{\"Type\":\"Task\","
          + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\",\"TimeoutSecondsPath\":\"$.s\","
          + "\"End\":true}}}"), "{\"s\":9223372036854775807}");
      fake.clock().advance(Duration.ofDays(366));

      // THEN
      assertThat(describe(flaky).statusAsString()).isEqualTo("TIMED_OUT");
      assertThat(describe(slow).statusAsString()).isEqualTo("TIMED_OUT");
      assertThat(fake.clock().nextTimer()).as("a timer left at the end of time").isNull();
      assertClockStillWorks();
    }
  }

  @Nested
  class Maps {
    private String items(int count) {
      StringBuilder items = new StringBuilder("[");
      for (int i = 0; i < count; i++) {
        items.append(i == 0 ? "" : ",").append(i);
      }
      return items.append(']').toString();
    }

    @Test
    void an_inline_map_of_10000_items_reaches_the_history_quota_as_on_aws() {
      // GIVEN four events per item: more than 25,000 (AWS advises a distributed Map then)
      String inline = machine("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"MaxConcurrency\":40,"
          + "\"ItemProcessor\":{\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}");
      long before = heapInUse();

      // WHEN
      String execution = start(inline, items(10_000));

      // THEN
      assertThat(describe(execution).error()).isEqualTo("States.Runtime");
      assertThat(Histories.of(client, execution)).hasSize(25_000);
      assertThat(heapInUse() - before).as("heap kept").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_distributed_map_of_10000_items_runs_them_all_within_bounded_time_and_memory() {
      // GIVEN
      String distributed = machine("{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"MaxConcurrency\":1000,"
          + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
          + "\"StartAt\":\"I\",\"States\":{\"I\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}");
      long before = heapInUse();

      // WHEN
      String execution = start(distributed, items(10_000));

      // THEN
      assertThat(describe(execution).statusAsString()).isEqualTo("SUCCEEDED");
      String mapRun = client.listMapRuns(b -> b.executionArn(execution)).mapRuns().get(0).mapRunArn();
      DescribeMapRunResponse run = client.describeMapRun(b -> b.mapRunArn(mapRun));
      assertThat(run.itemCounts().succeeded()).isEqualTo(10_000);
      assertThat(heapInUse() - before).as("heap kept for 10,000 child executions").isLessThan(256L * 1024 * 1024);
    }
  }
}
