package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SdkMetadataMasksTest {

  @Nested
  class apply {

    @Test
    void masks_dates_request_ids_and_self_named_headers() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"output\": {"
          + "\"SdkHttpMetadata\": {\"AllHttpHeaders\": {\"Date\": [\"Mon\"], \"X-Amzn-Trace-Id\": [\"t\"]},"
          + " \"HttpHeaders\": {\"Date\": \"Mon\", \"x-amz-crc32\": \"1\"}},"
          + "\"SdkResponseMetadata\": {\"RequestId\": \"r\"}}}");
      // WHEN
      new SdkMetadataMasks().apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse("{\"output\": {"
          + "\"SdkHttpMetadata\": {\"AllHttpHeaders\": {\"Date\": \"date\", \"X-Amzn-Trace-Id\": \"X-Amzn-Trace-Id\"},"
          + " \"HttpHeaders\": {\"Date\": \"date\", \"x-amz-crc32\": \"x-amz-crc32\"}},"
          + "\"SdkResponseMetadata\": {\"RequestId\": \"RequestId\"}}}"));
    }

    @Test
    void leaves_placeholders_and_dates_outside_the_metadata() {
      // GIVEN
      ObjectNode entry = (ObjectNode) Jsons.parse("{\"Date\": \"Mon\", \"x-amzn-RequestId\": [\"<uuid:1>\"]}");
      // WHEN
      new SdkMetadataMasks().apply(entry, new References(entry));
      // THEN
      assertThat(entry).isEqualTo(Jsons.parse("{\"Date\": \"Mon\", \"x-amzn-RequestId\": [\"<uuid:1>\"]}"));
    }
  }
}
