package dev.sfntest.internal.expr;

import static dev.sfntest.internal.expr.TestContext.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Converting between Jackson trees and the JSONata library's values. */
class JsonataValuesTest {

  @Nested
  class To_jsonata {
    @Test
    void json_null_is_the_librarys_null_and_missing_is_undefined() {
      // GIVEN a null node and a missing node
      // WHEN they are converted
      // THEN null is NULL_VALUE and missing is Java null (undefined)
      assertThat(JsonataValues.toJsonata(json("null"))).isSameAs(Jsonata.NULL_VALUE);
      assertThat(JsonataValues.toJsonata(json("{}").path("x"))).isNull();
      assertThat(JsonataValues.toJsonata(null)).isNull();
    }

    @Test
    void numbers_become_the_types_the_library_computes_with() {
      // GIVEN an int, a long, a decimal and a huge integer
      JsonNode numbers = json("[1, 9007199254740993, 0.1, 123456789012345678901234567890]");
      // WHEN they are converted
      List<?> values = (List<?>) JsonataValues.toJsonata(numbers);
      // THEN Integer, Long and Double
      assertThat(values.get(0)).isEqualTo(1);
      assertThat(values.get(1)).isEqualTo(9007199254740993L);
      assertThat(values.get(2)).isEqualTo(0.1);
      assertThat(values.get(3)).isInstanceOf(Double.class);
    }

    @Test
    void objects_keep_their_member_order() {
      // GIVEN an object whose members are not sorted
      // WHEN it is converted
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) JsonataValues.toJsonata(json("{'z': 1, 'a': 2, 'm': null}"));
      // THEN the order is kept and null is NULL_VALUE
      assertThat(map.keySet()).containsExactly("z", "a", "m");
      assertThat(map.get("m")).isSameAs(Jsonata.NULL_VALUE);
    }
  }

  @Nested
  class To_json {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6.0                  | 6",
        "-0.0                 | 0",
        "3.5                  | 3.5",
        "0.30000000000000004  | 0.30000000000000004",
        "4.294967296E9        | 4294967296",
        "1.0E20               | 100000000000000000000",
    })
    void doubles_print_as_javascript_prints_them(double value, String expected) {
      // GIVEN a double the library computed
      // WHEN it is converted
      // THEN integral values are integers
      assertThat(Json.write(JsonataValues.toJson(value))).isEqualTo(expected);
    }

    @Test
    void nested_nulls_are_json_null() {
      // GIVEN a list holding Java null and NULL_VALUE
      List<Object> list = new ArrayList<>();
      list.add(null);
      list.add(Jsonata.NULL_VALUE);
      // WHEN it is converted
      // THEN both are null
      assertThat(Json.write(JsonataValues.toJson(list))).isEqualTo("[null,null]");
    }

    @Test
    void exact_numbers_stay_exact() {
      // GIVEN a BigDecimal and a Long
      // WHEN they are converted
      // THEN they are not rounded through double
      assertThat(Json.write(JsonataValues.toJson(new BigDecimal("1.10")))).isEqualTo("1.10");
      assertThat(Json.write(JsonataValues.toJson(9007199254740993L))).isEqualTo("9007199254740993");
    }

    @Test
    void functions_and_non_finite_numbers_are_unsupported() {
      // GIVEN values JSON cannot hold
      // WHEN they are converted
      // THEN Unsupported
      assertThatThrownBy(() -> JsonataValues.toJson(new Object())).isInstanceOf(JsonataValues.Unsupported.class);
      assertThatThrownBy(() -> JsonataValues.toJson(Double.POSITIVE_INFINITY))
          .isInstanceOf(JsonataValues.Unsupported.class);
      Map<String, Object> holder = new LinkedHashMap<>();
      holder.put("f", new Object());
      assertThatThrownBy(() -> JsonataValues.toJson(holder)).isInstanceOf(JsonataValues.Unsupported.class);
    }
  }

  @Nested
  @SuppressWarnings("unchecked")
  class Round_trip {
    @Test
    void an_unchanged_container_comes_back_as_its_node() {
      // GIVEN a converted object and array
      JsonNode node = json("{'a': [1, null], 'b': null}");
      Object value = JsonataValues.toJsonata(node);
      // WHEN the library swaps its nulls (as it does to every result) and it is converted back
      ((Map<String, Object>) value).entrySet().forEach(e -> {
        if (e.getValue() == Jsonata.NULL_VALUE) {
          e.setValue(null);
        }
      });
      ((List<Object>) ((Map<?, ?>) value).get("a")).set(1, null);
      // THEN the original nodes come back
      assertThat(JsonataValues.toJson(value)).isSameAs(node);
    }

    @Test
    void a_changed_container_is_written_afresh() {
      // GIVEN converted containers that are then changed
      JsonNode object = json("{'a': 1}");
      JsonNode array = json("[3, 1]");
      Map<String, Object> map = (Map<String, Object>) JsonataValues.toJsonata(object);
      List<Object> list = (List<Object>) JsonataValues.toJsonata(array);
      map.put("b", 2);
      list.sort(null);
      // WHEN they are converted back
      // THEN the changes show and the nodes are untouched
      assertThat(Json.write(JsonataValues.toJson(map))).isEqualTo("{\"a\":1,\"b\":2}");
      assertThat(Json.write(JsonataValues.toJson(list))).isEqualTo("[1,3]");
      assertThat(Json.write(object)).isEqualTo("{\"a\":1}");
      assertThat(Json.write(array)).isEqualTo("[3,1]");
    }
  }
}
