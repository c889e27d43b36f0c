package dev.sfntest.internal.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfntest.internal.expr.Json;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TagResourceRequest;

class SdkModelJsonTest {

  @Nested
  class toJson {

    @Test
    void writes_aws_member_names_and_timestamps_as_epoch_seconds_with_milliseconds() {
      // GIVEN
      HistoryEvent event = HistoryEvent.builder().id(3L).previousEventId(2L).type("PassStateExited")
          .timestamp(Instant.ofEpochSecond(1_704_067_200L, 120_000_000)).build();

      // WHEN
      String json = Json.write(SdkModelJson.toJson(event));

      // THEN
      assertThat(json).isEqualTo("{\"timestamp\":1704067200.120,\"type\":\"PassStateExited\",\"id\":3,"
          + "\"previousEventId\":2}");
    }

    @Test
    void leaves_out_absent_members_and_the_sdks_empty_lists() {
      // GIVEN: executions never set, so the SDK holds an auto-constructed empty list
      ListExecutionsResponse response = ListExecutionsResponse.builder().nextToken("t").build();

      // WHEN / THEN
      assertThat(Json.write(SdkModelJson.toJson(response))).isEqualTo("{\"nextToken\":\"t\"}");
    }

    @Test
    void writes_lists_of_objects_and_floats() {
      // GIVEN
      TagResourceRequest request = TagResourceRequest.builder().resourceArn("arn")
          .tags(Tag.builder().key("team").value("a").build()).build();
      DescribeMapRunResponse mapRun = DescribeMapRunResponse.builder().toleratedFailurePercentage(12.5f)
          .itemCounts(MapRunItemCounts.builder().total(4L).build()).build();

      // WHEN / THEN
      assertThat(Json.write(SdkModelJson.toJson(request)))
          .isEqualTo("{\"resourceArn\":\"arn\",\"tags\":[{\"key\":\"team\",\"value\":\"a\"}]}");
      assertThat(Json.write(SdkModelJson.toJson(mapRun)))
          .isEqualTo("{\"toleratedFailurePercentage\":12.5,\"itemCounts\":{\"total\":4}}");
    }

    @Test
    void writes_every_timestamp_as_asked_at_any_depth() {
      // GIVEN
      Instant start = Instant.parse("2024-01-01T00:00:00Z");
      ListExecutionsResponse response = ListExecutionsResponse.builder()
          .executions(e -> e.executionArn("arn").startDate(start)).build();

      // WHEN
      String json = Json.write(SdkModelJson.toJson(response, instant -> Json.NODES.textNode(instant.toString())));

      // THEN
      assertThat(json).isEqualTo("{\"executions\":[{\"executionArn\":\"arn\",\"startDate\":\"2024-01-01T00:00:00Z\"}]}");
    }
  }
}
