package dev.sfntest.internal.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.backend.Backend;
import dev.sfntest.internal.expr.Json;
import dev.sfntest.internal.history.EventDetails;
import dev.sfntest.internal.history.EventType;
import dev.sfntest.internal.history.JsonText;
import dev.sfntest.internal.history.RecordedEvent;
import dev.sfntest.internal.tasks.MockResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/**
 * The SDK events built straight from recorded details are the events the JSON route builds, for
 * every kind of event a varied execution records, with and without execution data.
 */
class HistoryEventBuildersTest {

  private static final String ROLE = "arn:aws:iam::123456789012:role/r";
  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

  /** Pass, Choice, Wait, Parallel, Map, a Lambda Task that fails, retries and is caught, a service Task that succeeds, Fail. */
  private static final String VARIED = """
      {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Parameters": {"items.$": "$.items", "n": 1}, "Next": "Pick"},
        "Pick": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "Pause"}],
                 "Default": "Stop"},
        "Pause": {"Type": "Wait", "Seconds": 5, "Next": "Both"},
        "Both": {"Type": "Parallel", "Next": "Each", "ResultPath": "$.both", "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
          {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]},
        "Each": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.each", "Next": "Work",
                 "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}},
        "Work": {"Type": "Task", "Resource": "%s", "Next": "Again",
                 "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 1, "IntervalSeconds": 1}],
                 "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Again"}]},
        "Again": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "ResultPath": "$.again",
                  "Parameters": {"QueueUrl": "q", "MessageBody.$": "$.items"}, "Next": "Stop"},
        "Stop": {"Type": "Fail", "Error": "Done", "Cause": "on purpose"}}}
      """.formatted(LAMBDA);

  private static List<RecordedEvent> variedHistory() {
    Backend backend = new Backend(Backend.Settings.DEFAULTS);
    String machine = backend.createStateMachine("varied", VARIED, ROLE, null, null, null, null, Map.of()).arn();
    backend.mocks().forState("Work").add(MockResponse.failing("Flaky", "once"));
    backend.mocks().forState("Work").add(MockResponse.failing("Broken", "for good"));
    backend.mocks().forState("Again").add(MockResponse.returning(Json.parseUnchecked("{\"ok\": true}")));
    String arn = backend.startExecution(machine, "x", "{\"items\": [1, 2]}").arn();
    return backend.history(arn);
  }

  @Nested
  class Build {

    @Test
    void builds_every_event_of_a_varied_execution_as_the_json_route_does() {
      // GIVEN
      List<RecordedEvent> history = variedHistory();
      // WHEN / THEN
      assertThat(history.stream().map(e -> e.type().name()))
          .contains("ParallelStateStarted", "MapIterationStarted", "LambdaFunctionFailed", "TaskSucceeded", "WaitStateExited",
              "ExecutionFailed");
      for (RecordedEvent event : history) {
        for (boolean includeData : new boolean[] {true, false}) {
          HistoryEvent direct = HistoryEventBuilders.build(event, includeData);
          assertThat(direct).as("%s with data %s", event, includeData)
              .isEqualTo(ExecutionViews.convertThroughJson(event, includeData));
        }
      }
    }

    @Test
    void leaves_a_value_it_cannot_place_to_the_json_route() {
      // GIVEN a map where the SDK expects text (no recorded event holds one today)
      RecordedEvent event = new RecordedEvent(3, 2, Instant.parse("2024-01-01T00:00:00Z"), EventType.TaskScheduled,
          EventDetails.of("resource", "f", "parameters", Map.of("a", 1)));
      // WHEN
      HistoryEvent direct = HistoryEventBuilders.build(event, true);
      HistoryEvent read = ExecutionViews.historyEvent(event, true);
      // THEN
      assertThat(direct).isNull();
      assertThat(read.taskScheduledEventDetails().parameters()).isEqualTo("{\"a\":1}");
    }

    @Test
    void writes_json_text_as_its_text() {
      // GIVEN
      RecordedEvent event = new RecordedEvent(2, 0, Instant.parse("2024-01-01T00:00:00Z"), EventType.PassStateExited,
          EventDetails.of("name", "P", "output", JsonText.of(Json.parseUnchecked("{\"b\": [1, 2]}")),
              "outputDetails", EventDetails.NOT_TRUNCATED));
      // WHEN
      HistoryEvent direct = HistoryEventBuilders.build(event, true);
      // THEN
      assertThat(direct.stateExitedEventDetails().output()).isEqualTo("{\"b\":[1,2]}");
      assertThat(direct.stateExitedEventDetails().outputDetails().truncated()).isFalse();
      assertThat(direct).isEqualTo(ExecutionViews.convertThroughJson(event, true));
    }
  }
}
