package dev.sfntest.internal.shared.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonMatcherTest {

  private static Difference compare(int depth, String expected, String actual) {
    return new JsonMatcher(depth, new Bindings()).compare(Jsons.parse(expected), Jsons.parse(actual));
  }

  @Nested
  class compare {

    @Test
    void compares_numbers_by_value_and_members_in_any_order() {
      // WHEN / THEN
      assertThat(compare(1, "{\"a\": 1, \"b\": [2.50]}", "{\"b\": [2.5], \"a\": 1.0}")).isNull();
    }

    @Test
    void reports_the_path_and_both_values() {
      // GIVEN / WHEN
      Difference difference = compare(1, "{\"a\": {\"b\": [1, 2]}}", "{\"a\": {\"b\": [1, 3]}}");
      // THEN
      assertThat(difference.describe()).isEqualTo("a.b[1]: expected 2, actual 3");
    }

    @Test
    void reports_missing_and_unexpected_members() {
      // WHEN / THEN
      assertThat(compare(1, "{\"a\": 1}", "{}").describe()).isEqualTo("a: expected 1, actual (absent) (missing)");
      assertThat(compare(1, "{}", "{\"a\": 1}").describe()).isEqualTo("a: expected (absent), actual 1 (not expected)");
    }

    @Test
    void compares_json_text_fields_by_value() {
      // GIVEN raw array text as AWS sent it, with the caller's spacing
      String expected = "{\"d\": {\"output\": \"[[1, 2, 3], [4, 5, 6]]\"}}";
      String actual = "{\"d\": {\"output\": \"[[1,2,3],[4,5,6.0]]\"}}";
      // WHEN / THEN at the depth of JSON-text fields they match
      assertThat(compare(2, expected, actual)).isNull();
    }

    @Test
    void compares_json_containers_nested_in_user_data_by_value_but_scalars_as_text() {
      // GIVEN a caught Lambda error's Cause: JSON text with the writer's spacing, deep in the output
      String expected = """
          {"d": {"Cause": "{\\"a\\": [1, 2]}", "n": "1.0"}}""";
      String actual = """
          {"d": {"Cause": "{\\"a\\":[1,2]}", "n": "1.0"}}""";
      // WHEN / THEN objects and arrays compare by value; "1.0" and "1" stay different text
      assertThat(compare(1, expected, actual)).isNull();
      assertThat(compare(1, """
          {"d": {"n": "1.0"}}""", """
          {"d": {"n": "1"}}""")).isNotNull();
    }

    @Test
    void compares_assigned_variables_by_value() {
      // WHEN / THEN
      assertThat(compare(2, "{\"d\": {\"assignedVariables\": {\"x\": \"1.0\"}}}",
          "{\"d\": {\"assignedVariables\": {\"x\": \"1\"}}}")).isNull();
    }

    @Test
    void keeps_user_data_inside_a_parsed_output_as_text() {
      // GIVEN a string value of the output that looks like JSON
      assertThat(compare(1, "{\"output\": {\"s\": \"1.0\"}}", "{\"output\": {\"s\": \"1\"}}")).isNotNull();
    }

    @Test
    void binds_wildcards_inside_json_text() {
      // WHEN / THEN
      assertThat(compare(1, "{\"output\": \"[\\\"<uuid:1>\\\", \\\"<uuid:1>\\\"]\"}",
          "{\"output\": \"[\\\"x\\\",\\\"x\\\"]\"}")).isNull();
      assertThat(compare(1, "{\"output\": \"[\\\"<uuid:1>\\\", \\\"<uuid:1>\\\"]\"}",
          "{\"output\": \"[\\\"x\\\",\\\"y\\\"]\"}")).isNotNull();
    }
  }
}
