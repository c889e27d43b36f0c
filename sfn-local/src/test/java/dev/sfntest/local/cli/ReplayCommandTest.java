package dev.sfntest.local.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.core.Execution;
import dev.sfntest.core.FakeSfn;
import dev.sfntest.core.SfnTestContext;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.shared.model.SdkModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

class ReplayCommandTest {

  private static final String PAYMENT = """
      {"StartAt": "Pay", "States": {
        "Pay": {"Type": "Task", "Resource": "arn:aws:lambda:eu-west-1:111122223333:function:pay", "End": true,
          "Retry": [{"ErrorEquals": ["Payment.Throttled"], "IntervalSeconds": 3, "MaxAttempts": 2}],
          "Catch": [{"ErrorEquals": ["Payment.Declined"], "Next": "Declined"}]},
        "Declined": {"Type": "Fail", "Error": "Order.PaymentDeclined"}}}
      """;

  @TempDir
  Path dir;

  private final Cli cli = new Cli();
  private Path definition;
  private Path history;
  private String executionArn;

  /** Records a declined payment on a fake, and saves its history as the AWS CLI prints it. */
  @BeforeEach
  void record_a_failed_execution() throws IOException {
    definition = Files.writeString(dir.resolve("payment.asl.json"), PAYMENT);
    try (FakeSfn fake = FakeSfn.builder().region("eu-west-1").account("111122223333").build()) {
      SfnTestContext sfn = SfnTestContext.of(fake);
      sfn.mockTask("Pay").thenFail("Payment.Throttled", "busy").takes(Duration.ofSeconds(2))
          .thenFail("Payment.Declined", "card expired");
      Execution run = sfn.deploy("payment", PAYMENT).start("run-7", "{\"orderId\": \"42\"}");
      executionArn = run.arn();
      ObjectNode page = Json.object();
      ArrayNode events = page.putArray("events");
      DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);
      for (HistoryEvent event : run.history()) {
        events.add(SdkModelJson.toJson(event).put("timestamp", iso.format(event.timestamp())));
      }
      history = Files.writeString(dir.resolve("history.json"), page.toPrettyString());
    }
  }

  @Test
  void prints_the_answers_and_exits_0_when_the_replay_has_the_recorded_history() {
    // WHEN
    int exit = cli.execute("replay", definition.toString(), history.toString(), "--execution-arn", executionArn);
    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).isEqualTo("""
        Replayed FAILED Order.PaymentDeclined in 11 events (recorded: 11), the same history

        Recorded answers:
          Pay, attempt 1: failed Payment.Throttled (busy) after 2s
          Pay, attempt 2: failed Payment.Declined (card expired)
        """);
  }

  @Test
  void prints_the_answers_as_java_mocks_and_writes_a_mock_file() throws IOException {
    // GIVEN
    Path mocks = dir.resolve("mocks.json");
    // WHEN
    int exit = cli.execute("replay", definition.toString(), history.toString(), "--java", "--mock-config",
        mocks.toString(), "--test-case", "Declined");
    // THEN
    assertThat(exit).isZero();
    assertThat(cli.out.toString()).contains("""
        sfn.mockTask("Pay")
            .thenFail("Payment.Throttled", "busy").takes(Duration.parse("PT2S"))
            .thenFail("Payment.Declined", "card expired");
        """);
    assertThat(Json.parseUnchecked(Files.readString(mocks)).at("/StateMachines/payment/TestCases/Declined/Pay").asText())
        .isEqualTo("Pay-Declined");
  }

  @Test
  void exits_1_with_the_first_difference_when_the_definition_changed() throws IOException {
    // GIVEN: declines are no longer caught
    Path changed = Files.writeString(dir.resolve("payment.asl.json"),
        PAYMENT.replace("[\"Payment.Declined\"]", "[\"Payment.Refused\"]"));
    // WHEN
    int exit = cli.execute("replay", changed.toString(), history.toString());
    // THEN
    assertThat(exit).isEqualTo(ExitCodes.FAILED);
    assertThat(cli.out.toString()).startsWith("Replayed FAILED Payment.Declined in 9 events (recorded: 11), "
        + "first difference: event 9 (id 9, TaskStateExited) type: expected \"TaskStateExited\", actual \"ExecutionFailed\" "
        + "(Payment.Declined: card expired)");
  }

  @Test
  void exits_2_on_a_file_that_is_no_history() throws IOException {
    // GIVEN
    Path notHistory = Files.writeString(dir.resolve("h.json"), "{\"executions\": []}");
    // WHEN
    int exit = cli.execute("replay", definition.toString(), notHistory.toString());
    // THEN
    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.toString()).contains("not a GetExecutionHistory result");
  }
}
