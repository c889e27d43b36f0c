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

  /** The parser and generator settings every read and write uses. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      // Writing allows twice the depth reading does: an output built from measured parts is
      // bounded instead of measured, and a short ResultPath may nest it a little deeper than
      // MAX_DEPTH before the next measurement refuses it; the history must still be written.
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(2 * MAX_DEPTH).build())
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {}

  /** The databind mapper of this configuration, built on first use: parse and write need none. */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

  /** The streaming parser and generator factory of this configuration. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** Holds the mapper, so that it is built when first asked for, not with this class. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .nodeFactory(NODES)
        .build();
  }

  /** Parses JSON text; throws {@link JsonProcessingException} (checked) on malformed text. */
  public static JsonNode parse(String text) throws JsonProcessingException {
    try {
      return JsonTrees.read(FACTORY, NODES, text);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      // reading a String does no I/O
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Parses JSON text that is known to be valid (definitions already checked, test fixtures). */
  public static JsonNode parseUnchecked(String text) {
    try {
      return parse(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Compact JSON text, as AWS writes the values it computes. */
  public static String write(JsonNode node) {
    try {
      return JsonTrees.write(FACTORY, node);
    } catch (JsonTrees.NotPlainJson e) {
      try {
        return mapper().writeValueAsString(node);
      } catch (JsonProcessingException unwritable) {
        throw new IllegalStateException("A JSON tree could not be written", unwritable);
      }
    } catch (java.io.IOException e) {
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
