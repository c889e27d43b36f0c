package dev.sfntest.internal.shared.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON reading and writing of the conformance module. Numbers are read as exact decimals so
 * that {@code 0.0} keeps its spelling when a definition is written back, and comparisons can be
 * numeric without rounding.
 */
public final class Jsons {

  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // Exact decimals: 1.10 stays 1.10, not 1.1.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .nodeFactory(NODES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private Jsons() {}

  /** Parses JSON text; throws {@link IllegalArgumentException} when it is not JSON. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses JSON text, or returns {@code null} when it is not (exactly one) JSON value. */
  public static JsonNode tryParse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Compact JSON text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indented JSON text, for files people read. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** A text node, or a JSON null for {@code null}. */
  public static JsonNode text(String value) {
    return value == null ? NODES.nullNode() : NODES.textNode(value);
  }
}
