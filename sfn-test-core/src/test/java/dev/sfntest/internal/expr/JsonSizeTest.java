package dev.sfntest.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The payload size the quotas count equals the UTF-8 length of the written JSON text. */
class JsonSizeTest {

  private static int written(JsonNode node) {
    return Json.write(node).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void escapes_and_multi_byte_characters_count_as_written() {
    JsonNode node = Json.parseUnchecked("{\"q\\\"b\\\\\":\"tab\\t nl\\n bell\\u0007 del\\u007f é € 😀\","
        + "\"n\":[-12,0,9223372036854775807,-9223372036854775808,1.50,1e400,-0.0],\"t\":true,\"f\":false,\"z\":null}");
    assertThat(Json.utf8Size(node)).isEqualTo(written(node));
  }

  @Test
  void a_lone_surrogate_counts_as_its_replacement() {
    JsonNode node = Json.NODES.textNode("a\uD800b");
    assertThat(Json.utf8Size(node)).isEqualTo(written(node));
  }

  @Test
  void random_trees_count_as_written() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 2000; i++) {
      JsonNode node = randomNode(random, 4);
      assertThat(Json.utf8Size(node)).as(Json.write(node)).isEqualTo(written(node));
    }
  }

  private static JsonNode randomNode(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth == 0 ? 6 : 8);
    switch (kind) {
      case 0:
        return Json.NODES.textNode(randomText(random));
      case 1:
        return Json.NODES.numberNode(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L));
      case 2:
        return Json.NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(-5, 10)));
      case 3:
        return Json.NODES.numberNode(random.nextDouble() * 1e6);
      case 4:
        return Json.NODES.booleanNode(random.nextBoolean());
      case 5:
        return Json.NODES.nullNode();
      case 6: {
        ArrayNode array = Json.array();
        int size = random.nextInt(5);
        for (int j = 0; j < size; j++) {
          array.add(randomNode(random, depth - 1));
        }
        return array;
      }
      default: {
        ObjectNode object = Json.object();
        int size = random.nextInt(5);
        for (int j = 0; j < size; j++) {
          object.set(randomText(random), randomNode(random, depth - 1));
        }
        return object;
      }
    }
  }

  private static String randomText(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int j = 0; j < length; j++) {
      switch (random.nextInt(5)) {
        case 0 -> text.append((char) random.nextInt(0, 0x20));
        case 1 -> text.append((char) random.nextInt(0x80, 0x800));
        case 2 -> text.append((char) random.nextInt(0x800, 0xD800));
        case 3 -> text.appendCodePoint(random.nextInt(0x10000, 0x10FFFF));
        default -> text.append((char) random.nextInt(0x20, 0x80));
      }
    }
    return text.toString();
  }
}
