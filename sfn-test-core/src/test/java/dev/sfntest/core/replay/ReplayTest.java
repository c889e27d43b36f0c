package dev.sfntest.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.core.StateMachine;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.shared.model.SdkModelJson;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class ReplayTest {

  private static final String LAMBDA = "arn:aws:lambda:eu-west-1:111122223333:function:";

  /** A payment retried while throttled, then declined and caught into a Fail state. */
  static final String PAYMENT = """
      {"StartAt": "Price", "States": {
        "Price": {"Type": "Task", "Resource": "%1$sprice", "ResultPath": "$.price", "Next": "Pay"},
        "Pay": {"Type": "Task", "Resource": "%1$spay", "ResultPath": "$.payment", "Next": "Done",
          "Retry": [{"ErrorEquals": ["Payment.Throttled"], "IntervalSeconds": 3, "MaxAttempts": 2}],
          "Catch": [{"ErrorEquals": ["Payment.Declined"], "ResultPath": "$.error", "Next": "Declined"}]},
        "Declined": {"Type": "Fail", "Error": "Order.PaymentDeclined", "Cause": "the card was declined"},
        "Done": {"Type": "Succeed"}}}""".formatted(LAMBDA);

  /** Asks a person through a queue and waits for the answer, at most a day, with heartbeats every hour. */
  static final String APPROVAL = """
      {"StartAt": "Ask", "States": {
        "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters": {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/111122223333/approvals",
                         "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.orderId"}},
          "TimeoutSeconds": 86400, "HeartbeatSeconds": 3600, "End": true}}}""";

  /** For each item, a price (retried when throttled) and a stock check, side by side. */
  static final String ITEMS = """
      {"StartAt": "Each", "States": {"Each": {"Type": "Map", "End": true, "ItemSelector": {"item.$": "$$.Map.Item.Value"},
        "ItemProcessor": {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "Price", "States": {"Price": {"Type": "Task", "Resource": "%1$sprice", "End": true,
            "Retry": [{"ErrorEquals": ["Price.Throttled"], "IntervalSeconds": 1}]}}},
          {"StartAt": "Stock", "States": {"Stock": {"Type": "Task", "Resource": "%1$sstock", "End": true}}}]}}}}}}"""
      .formatted(LAMBDA);

  private final FakeSfn recording = FakeSfn.builder().region("eu-west-1").account("111122223333").build();
  private final SfnTestContext sfn = SfnTestContext.of(recording);

  @AfterEach
  void close() {
    recording.close();
  }

  /** A history as {@code aws stepfunctions get-execution-history --output json} prints it. */
  static String cliJson(List<HistoryEvent> events) {
    ObjectNode page = Json.object();
    ArrayNode array = page.putArray("events");
    DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
    for (HistoryEvent event : events) {
      ObjectNode json = SdkModelJson.toJson(event);
      json.put("timestamp", iso.format(event.timestamp()));
      array.add(json);
    }
    return page.toPrettyString();
  }

  private Execution recordFailedPayment() {
    StateMachine machine = sfn.deploy("payment", PAYMENT);
    sfn.mockTask("Price").thenReturn("{\"total\": 120}").takes(Duration.ofMillis(850));
    sfn.mockTask("Pay").thenFail("Payment.Throttled", "try later").takes(Duration.ofSeconds(1))
        .thenFail("Payment.Declined", "card expired");
    return machine.start("run-7", "{\"orderId\": \"42\"}");
  }

  @Nested
  class run {

    @Test
    void replays_a_recorded_failed_execution_to_the_same_history() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      // WHEN
      ReplayResult result = Replay.of(PAYMENT, cliJson(recorded.history())).withExecutionArn(recorded.arn()).run();
      // THEN
      assertThat(result.matches()).as(result.describe()).isTrue();
      assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(result.error()).isEqualTo("Order.PaymentDeclined");
      assertThat(result.history()).hasSameSizeAs(recorded.history());
      assertThat(result.history().get(result.history().size() - 1).timestamp())
          .isEqualTo(recorded.history().get(recorded.history().size() - 1).timestamp());
    }

    @Test
    void derives_each_attempts_answer_with_the_time_it_took() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      // WHEN
      List<RecordedAnswer> answers = Replay.of(PAYMENT, cliJson(recorded.history())).answers();
      // THEN
      assertThat(answers).extracting(a -> a.state() + " " + a.attempt() + " " + a.describe() + " " + a.took())
          .containsExactly("Price 1 returned {\"total\":120} PT0.85S",
              "Pay 1 failed Payment.Throttled (try later) PT1S",
              "Pay 2 failed Payment.Declined (card expired) PT0S");
    }

    @Test
    void gives_a_callback_the_recorded_answer_and_maps_the_task_token() {
      // GIVEN: the token the workflow sends differs on every run
      StateMachine machine = sfn.deploy("approval", APPROVAL);
      sfn.mockTask("Ask").thenReturn("{\"approved\": true}").takes(Duration.ofHours(5))
          .heartbeatsEvery(Duration.ofMinutes(30)).submitting("{\"MessageId\": \"m-1\"}");
      Execution recorded = machine.start("run-1", "{\"orderId\": \"42\"}");
      // WHEN
      ReplayResult result = Replay.of(APPROVAL, cliJson(recorded.history())).withExecutionArn(recorded.arn()).run();
      // THEN
      assertThat(result.matches()).as(result.describe()).isTrue();
      assertThat(result.output()).isEqualTo(Json.parseUnchecked("{\"approved\": true}"));
    }

    @Test
    void lets_a_recorded_timeout_fire_where_it_fired() {
      // GIVEN: heartbeats came, but no answer within the day
      StateMachine machine = sfn.deploy("approval", APPROVAL);
      sfn.mockTask("Ask").staysSilent().heartbeatsEvery(Duration.ofMinutes(30));
      Execution recorded = machine.start("run-1", "{\"orderId\": \"42\"}");
      // WHEN
      ReplayResult result = Replay.of(APPROVAL, cliJson(recorded.history())).withExecutionArn(recorded.arn()).run();
      // THEN
      assertThat(result.matches()).as(result.describe()).isTrue();
      assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(result.error()).isEqualTo("States.Timeout");
    }

    @Test
    void reports_the_first_difference_as_the_conformance_runner_does() {
      // GIVEN: the definition changed since the recording: the price lands elsewhere
      Execution recorded = recordFailedPayment();
      String changed = PAYMENT.replace("\"ResultPath\": \"$.price\"", "\"ResultPath\": \"$.cost\"");
      // WHEN
      ReplayResult result = Replay.of(changed, cliJson(recorded.history())).withExecutionArn(recorded.arn()).run();
      // THEN
      assertThat(result.matches()).isFalse();
      assertThat(result.difference().orElseThrow().describe())
          .isEqualTo("event 6 (id 6, TaskStateExited) stateExitedEventDetails.output.price: expected {\"total\":120}, "
              + "actual (absent) (missing)");
    }

    @Test
    void says_which_attempts_the_recording_has_no_answer_for() {
      // GIVEN: the changed definition retries declines too, once more than the recording has
      Execution recorded = recordFailedPayment();
      String changed = PAYMENT.replace("[\"Payment.Throttled\"]", "[\"Payment.Throttled\", \"Payment.Declined\"]");
      // WHEN
      ReplayResult result = Replay.of(changed, cliJson(recorded.history())).withExecutionArn(recorded.arn()).run();
      // THEN
      assertThat(result.unanswered()).containsExactly("Pay, visit 1, attempt 3");
      assertThat(result.matches()).isFalse();
    }

    @Test
    void answers_each_map_iteration_and_parallel_branch_with_its_own_recorded_answers() {
      // GIVEN: per item a price and a stock check side by side; item 2's price is throttled once
      StateMachine machine = sfn.deploy("items", ITEMS);
      sfn.mockTask("Price").thenAnswer(call -> {
        int item = call.input().get("item").asInt();
        if (item == 2 && call.retryCount() == 0) {
          throw new dev.sfntest.core.TaskFailure("Price.Throttled", "busy");
        }
        return Json.parseUnchecked("{\"price\": " + item * 10 + "}");
      });
      sfn.mockTask("Stock").thenAnswer(call -> Json.parseUnchecked("{\"inStock\": " + (call.input().get("item").asInt() != 3) + "}"));
      Execution recorded = machine.start("run-1", "[1, 2, 3]");
      // WHEN
      Replay replay = Replay.of(ITEMS, cliJson(recorded.history())).withExecutionArn(recorded.arn());
      ReplayResult result = replay.run();
      // THEN
      assertThat(result.matches()).as(result.describe()).isTrue();
      assertThat(replay.answers()).extracting(a -> a.scope() + " " + a.state() + " " + a.attempt() + " " + a.describe())
          .contains("Each[1]/Both[0] Price 1 failed Price.Throttled (busy)", "Each[1]/Both[0] Price 2 returned {\"price\":20}",
              "Each[2]/Both[1] Stock 1 returned {\"inStock\":false}");
    }

    @Test
    void runs_in_the_region_and_account_the_history_names_without_the_execution_arn() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      // WHEN
      ReplayResult result = Replay.of(PAYMENT, cliJson(recorded.history())).run();
      // THEN: nothing the workflow reads names the execution, so the histories still match
      assertThat(result.matches()).as(result.describe()).isTrue();
    }
  }

  @Nested
  class of {

    @Test
    void reads_pages_written_one_after_the_other_in_any_order() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      List<HistoryEvent> events = recorded.history();
      String pages = cliJson(events.subList(6, events.size())) + "\n" + cliJson(events.subList(0, 7));
      // WHEN
      Replay replay = Replay.of(PAYMENT, pages);
      // THEN
      assertThat(replay.recorded()).extracting(HistoryEvent::id)
          .containsExactlyElementsOf(events.stream().map(HistoryEvent::id).toList());
      assertThat(replay.run().matches()).isTrue();
    }

    @Test
    void reads_timestamps_as_sdks_print_them() {
      // GIVEN: boto3's str() of a datetime, and epoch seconds
      Execution recorded = recordFailedPayment();
      String spaced = cliJson(recorded.history()).replaceAll("\"(\\d{4}-\\d\\d-\\d\\d)T", "\"$1 ");
      Replay replay = Replay.of(PAYMENT, spaced);
      ObjectNode wire = Json.object();
      ArrayNode events = wire.putArray("events");
      recorded.history().forEach(event -> events.add(SdkModelJson.toJson(event)));
      // WHEN
      Replay fromWire = Replay.of(PAYMENT, wire.toString());
      // THEN
      assertThat(replay.answers().get(0).took()).isEqualTo(Duration.ofMillis(850));
      assertThat(fromWire.answers().get(0).took()).isEqualTo(Duration.ofMillis(850));
      assertThat(replay.input()).isEqualTo("{\"orderId\": \"42\"}");
    }

    @Test
    void refuses_what_it_cannot_replay() {
      assertThatThrownBy(() -> Replay.of(PAYMENT, "{\"events\": [{\"id\": 1, \"type\": \"PassStateEntered\"}]}"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts with ExecutionStarted");
      assertThatThrownBy(() -> Replay.of(PAYMENT, "{\"nextToken\": \"x\"}"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a GetExecutionHistory result");
      assertThatThrownBy(() -> Replay.of(PAYMENT, "{\"events\": [{\"id\": 1, \"type\": \"ExecutionStarted\"}, "
          + "{\"id\": 2, \"type\": \"ExecutionRedriven\"}]}"))
          .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("redriven");
    }
  }

  @Nested
  class mocks {

    @Test
    void program_the_recorded_answers_for_a_regression_test() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      ReplayResult result = Replay.of(PAYMENT, cliJson(recorded.history())).run();
      try (FakeSfn fresh = FakeSfn.create()) {
        SfnTestContext test = SfnTestContext.of(fresh);
        StateMachine machine = test.deploy("payment", PAYMENT);
        // WHEN
        result.mockTasks(test);
        Execution again = machine.start("{\"orderId\": \"42\"}");
        // THEN
        assertThat(again.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(again.history()).extracting(HistoryEvent::typeAsString)
            .containsExactlyElementsOf(recorded.history().stream().map(HistoryEvent::typeAsString).toList());
      }
    }

    @Test
    void write_java_source_for_them() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      // WHEN
      String java = Replay.of(PAYMENT, cliJson(recorded.history())).run().toJavaMocks();
      // THEN
      assertThat(java).isEqualTo("""
          sfn.mockTask("Price")
              .thenReturn("{\\"total\\":120}").takes(Duration.parse("PT0.85S"));
          sfn.mockTask("Pay")
              .thenFail("Payment.Throttled", "try later").takes(Duration.parse("PT1S"))
              .thenFail("Payment.Declined", "card expired");
          """);
    }

    @Test
    void write_a_mock_file_the_fake_reads() {
      // GIVEN
      Execution recorded = recordFailedPayment();
      String file = Replay.of(PAYMENT, cliJson(recorded.history())).run().toMockConfig("payment", "Declined");
      try (FakeSfn fresh = FakeSfn.builder().mockConfigJson(file).build()) {
        StateMachine machine = SfnTestContext.of(fresh).deploy("payment", PAYMENT);
        // WHEN
        String arn = fresh.client().startExecution(b -> b.stateMachineArn(machine.arn() + "#Declined")
            .input("{\"orderId\": \"42\"}")).executionArn();
        // THEN
        assertThat(Execution.of(fresh.client(), arn).describe().error()).isEqualTo("Order.PaymentDeclined");
      }
    }
  }
}
