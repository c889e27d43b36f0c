package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.error;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.jsonata;
import static dev.sfntest.internal.asl.Asl.map;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static dev.sfntest.internal.asl.Asl.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Field values: numbers and their ranges, Wait timing, paths, templates, JSONata, and the warnings. */
class ValueRulesTest {

  private static final String LAMBDA = "\"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\"";

  private static String task(String fields) {
    return one("{\"Type\": \"Task\", " + LAMBDA + ", " + fields + ", \"End\": true}");
  }

  @Nested
  class task_timeouts {

    @Test
    void timeout_and_heartbeat_are_positive_integers() {
      // GIVEN / WHEN / THEN
      assertThat(errors(task("\"TimeoutSeconds\": 0"))).containsExactly(
          schema(Messages.minimum("1"), "/States/S/TimeoutSeconds"));
      assertThat(errors(task("\"HeartbeatSeconds\": 100000000"))).containsExactly(
          schema(Messages.maximum("99999999"), "/States/S/HeartbeatSeconds"));
      assertThat(errors(task("\"TimeoutSeconds\": \"5\""))).containsExactly(
          schema(Messages.expectedType("Integer"), "/States/S/TimeoutSeconds"));
      assertThat(errors(task("\"TimeoutSeconds\": 1.5"))).containsExactly(
          schema(Messages.expectedType("Integer"), "/States/S/TimeoutSeconds"));
      assertAccepted(task("\"TimeoutSeconds\": 99999999, \"HeartbeatSeconds\": 1"));
    }

    @Test
    void the_heartbeat_is_shorter_than_the_timeout() {
      // GIVEN / WHEN / THEN
      assertThat(errors(task("\"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 10"))).containsExactly(
          schema(Messages.HEARTBEAT_NOT_BELOW_TIMEOUT, "/States/S/HeartbeatSeconds"));
      assertAccepted(task("\"TimeoutSeconds\": 10, \"HeartbeatSeconds\": 9"));
    }

    @Test
    void a_value_and_its_path_are_exclusive() {
      // GIVEN / WHEN / THEN
      assertThat(errors(task("\"TimeoutSeconds\": 10, \"TimeoutSecondsPath\": \"$.t\""))).containsExactly(
          schema(Messages.onlyOneOf(List.of("TimeoutSeconds", "TimeoutSecondsPath")), "/States/S/TimeoutSeconds"));
      assertAccepted(task("\"TimeoutSecondsPath\": \"$.t\", \"HeartbeatSecondsPath\": \"$h\""));
    }

    @Test
    void a_jsonata_state_takes_an_expression_instead_of_a_path() {
      // GIVEN / WHEN / THEN
      String state = "{\"Type\": \"Task\", " + LAMBDA + ", %s, \"End\": true}";
      assertAccepted(jsonata(state.formatted("\"TimeoutSeconds\": \"{% $states.input.t %}\"")));
      assertThat(errors(jsonata(state.formatted("\"TimeoutSecondsPath\": \"$.t\"")))).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "TimeoutSecondsPath"), "/States/S"));
    }
  }

  @Nested
  class wait_state {

    @Test
    void a_wait_has_exactly_one_timing_field() {
      // GIVEN / WHEN / THEN (observed, with AWS's order of the four)
      List<String> fields = List.of("SecondsPath", "Seconds", "TimestampPath", "Timestamp");
      assertThat(errors(one("{\"Type\": \"Wait\", \"Seconds\": 1, \"SecondsPath\": \"$.s\", \"End\": true}")))
          .containsExactly(schema(Messages.onlyOneOf(fields), "/States/S"));
      assertThat(errors(one("{\"Type\": \"Wait\", \"End\": true}")))
          .containsExactly(schema(Messages.exactlyOneOf(fields), "/States/S"));
      assertAccepted(one("{\"Type\": \"Wait\", \"SecondsPath\": \"$.s\", \"End\": true}"));
    }

    @Test
    void seconds_is_a_non_negative_integer() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Wait\", \"Seconds\": -1, \"End\": true}")))
          .containsExactly(schema(Messages.minimum("0"), "/States/S/Seconds"));
      assertAccepted(one("{\"Type\": \"Wait\", \"Seconds\": 0, \"End\": true}"));
    }

    @Test
    void a_timestamp_is_rfc_3339() {
      // GIVEN / WHEN / THEN (observed message)
      for (String bad : List.of("2016-03-14 01:59:00Z", "2016-03-14t01:59:00z", "2016-03-14T01:59Z", "2016-03-14T01:59:00")) {
        assertThat(errors(one("{\"Type\": \"Wait\", \"Timestamp\": \"" + bad + "\", \"End\": true}")))
            .as(bad).containsExactly(schema(Messages.NOT_A_TIMESTAMP, "/States/S/Timestamp"));
      }
      assertAccepted(one("{\"Type\": \"Wait\", \"Timestamp\": \"2016-03-05T21:29:29.243167252Z\", \"End\": true}"));
      assertAccepted(one("{\"Type\": \"Wait\", \"Timestamp\": \"2016-03-14T01:59:00+02:00\", \"End\": true}"));
    }
  }

  @Nested
  class paths {

    @Test
    void a_path_field_holds_a_jsonpath() {
      // GIVEN / WHEN / THEN (observed message)
      assertThat(errors(one("{\"Type\": \"Pass\", \"InputPath\": \"a.b\", \"End\": true}")))
          .containsExactly(schema(Messages.NOT_A_JSONPATH, "/States/S/InputPath"));
      assertThat(errors(one("{\"Type\": \"Wait\", \"SecondsPath\": \"$.[\", \"End\": true}")))
          .containsExactly(schema(Messages.NOT_A_JSONPATH, "/States/S/SecondsPath"));
      assertAccepted(one("{\"Type\": \"Pass\", \"InputPath\": \"$$.Execution.Input\", \"OutputPath\": null, \"End\": true}"));
    }

    @Test
    void a_reference_path_selects_one_node() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Pass\", \"ResultPath\": \"$.a[*]\", \"End\": true}")))
          .containsExactly(schema(Messages.NOT_A_REFERENCE_PATH, "/States/S/ResultPath"));
      assertThat(errors(one("{\"Type\": \"Wait\", \"SecondsPath\": \"$..s\", \"End\": true}")))
          .containsExactly(schema(Messages.NOT_A_REFERENCE_PATH, "/States/S/SecondsPath"));
      assertAccepted(one("{\"Type\": \"Pass\", \"ResultPath\": \"$.a[0].b\", \"End\": true}"));
      assertAccepted(one("{\"Type\": \"Pass\", \"ResultPath\": null, \"End\": true}"));
    }

    @Test
    void a_payload_template_dollar_field_holds_a_path_a_variable_or_an_intrinsic() {
      // GIVEN / WHEN / THEN (observed messages)
      assertThat(errors(one("{\"Type\": \"Pass\", \"Parameters\": {\"a\": {\"b.$\": \"not a path\"}}, \"End\": true}")))
          .containsExactly(schema(Messages.templatePath("b.$"), "/States/S/Parameters"));
      assertThat(errors(one("{\"Type\": \"Pass\", \"Parameters\": {\"b.$\": 5}, \"End\": true}")))
          .containsExactly(schema(Messages.templatePath("b.$"), "/States/S/Parameters"));
      assertThat(errors(one("{\"Type\": \"Pass\", \"Parameters\": {\"b.$\": \"States.Format(\"}, \"End\": true}")))
          .containsExactly(schema(Messages.templatePath("b.$"), "/States/S/Parameters"));
      assertAccepted(one("{\"Type\": \"Pass\", \"Parameters\": {\"a.$\": \"$.a\", \"c.$\": \"$$.Execution.Id\","
          + " \"v.$\": \"$var.x\", \"list\": [{\"d.$\": \"$.d\"}]}, \"End\": true}"));
    }
  }

  @Nested
  class jsonata_expressions {

    @Test
    void the_root_reference_is_not_supported() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(jsonata("{\"Type\": \"Pass\", \"Output\": \"{% $$ %}\", \"End\": true}")))
          .containsExactly(error(Diagnostic.UNSUPPORTED_JSONATA_EXPRESSION, Messages.DOUBLE_DOLLAR, "/States/S/Output"));
      assertAccepted(jsonata("{\"Type\": \"Pass\", \"Output\": \"{% '$$' & $states.input %}\", \"End\": true}"));
    }

    @Test
    void error_output_exists_only_in_a_catcher() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(jsonata("{\"Type\": \"Pass\", \"Output\": \"{% $states.errorOutput %}\", \"End\": true}")))
          .containsExactly(error(Diagnostic.UNSUPPORTED_JSONATA_EXPRESSION, Messages.ERROR_OUTPUT_OUTSIDE_CATCH,
              "/States/S/Output"));
      assertAccepted(jsonata("{\"Type\": \"Task\", " + LAMBDA + ", \"End\": true, \"Catch\": [{\"ErrorEquals\":"
          + " [\"States.ALL\"], \"Next\": \"S\", \"Output\": \"{% $states.errorOutput %}\","
          + " \"Assign\": {\"e\": \"{% $states.errorOutput.Error %}\"}}]}"));
    }
  }

  @Nested
  class map_numbers {

    @Test
    void max_concurrency_is_a_non_negative_integer() {
      // GIVEN / WHEN / THEN (observed: "Minimum value is 0")
      assertThat(errors(map("\"MaxConcurrency\": -1"))).containsExactly(
          schema(Messages.minimum("0"), "/States/S/MaxConcurrency"));
      assertAccepted(map("\"MaxConcurrency\": 2147483647"));
    }

    @Test
    void max_concurrency_fits_the_apis_32_bit_integer() {
      // GIVEN / WHEN / THEN: accepted, it failed every execution with a NullPointerException
      for (String past : List.of("2147483648", "9223372036854775807", "9223372036854775808")) {
        assertThat(errors(map("\"MaxConcurrency\": " + past))).as(past).containsExactly(
            schema(Messages.maximum("2147483647"), "/States/S/MaxConcurrency"));
      }
    }

    @Test
    void the_tolerated_failure_count_fits_a_long() {
      // GIVEN / WHEN / THEN
      assertThat(errors(map("\"ToleratedFailureCount\": 9223372036854775808"))).containsExactly(
          schema(Messages.maximum("9223372036854775807"), "/States/S/ToleratedFailureCount"));
      assertThat(errors(map("\"ToleratedFailureCount\": -1"))).containsExactly(
          schema(Messages.minimum("0"), "/States/S/ToleratedFailureCount"));
      assertAccepted(map("\"ToleratedFailureCount\": 9223372036854775807"));
    }

    @Test
    void integer_fields_refuse_numbers_past_an_int_and_a_long_at_their_bound() {
      // GIVEN / WHEN / THEN: every bounded integer field, at the two ends of a long
      for (String past : List.of("2147483648", "9223372036854775808", "-9223372036854775809")) {
        String bound = past.startsWith("-") ? Messages.minimum("1") : Messages.maximum("99999999");
        assertThat(errors(task("\"TimeoutSeconds\": " + past))).as(past).containsExactly(
            schema(bound, "/States/S/TimeoutSeconds"));
        assertThat(errors(task("\"HeartbeatSeconds\": " + past))).as(past).containsExactly(
            schema(bound, "/States/S/HeartbeatSeconds"));
        String zeroBound = past.startsWith("-") ? Messages.minimum("0") : Messages.maximum("99999999");
        assertThat(errors(one("{\"Type\": \"Wait\", \"Seconds\": " + past + ", \"End\": true}"))).as(past)
            .containsExactly(schema(zeroBound, "/States/S/Seconds"));
        assertThat(errors(task("\"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": " + past + "}]")))
            .as(past).containsExactly(schema(zeroBound, "/States/S/Retry[0]/MaxAttempts"));
      }
    }

    @Test
    void the_tolerated_failure_percentage_is_between_0_and_100() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(map("\"ToleratedFailurePercentage\": 100.5"))).containsExactly(
          schema(Messages.maximum("100.0"), "/States/S/ToleratedFailurePercentage"));
      assertThat(errors(map("\"ToleratedFailurePercentage\": -1"))).containsExactly(
          schema(Messages.minimum("0.0"), "/States/S/ToleratedFailurePercentage"));
      assertAccepted(map("\"ToleratedFailurePercentage\": 100, \"ToleratedFailureCount\": 0"));
    }

    @Test
    void a_map_number_path_is_a_reference_path_outside_the_context_object() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(map("\"MaxConcurrencyPath\": \"$$.Execution.Input.n\""))).containsExactly(
          schema(Messages.NOT_A_REFERENCE_PATH, "/States/S/MaxConcurrencyPath"));
      assertThat(errors(map("\"MaxConcurrencyPath\": \"$.limits[*]\""))).containsExactly(
          schema(Messages.NOT_A_REFERENCE_PATH, "/States/S/MaxConcurrencyPath"));
      assertThat(errors(map("\"MaxConcurrency\": 2, \"MaxConcurrencyPath\": \"$.n\""))).containsExactly(
          schema(Messages.onlyOneOf(List.of("MaxConcurrency", "MaxConcurrencyPath")), "/States/S/MaxConcurrency"));
      assertAccepted(map("\"MaxConcurrencyPath\": \"$.n\", \"ToleratedFailureCountPath\": \"$count\""));
    }
  }

  @Nested
  class warnings {

    @Test
    void a_path_without_dollar_suffix_is_no_dollar() {
      // GIVEN / WHEN / THEN: a warning, so the definition is still accepted
      String json = one("{\"Type\": \"Pass\", \"Parameters\": {\"id\": \"$.id\", \"f\": \"States.UUID()\"}, \"End\": true}");
      assertThat(warnings(json)).containsExactly(
          Diagnostic.warning(Diagnostic.NO_DOLLAR, Messages.noDollar("id"), "/States/S/Parameters"),
          Diagnostic.warning(Diagnostic.NO_DOLLAR, Messages.noDollar("f"), "/States/S/Parameters"));
      assertAccepted(json);
      assertThat(warnings(one("{\"Type\": \"Pass\", \"Parameters\": {\"id\": \"a$\"}, \"End\": true}"))).isEmpty();
    }

    @Test
    void a_path_in_a_field_without_path_suffix_is_no_path() {
      // GIVEN / WHEN / THEN
      String json = one("{\"Type\": \"Fail\", \"Error\": \"$.error\"}");
      assertThat(warnings(json)).containsExactly(
          Diagnostic.warning(Diagnostic.NO_PATH, Messages.noPath("Error"), "/States/S/Error"));
      assertAccepted(json);
      assertThat(warnings(one("{\"Type\": \"Fail\", \"ErrorPath\": \"$.error\"}"))).isEmpty();
    }

    @Test
    void a_path_in_a_pass_result_is_static() {
      // GIVEN / WHEN / THEN
      String json = one("{\"Type\": \"Pass\", \"Result\": {\"x.$\": \"$.x\"}, \"End\": true}");
      assertThat(warnings(json)).containsExactly(
          Diagnostic.warning(Diagnostic.PASS_RESULT_IS_STATIC, Messages.PASS_RESULT_IS_STATIC, "/States/S/Result"));
      assertAccepted(json);
      assertThat(warnings(one("{\"Type\": \"Pass\", \"Result\": {\"x\": 1}, \"End\": true}"))).isEmpty();
    }
  }

  @Nested
  class fail_state {

    @Test
    void error_and_its_path_are_exclusive() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Fail\", \"Error\": \"E\", \"ErrorPath\": \"$.e\"}"))).containsExactly(
          schema(Messages.onlyOneOf(List.of("Error", "ErrorPath")), "/States/S/Error"));
      assertAccepted(one("{\"Type\": \"Fail\", \"Error\": \"E\", \"CausePath\": \"$.c\"}"));
    }

    @Test
    void error_is_a_string() {
      // GIVEN / WHEN / THEN
      assertThat(errors(one("{\"Type\": \"Fail\", \"Cause\": 5}"))).containsExactly(
          schema(Messages.EXPECTED_STRING, "/States/S/Cause"));
    }
  }
}
