package dev.sfntest.internal.expr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads JSON text into trees and writes trees as text with Jackson's streaming parser and
 * generator, giving what the databind mapper gives with {@link Json}'s configuration (exact
 * decimals, trailing tokens refused, the last of repeated member names kept in the first one's
 * place) without building the mapper: its setup is most of what a fresh JVM spends before the
 * first definition is read. A tree holding what only databind knows how to write (a POJO) is left
 * to the mapper ({@link NotPlainJson}).
 */
final class JsonTrees {

  private JsonTrees() {}

  /**
   * The tree of {@code text}; {@link MissingNode} when the text holds no value, as the mapper's
   * {@code readTree}.
   *
   * @throws IOException a {@link com.fasterxml.jackson.core.JsonProcessingException} for text that
   *     is not JSON, or has more after its value
   */
  static JsonNode read(JsonFactory factory, JsonNodeFactory nodes, String text) throws IOException {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return MissingNode.getInstance();
      }
      JsonNode root = value(parser, nodes, first);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value (bound as `"
            + JsonNode.class.getName() + "`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
      }
      return root;
    }
  }

  /** Builds the value starting at {@code token}, without recursion (the parser bounds the depth). */
  private static JsonNode value(JsonParser parser, JsonNodeFactory nodes, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return scalar(parser, nodes, token);
    }
    ArrayDeque<JsonNode> open = new ArrayDeque<>();
    JsonNode root = token == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode();
    open.push(root);
    while (!open.isEmpty()) {
      JsonNode container = open.peek();
      String name = null;
      JsonToken next;
      if (container.isObject()) {
        // nextFieldName, as the mapper reads members: the parser's messages for a missing value
        // differ between it and nextToken.
        name = parser.nextFieldName();
        if (name == null) {
          open.pop();
          continue;
        }
        next = parser.nextToken();
      } else {
        next = parser.nextToken();
        if (next == JsonToken.END_ARRAY) {
          open.pop();
          continue;
        }
      }
      JsonNode child;
      if (next == JsonToken.START_OBJECT) {
        child = nodes.objectNode();
      } else if (next == JsonToken.START_ARRAY) {
        child = nodes.arrayNode();
      } else {
        child = scalar(parser, nodes, next);
      }
      if (name != null) {
        // A repeated name: the last value, where the first was (the mapper's default).
        ((ObjectNode) container).replace(name, child);
      } else {
        ((ArrayNode) container).add(child);
      }
      if (child.isContainerNode()) {
        open.push(child);
      }
    }
    return root;
  }

  private static JsonNode scalar(JsonParser parser, JsonNodeFactory nodes, JsonToken token) throws IOException {
    if (token == null) {
      throw new JsonParseException(parser, "Unexpected end-of-input: expected a value");
    }
    switch (token) {
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return nodes.numberNode(parser.getIntValue());
          case LONG:
            return nodes.numberNode(parser.getLongValue());
          default:
            return nodes.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new JsonParseException(parser, "Unexpected token (" + token + ")");
    }
  }

  /** A tree holding what only databind writes (a POJO, binary data): the caller leaves it to the mapper. */
  static final class NotPlainJson extends RuntimeException {
    NotPlainJson(JsonNodeType type) {
      super("Not a plain JSON value: " + type, null, false, false);
    }
  }

  /**
   * Compact text of a tree.
   *
   * @throws NotPlainJson when it holds a POJO or binary data (before anything is returned)
   */
  static String write(JsonFactory factory, JsonNode node) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      write(generator, node);
    }
    return out.toString();
  }

  private static void write(JsonGenerator out, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        out.writeStartObject(node, node.size());
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
          Map.Entry<String, JsonNode> field = fields.next();
          out.writeFieldName(field.getKey());
          write(out, field.getValue());
        }
        out.writeEndObject();
        break;
      case ARRAY:
        out.writeStartArray(node, node.size());
        for (JsonNode item : node) {
          write(out, item);
        }
        out.writeEndArray();
        break;
      case STRING:
        out.writeString(node.textValue());
        break;
      case NUMBER:
        writeNumber(out, node);
        break;
      case BOOLEAN:
        out.writeBoolean(node.booleanValue());
        break;
      case NULL:
        out.writeNull();
        break;
      default:
        throw new NotPlainJson(node.getNodeType());
    }
  }

  /** As each numeric node writes itself. */
  private static void writeNumber(JsonGenerator out, JsonNode node) throws IOException {
    switch (node.numberType()) {
      case INT:
        out.writeNumber(node.intValue());
        break;
      case LONG:
        out.writeNumber(node.longValue());
        break;
      case BIG_INTEGER:
        out.writeNumber(node.bigIntegerValue());
        break;
      case FLOAT:
        out.writeNumber(node.floatValue());
        break;
      case DOUBLE:
        out.writeNumber(node.doubleValue());
        break;
      default:
        out.writeNumber(node.decimalValue());
        break;
    }
  }
}
