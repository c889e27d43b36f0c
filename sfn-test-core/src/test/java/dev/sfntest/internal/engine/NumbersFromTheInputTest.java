package dev.sfntest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.core.Execution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;

/**
 * The {@code ...Path} and JSONata spellings of number fields, read at run time: a number past what
 * the field takes (past an int, past a long) fails the state with {@code States.Runtime} naming
 * it, as a negative one does; it never wraps round to a small or negative number, never escapes as
 * a Java exception.
 */
class NumbersFromTheInputTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:echo";
  private static final String PAST_A_LONG = "9223372036854775808";
  private final Runs runs = new Runs();

  @BeforeEach
  void mocks() {
    runs.fake.mockResource(LAMBDA).thenAnswer(call -> call.input());
  }

  @AfterEach
  void close() {
    runs.close();
  }

  private DescribeExecutionResponse run(String state, String input) {
    Execution run = runs.run("{'StartAt':'S','States':{'S':" + state + "}}", input);
    return run.describe();
  }

  private static String distributed(String fields) {
    return "{'Type':'Map','ItemsPath':'$.items'," + fields + ",'ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED',"
        + "'ExecutionType':'STANDARD'},'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}";
  }

  @Nested
  class Task_timeouts {
    @Test
    void a_timeout_past_a_long_is_a_runtime_error() {
      DescribeExecutionResponse described = run("{'Type':'Task','Resource':'" + LAMBDA + "','TimeoutSecondsPath':'$.t',"
          + "'End':true}", "{'t':" + PAST_A_LONG + "}");
      assertThat(described.error()).isEqualTo("States.Runtime");
      assertThat(described.cause()).endsWith("The value of the field 'TimeoutSecondsPath' must be a positive integer, "
          + "but was: " + PAST_A_LONG);
    }

    @Test
    void a_heartbeat_past_a_long_is_a_runtime_error() {
      DescribeExecutionResponse described = run("{'Type':'Task','Resource':'" + LAMBDA + "','HeartbeatSecondsPath':'$.h',"
          + "'End':true}", "{'h':18446744073709551617}");
      assertThat(described.error()).isEqualTo("States.Runtime");
      assertThat(described.cause()).contains("'HeartbeatSecondsPath' must be a positive integer");
    }

    @Test
    void the_largest_long_is_a_timeout_that_never_comes() {
      DescribeExecutionResponse described = run("{'Type':'Task','Resource':'" + LAMBDA + "','TimeoutSecondsPath':'$.t',"
          + "'End':true}", "{'t':9223372036854775807}");
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
    }
  }

  @Nested
  class Wait_seconds {
    @Test
    void seconds_past_a_long_cannot_be_parsed_as_a_long() {
      DescribeExecutionResponse described = run("{'Type':'Wait','SecondsPath':'$.s','End':true}",
          "{'s':" + PAST_A_LONG + "}");
      assertThat(described.error()).isEqualTo("States.Runtime");
      assertThat(described.cause()).endsWith("The SecondsPath parameter cannot be parsed as a long value: $.s == "
          + PAST_A_LONG);
    }

    @Test
    void a_jsonata_seconds_past_a_long_is_a_runtime_error() {
      Execution run = runs.run("{'QueryLanguage':'JSONata','StartAt':'W','States':{'W':{'Type':'Wait',"
          + "'Seconds':'{% $states.input.s %}','End':true}}}", "{'s':" + PAST_A_LONG + "}");
      assertThat(run.describe().error()).isEqualTo("States.Runtime");
      assertThat(run.describe().cause()).contains("must be a non-negative integer");
    }
  }

  @Nested
  class Map_numbers {
    @Test
    void a_max_concurrency_past_an_int_is_not_a_valid_integer() {
      DescribeExecutionResponse described = run("{'Type':'Map','ItemsPath':'$.items','MaxConcurrencyPath':'$.c',"
          + "'ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}",
          "{'items':[1],'c':2147483648}");
      assertThat(described.error()).isEqualTo("States.Runtime");
      assertThat(described.cause()).endsWith("The MaxConcurrencyPath field refers to value \"2147483648\" which is not "
          + "a valid integer: $.c");
    }

    @Test
    void a_tolerated_failure_count_past_a_long_tolerates_every_failure() {
      DescribeExecutionResponse described = run(distributed("'ToleratedFailureCountPath':'$.n'"),
          "{'items':[1,2],'n':" + PAST_A_LONG + "}");
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void a_batch_size_past_a_long_written_as_text_is_no_limit() {
      DescribeExecutionResponse described = run(distributed("'ItemBatcher':{'MaxItemsPerBatchPath':'$.n'}"),
          "{'items':[1,2,3],'n':'99999999999999999999999'}");
      assertThat(described.statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(described.output()).isEqualTo("[{\"Items\":[1,2,3]}]");
    }
  }
}
