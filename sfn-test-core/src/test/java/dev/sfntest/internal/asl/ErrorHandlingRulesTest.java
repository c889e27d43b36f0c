package dev.sfntest.internal.asl;

import static dev.sfntest.internal.asl.Asl.assertAccepted;
import static dev.sfntest.internal.asl.Asl.errors;
import static dev.sfntest.internal.asl.Asl.jsonata;
import static dev.sfntest.internal.asl.Asl.one;
import static dev.sfntest.internal.asl.Asl.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Retry and Catch. */
class ErrorHandlingRulesTest {

  private static String retry(String retriers) {
    return one("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\","
        + " \"Retry\": " + retriers + ", \"End\": true}");
  }

  private static String catching(String catchers) {
    return one("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\","
        + " \"Catch\": " + catchers + ", \"End\": true}");
  }

  @Nested
  class retriers {

    @Test
    void the_numbers_are_in_range() {
      // GIVEN / WHEN / THEN
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": -1}]")))
          .containsExactly(schema(Messages.minimum("0"), "/States/S/Retry[0]/MaxAttempts"));
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\"], \"BackoffRate\": 0.5}]")))
          .containsExactly(schema(Messages.minimum("1.0"), "/States/S/Retry[0]/BackoffRate"));
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\"], \"MaxDelaySeconds\": 0}]")))
          .containsExactly(schema(Messages.minimum("1"), "/States/S/Retry[0]/MaxDelaySeconds"));
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\"], \"MaxDelaySeconds\": 31622401}]")))
          .containsExactly(schema(Messages.maximum("31622400"), "/States/S/Retry[0]/MaxDelaySeconds"));
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 100000000}]")))
          .containsExactly(schema(Messages.maximum("99999999"), "/States/S/Retry[0]/IntervalSeconds"));
      assertAccepted(retry("[{\"ErrorEquals\": [\"E\"], \"MaxAttempts\": 0, \"BackoffRate\": 1, \"MaxDelaySeconds\": 1}]"));
    }

    @Test
    void an_interval_of_zero_is_accepted() {
      // GIVEN / WHEN / THEN (observed with ValidateStateMachineDefinition, though the spec says positive)
      assertAccepted(retry("[{\"ErrorEquals\": [\"E\"], \"IntervalSeconds\": 0}]"));
    }

    @Test
    void the_jitter_strategy_is_full_or_none() {
      // GIVEN / WHEN / THEN (observed)
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\"], \"JitterStrategy\": \"HALF\"}]")))
          .containsExactly(schema(Messages.oneOfValues(List.of("NONE", "FULL")), "/States/S/Retry[0]/JitterStrategy"));
      assertAccepted(retry("[{\"ErrorEquals\": [\"E\"], \"JitterStrategy\": \"FULL\"}]"));
    }

    @Test
    void a_retrier_has_error_equals_and_only_its_fields() {
      // GIVEN / WHEN / THEN
      assertThat(errors(retry("[{\"MaxAttempts\": 1, \"Next\": \"S\"}]"))).containsExactly(
          schema(Messages.notSupported("Next"), "/States/S/Retry[0]"),
          schema(Messages.required(List.of("ErrorEquals")), "/States/S/Retry[0]"));
      assertThat(errors(retry("[{\"ErrorEquals\": []}]"))).containsExactly(
          schema(Messages.EMPTY, "/States/S/Retry[0]/ErrorEquals"));
      assertThat(errors(retry("[{\"ErrorEquals\": [1]}]"))).containsExactly(
          schema(Messages.EXPECTED_STRING, "/States/S/Retry[0]/ErrorEquals[0]"));
    }

    @Test
    void retry_is_an_array_of_objects() {
      // GIVEN / WHEN / THEN
      assertThat(errors(retry("{}"))).containsExactly(schema(Messages.expectedType("Array"), "/States/S/Retry"));
      assertThat(errors(retry("[1]"))).containsExactly(schema(Messages.expectedType("Object"), "/States/S/Retry[0]"));
    }
  }

  @Nested
  class states_all {

    @Test
    void states_all_appears_alone() {
      // GIVEN / WHEN / THEN (observed, at the element)
      assertThat(errors(retry("[{\"ErrorEquals\": [\"E\", \"States.ALL\"]}]")))
          .containsExactly(schema(Messages.STATES_ALL, "/States/S/Retry[0]/ErrorEquals[1]"));
    }

    @Test
    void states_all_is_in_the_last_retrier_and_catcher() {
      // GIVEN / WHEN / THEN
      assertThat(errors(retry("[{\"ErrorEquals\": [\"States.ALL\"]}, {\"ErrorEquals\": [\"E\"]}]")))
          .containsExactly(schema(Messages.STATES_ALL, "/States/S/Retry[0]/ErrorEquals[0]"));
      assertThat(errors(catching("[{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"S\"},"
          + " {\"ErrorEquals\": [\"E\"], \"Next\": \"S\"}]")))
          .containsExactly(schema(Messages.STATES_ALL, "/States/S/Catch[0]/ErrorEquals[0]"));
      assertAccepted(retry("[{\"ErrorEquals\": [\"E\"]}, {\"ErrorEquals\": [\"States.ALL\"]}]"));
    }
  }

  @Nested
  class catchers {

    @Test
    void a_catcher_has_error_equals_and_next() {
      // GIVEN / WHEN / THEN
      assertThat(errors(catching("[{}]"))).containsExactly(
          schema(Messages.required(List.of("ErrorEquals", "Next")), "/States/S/Catch[0]"));
      assertAccepted(catching("[{\"ErrorEquals\": [\"E\"], \"Next\": \"S\", \"ResultPath\": \"$.e\"}]"));
    }

    @Test
    void a_catcher_uses_its_states_query_language() {
      // GIVEN / WHEN / THEN
      assertThat(errors(catching("[{\"ErrorEquals\": [\"E\"], \"Next\": \"S\", \"Output\": 1}]"))).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONPATH, "Output"), "/States/S/Catch[0]"));
      String jsonataTask = "{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012:function:f\","
          + " \"Catch\": [{\"ErrorEquals\": [\"E\"], \"Next\": \"S\", \"ResultPath\": \"$.e\"}], \"End\": true}";
      assertThat(errors(jsonata(jsonataTask))).containsExactly(
          schema(Messages.wrongLanguage(QueryLanguage.JSONATA, "ResultPath"), "/States/S/Catch[0]"));
    }

    @Test
    void a_catcher_result_path_is_a_reference_path() {
      // GIVEN / WHEN / THEN
      assertThat(errors(catching("[{\"ErrorEquals\": [\"E\"], \"Next\": \"S\", \"ResultPath\": \"$..e\"}]")))
          .containsExactly(schema(Messages.NOT_A_REFERENCE_PATH, "/States/S/Catch[0]/ResultPath"));
    }
  }
}
