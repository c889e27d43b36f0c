package dev.sfntest.internal.expr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON configuration of the fake.
 *
 * <p>Floats are read as {@link BigDecimal} so that numbers keep the spelling a caller gave them
 * ({@code 0.0} stays {@code 0.0}), as AWS echoes them. JSON trees are treated as immutable
 * everywhere in the engine: a node that is shared is never changed, only copied where it changes.
 */
public final class Json {

  /**
   * The deepest nesting of arrays and objects a value may have: what the fake reads in an
   * execution input or a definition (Jackson's default limit). A value the engine builds deeper
   * than this counts as over every payload quota (see {@link #utf8Size}), so that it never reaches
   * a history the fake could not write.
   */
  public static final int MAX_DEPTH = com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH;

  public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          // Writing allows twice the depth reading does: an output built from measured parts is
          // bounded instead of measured, and a short ResultPath may nest it a little deeper than
          // MAX_DEPTH before the next measurement refuses it; the history must still be written.
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(2 * MAX_DEPTH).build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  public static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

  private Json() {}

  /** Parses JSON text; throws {@link JsonProcessingException} (checked) on malformed text. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** Parses JSON text that is known to be valid (definitions already checked, test fixtures). */
  public static JsonNode parseUnchecked(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Compact JSON text, as AWS writes the values it computes. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  /**
   * UTF-8 size of the compact JSON text of a value: what AWS's payload quotas count. A value nested
   * deeper than {@link #MAX_DEPTH} measures {@code Integer.MAX_VALUE}: over every quota.
   */
  public static int utf8Size(JsonNode node) {
    return JsonSize.utf8Size(node);
  }

  /** Whether a value is nested deeper than {@link #MAX_DEPTH}; looks no deeper than that. */
  public static boolean isTooDeep(JsonNode node) {
    return JsonSize.isTooDeep(node, 0);
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** A shallow copy of an object: fields are shared, the map is new. */
  public static ObjectNode shallowCopy(ObjectNode node) {
    // setAll copies the map in one putAll, without an iterator and a put per field
    ObjectNode copy = new ObjectNode(NODES, new java.util.LinkedHashMap<>(Math.max(4, node.size() * 2)));
    copy.setAll(node);
    return copy;
  }

  /**
   * Compares two JSON values as values: object member order is not significant and numbers compare
   * by value ({@code 1}, {@code 1.0} and {@code 1.00} are equal).
   */
  public static boolean sameValue(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    if (a.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode other = b.get(field.getKey());
        if (other == null || !sameValue(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameValue(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
