package dev.sfntest.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfntest.internal.history.EventType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

class EventKindTest {

  @Nested
  class Of {
    @Test
    void knows_every_event_type_of_the_sdk() {
      for (HistoryEventType type : HistoryEventType.knownValues()) {
        assertThat(EventKind.of(type)).as("kind of %s", type).isNotEqualTo(EventKind.UNKNOWN);
        assertThat(EventKind.of(type).awsName()).isEqualTo(type.toString());
      }
    }

    @Test
    void knows_every_event_type_the_engine_writes() {
      // GIVEN the engine's writer-side names: a new type must be added to both enums
      Set<String> written = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toSet());
      Set<String> read = EnumSet.complementOf(EnumSet.of(EventKind.UNKNOWN)).stream().map(EventKind::awsName)
          .collect(Collectors.toSet());
      // THEN
      assertThat(read).isEqualTo(written);
    }

    @Test
    void reads_a_type_newer_than_the_sdk_as_unknown() {
      // GIVEN
      HistoryEvent event = HistoryEvent.builder().id(1L).type("StateTeleported").build();
      // WHEN / THEN
      assertThat(EventKind.of(event)).isEqualTo(EventKind.UNKNOWN);
      assertThat(EventKind.of(HistoryEventType.UNKNOWN_TO_SDK_VERSION)).isEqualTo(EventKind.UNKNOWN);
    }
  }

  @Nested
  class From_aws_name {
    @Test
    void finds_the_kind_of_a_name() {
      assertThat(EventKind.fromAwsName("TaskStateAborted")).isEqualTo(EventKind.TASK_STATE_ABORTED);
      assertThat(EventKind.TASK_STATE_ABORTED.stateType()).isEqualTo(StateType.TASK);
      assertThat(EventKind.TASK_STATE_ABORTED.isStateAborted()).isTrue();
    }

    @Test
    void names_the_nearest_types_of_a_misspelt_one() {
      assertThatThrownBy(() -> EventKind.fromAwsName("TaskFailled"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("No history event type is named 'TaskFailled'; did you mean TaskFailed?");
    }
  }

  @Nested
  class Begins_attempt {
    @Test
    void a_call_scheduled_or_a_run_started_begins_an_attempt() {
      assertThat(EnumSet.allOf(EventKind.class).stream().filter(EventKind::beginsAttempt))
          .containsExactlyInAnyOrder(EventKind.TASK_SCHEDULED, EventKind.LAMBDA_FUNCTION_SCHEDULED,
              EventKind.LAMBDA_FUNCTION_SCHEDULE_FAILED, EventKind.ACTIVITY_SCHEDULED,
              EventKind.ACTIVITY_SCHEDULE_FAILED, EventKind.MAP_STATE_STARTED, EventKind.PARALLEL_STATE_STARTED);
    }
  }
}
