package dev.sfntest.conformance.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.shared.compare.Jsons;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventExecutionDataDetails;
import software.amazon.awssdk.services.sfn.model.StateExitedEventDetails;

class RecordedJsonTest {

  @Nested
  class toJson {

    @Test
    void writes_aws_member_names_and_leaves_out_absent_members() {
      // GIVEN
      HistoryEvent event = HistoryEvent.builder().id(3L).previousEventId(2L).type("PassStateExited")
          .timestamp(Instant.EPOCH)
          .stateExitedEventDetails(StateExitedEventDetails.builder().name("P").output("{}")
              .outputDetails(HistoryEventExecutionDataDetails.builder().truncated(false).build()).build())
          .build();
      // WHEN / THEN
      assertThat(Jsons.write(RecordedJson.toJson(event))).isEqualTo("{\"timestamp\":\"datetime\",\"type\":\"PassStateExited\","
          + "\"id\":3,\"previousEventId\":2,\"stateExitedEventDetails\":{\"name\":\"P\",\"output\":\"{}\","
          + "\"outputDetails\":{\"truncated\":false}}}");
    }
  }
}
