package dev.sfntest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExecutionPictureTest {

  @Test
  void lists_the_states_visited_in_order_and_the_status() {
    // WHEN
    ExecutionPicture picture = ExecutionPicture.of(Runs.orderShipped());

    // THEN
    assertThat(picture.status()).isEqualTo("SUCCEEDED");
    assertThat(picture.visitedStates()).containsExactly("Validate", "ChargeCard", "Fulfil", "PackItems", "Receipt",
        "Pack", "Pack", "Ship");
  }

  @Test
  void shows_times_from_the_history_and_retries() {
    // WHEN
    String svg = ExecutionPicture.of(Runs.orderShipped()).svg();

    // THEN IntervalSeconds 2, BackoffRate 2: retried after 2s and 4s, on the virtual clock
    assertThat(svg).contains("at +0s · took 6s", "↻ 2 retries", "at +6s · took 0s in 2 visits", ">#1<", ">#7<");
  }

  @Test
  void marks_the_state_the_execution_failed_in() {
    // GIVEN an error only Catch[1] (States.ALL) takes: Refund, then the Fail state
    ExecutionRecord failed = Runs.run("order.asl.json", "{\"total\": 5, \"items\": [1]}",
        fake -> fake.mockTask("ChargeCard").thenFail("Payment.Unknown", "?"));

    // WHEN
    ExecutionPicture picture = ExecutionPicture.of(failed);

    // THEN
    assertThat(picture.status()).isEqualTo("FAILED");
    assertThat(picture.visitedStates()).containsExactly("Validate", "ChargeCard", "Refund", "Failed");
    assertThat(picture.html()).contains("<g class=\"state failed\" data-state=\"Failed\">",
        "<g class=\"state covered\" data-state=\"ChargeCard\">", ">Catch[1] ✓<",
        "<span class=\"fail\" id=\"status\">FAILED</span>");
  }

  @Test
  void reads_a_history_as_the_aws_cli_prints_it() {
    // GIVEN
    String history = """
        {"events": [
          {"timestamp": "2024-01-01T00:00:00+00:00", "type": "ExecutionStarted", "id": 1, "previousEventId": 0,
           "executionStartedEventDetails": {"input": "{}"}},
          {"timestamp": "2024-01-01T00:00:00.500000+00:00", "type": "ChoiceStateEntered", "id": 2, "previousEventId": 0,
           "stateEnteredEventDetails": {"name": "Route", "input": "{}"}},
          {"timestamp": "2024-01-01T00:00:01+00:00", "type": "ChoiceStateExited", "id": 3, "previousEventId": 2,
           "stateExitedEventDetails": {"name": "Route", "output": "{}"}},
          {"timestamp": 1704067202.0, "type": "SucceedStateEntered", "id": 4, "previousEventId": 3,
           "stateEnteredEventDetails": {"name": "C", "input": "{}"}},
          {"timestamp": 1704067202.0, "type": "ExecutionSucceeded", "id": 5, "previousEventId": 4,
           "executionSucceededEventDetails": {"output": "{}"}}
        ]}""";

    // WHEN
    ExecutionPicture picture = ExecutionPicture.of("run", Runs.definition("choice.asl.json"), history);

    // THEN
    assertThat(picture.visitedStates()).containsExactly("Route", "C");
    assertThat(picture.status()).isEqualTo("SUCCEEDED");
    assertThat(picture.svg()).contains("at +0.5s · took 0.5s", ">Choices[3] ✓<");
  }

  @Test
  void draws_a_definition_alone_without_a_history() {
    // WHEN
    ExecutionPicture picture = ExecutionPicture.of("choice", Runs.definition("choice.asl.json"), null);

    // THEN
    assertThat(picture.visitedStates()).isEmpty();
    assertThat(picture.html()).contains("<svg", "data-state=\"A\"").doesNotContain("States visited");
  }

  @Test
  void refuses_what_is_not_a_definition_or_a_history() {
    assertThatThrownBy(() -> ExecutionPicture.of("x", "{\"StartAt\": \"A\"}", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("the definition has no \"States\" object");
    assertThatThrownBy(() -> ExecutionPicture.of("x", Runs.definition("choice.asl.json"), "{\"items\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a GetExecutionHistory result: expected {\"events\": [...]}");
  }
}
