package dev.sfntest.internal.backend.teststate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sfntest.internal.engine.ItemSource;
import dev.sfntest.internal.expr.Json;

/**
 * TestState's {@code stateConfiguration.mapItemReaderData}: "the data read by ItemReader in
 * Distributed Map states as found in its original source". The tested Map's ItemReader reads its
 * items from this text instead of from S3, as its ReaderConfig's InputType says: a JSON array
 * (JSON, the default) or one JSON value a line (JSONL).
 *
 * <pre>{@code
 * ItemSource source = ReaderData.of("[1, 2, 3]");
 * }</pre>
 */
final class ReaderData implements ItemSource {

  private final String data;

  private ReaderData(String data) {
    this.data = data;
  }

  static ItemSource of(String data) {
    return new ReaderData(data);
  }

  /** Whether the data can stand in for what a reader of this ReaderConfig reads. */
  static boolean supports(JsonNode readerConfig) {
    String inputType = readerConfig == null ? "JSON" : readerConfig.path("InputType").asText("JSON");
    return inputType.equals("JSON") || inputType.equals("JSONL");
  }

  @Override
  public JsonNode read(String resource, JsonNode parameters, JsonNode readerConfig) {
    String inputType = readerConfig == null ? "JSON" : readerConfig.path("InputType").asText("JSON");
    return switch (inputType) {
      case "JSON" -> json();
      case "JSONL" -> jsonLines();
      default -> throw new UnsupportedOperationException("FakeSfnClient does not support "
          + "stateConfiguration.mapItemReaderData for ReaderConfig InputType " + inputType + " yet");
    };
  }

  private JsonNode json() {
    JsonNode items;
    try {
      items = Json.parse(data);
    } catch (JsonProcessingException e) {
      throw new ItemReaderException("The JSON object could not be parsed: " + e.getOriginalMessage());
    }
    if (!items.isArray()) {
      throw new ItemReaderException("Attempting to map over non-iterable node.");
    }
    return items;
  }

  private JsonNode jsonLines() {
    ArrayNode items = Json.array();
    for (String line : data.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        items.add(Json.parse(line));
      } catch (JsonProcessingException e) {
        throw new ItemReaderException("The JSON object could not be parsed: " + e.getOriginalMessage());
      }
    }
    return items;
  }
}
