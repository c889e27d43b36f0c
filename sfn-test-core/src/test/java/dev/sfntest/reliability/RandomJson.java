package dev.sfntest.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sfntest.internal.expr.Json;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random JSON values for inputs and literals: the keys expressions look for mixed with odd ones
 * (empty, dotted, bracketed, non-ASCII), strings with escapes and surrogates, numbers of every
 * spelling (huge, tiny, negative zero, integers past a long), and nesting a few levels deep.
 */
final class RandomJson {

  static final List<String> KEYS = List.of("a", "b", "n", "s", "items", "x", "", "a.b", "[0]", "$", "é", "😀",
      "Payload", "ok");

  private RandomJson() {}

  static Arbitrary<String> keys() {
    return Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().ofMaxLength(6));
  }

  static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.of("", "x", "hello world", "2016-03-14T01:59:00Z", "1", "true", "null", "{}", "[1,2]",
            "{\"a\":1}", "\\", "\"", "'", "{}", "a,b,c", "\u0000", "\ud800", "😀", "States.ALL", "arn:aws:lambda:::x"),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("{}[]\"\\'$.@*?:,() ab").ofMaxLength(12));
  }

  static Arbitrary<JsonNode> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-3, 10).map(n -> (JsonNode) Json.NODES.numberNode(n)),
        Arbitraries.longs().map(n -> (JsonNode) Json.NODES.numberNode(n)),
        Arbitraries.of("0.5", "-0.0", "1e308", "1e400", "-1e-400", "123456789012345678901234567890", "1.0",
            "3.14159265358979323846264338327950288")
            .map(text -> (JsonNode) Json.NODES.numberNode(new BigDecimal(text))),
        boundaries().map(text -> (JsonNode) Json.NODES.numberNode(new java.math.BigInteger(text))));
  }

  /** The integers at and past the ends of an int and of a long, where parsing and arithmetic break. */
  static Arbitrary<String> boundaries() {
    return Arbitraries.of(BOUNDARIES);
  }

  static final List<String> BOUNDARIES = List.of("2147483647", "2147483648", "-2147483648", "-2147483649",
      "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "18446744073709551616");

  /** A value nested at most {@code depth} levels. */
  static Arbitrary<JsonNode> values(int depth) {
    Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
        strings().map(s -> (JsonNode) Json.NODES.textNode(s)),
        numbers(),
        Arbitraries.of(Json.NODES.booleanNode(true), Json.NODES.booleanNode(false), Json.NODES.nullNode()));
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<JsonNode> arrays = values(depth - 1).list().ofMaxSize(4).map(items -> {
      ArrayNode array = Json.array();
      items.forEach(array::add);
      return array;
    });
    Arbitrary<JsonNode> objects = Arbitraries.maps(keys(), values(depth - 1)).ofMaxSize(4).map(members -> {
      ObjectNode object = Json.object();
      members.forEach(object::set);
      return object;
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalars), net.jqwik.api.Tuple.of(2, arrays), net.jqwik.api.Tuple.of(3, objects));
  }

  /** Execution inputs: mostly objects (what states expect), sometimes anything. */
  static Arbitrary<String> inputs() {
    Arbitrary<String> objects = Arbitraries.maps(keys(), values(3)).ofMaxSize(5).map(members -> {
      ObjectNode object = Json.object();
      members.forEach(object::set);
      return Json.write(object);
    });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, objects),
        net.jqwik.api.Tuple.of(2, values(3).map(Json::write)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "{", "[1,", "nul", "{}}", "\"unterminated", "{\"a\":1,}")));
  }
}
