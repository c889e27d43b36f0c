package dev.sfntest.internal.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Json} reads and writes with the streaming parser and generator; what it gives must be what
 * the databind mapper of the same configuration gives, node kinds and number spellings included.
 */
class JsonTest {

  static Stream<String> texts() {
    return Stream.of("{}", "[]", "0", "-0", "1", "1.0", "0.0", "1.50", "1e3", "1E+3", "-2.5e-7", "2147483647",
        "2147483648", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
        "0.1000000000000000000000000001", "\"\"", "\"h\\u00e9 \\\"q\\\" \\\\ \\n\\t €\"", "true", "false", "null",
        "{\"a\":1,\"b\":[1,2,{\"c\":null}],\"d\":{\"e\":\"f\"}}", "{\"a\":1,\"b\":2,\"a\":3}",
        "  {\n\"spaced\" : [ 1 , 2 ]\n}  ", "[[[[[]]]]]", "{\"\":{\"\":[]}}", "[1.0, 2.00, 3e0, -0.0]");
  }

  @Nested
  class parse {

    @ParameterizedTest
    @MethodSource("dev.sfntest.internal.expr.JsonTest#texts")
    void gives_the_tree_the_mapper_gives(String text) throws Exception {
      // WHEN
      JsonNode ours = Json.parse(text);

      // THEN
      JsonNode mappers = Json.mapper().readTree(text);
      assertThat(ours).isEqualTo(mappers);
      assertThat(Json.write(ours)).isEqualTo(Json.mapper().writeValueAsString(mappers));
      assertSameKinds(ours, mappers);
    }

    @Test
    void keeps_the_last_of_a_repeated_name_where_the_first_was() {
      // WHEN
      JsonNode node = Json.parseUnchecked("{\"a\":1,\"b\":2,\"a\":3}");

      // THEN
      assertThat(Json.write(node)).isEqualTo("{\"a\":3,\"b\":2}");
    }

    @Test
    void gives_a_missing_node_for_text_without_a_value() throws Exception {
      // WHEN / THEN
      assertThat(Json.parse("").isMissingNode()).isTrue();
      assertThat(Json.parse("   ").isMissingNode()).isTrue();
      assertThat(Json.mapper().readTree("").isMissingNode()).isTrue();
    }

    @Test
    void refuses_what_follows_the_value() {
      // WHEN
      JsonProcessingException error = catchThrowableOfType(JsonProcessingException.class, () -> Json.parse("{} []"));

      // THEN
      assertThat(error.getOriginalMessage()).startsWith("Trailing token (of type START_ARRAY) found after value");
      assertThat(catchThrowableOfType(JsonProcessingException.class, () -> Json.mapper().readTree("{} []")))
          .isNotNull();
    }

    @Test
    void reports_malformed_text_as_the_mapper_does() {
      for (String text : List.of("{", "not json", "{\"a\":}", "[1,]", "{} x", "\"open")) {
        // WHEN
        JsonProcessingException ours = catchThrowableOfType(JsonProcessingException.class, () -> Json.parse(text));

        // THEN
        JsonProcessingException mappers = catchThrowableOfType(JsonProcessingException.class,
            () -> Json.mapper().readTree(text));
        assertThat(ours).as(text).isNotNull();
        assertThat(ours.getOriginalMessage()).as(text).isEqualTo(mappers.getOriginalMessage());
        assertThat(String.valueOf(ours.getLocation())).as(text).isEqualTo(String.valueOf(mappers.getLocation()));
      }
    }
  }

  @Nested
  class write {

    @Test
    void leaves_a_tree_with_a_pojo_to_the_mapper() {
      // GIVEN
      JsonNode node = Json.object().set("p", new POJONode(List.of(1, 2)));

      // WHEN / THEN
      assertThat(Json.write(node)).isEqualTo("{\"p\":[1,2]}");
    }

    @Test
    void writes_numbers_of_every_kind_as_they_write_themselves() throws Exception {
      // GIVEN
      JsonNode node = Json.array().add(1).add(2L).add(3.5d).add(2.5f).add((short) 7)
          .add(new java.math.BigInteger("123456789012345678901234567890"))
          .add(new java.math.BigDecimal("1.500")).add(new java.math.BigDecimal("1E+3"));

      // WHEN / THEN
      assertThat(Json.write(node)).isEqualTo(Json.mapper().writeValueAsString(node));
    }
  }

  private static void assertSameKinds(JsonNode a, JsonNode b) {
    assertThat(a.getClass()).isEqualTo(b.getClass());
    if (a.isContainerNode()) {
      assertThat(a.size()).isEqualTo(b.size());
      for (int i = 0; i < a.size(); i++) {
        if (a.isArray()) {
          assertSameKinds(a.get(i), b.get(i));
        }
      }
      a.fieldNames().forEachRemaining(name -> assertSameKinds(a.get(name), b.get(name)));
    }
  }
}
