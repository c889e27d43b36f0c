package dev.sfntest.internal.asl;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which fields each state type has in each query language, and how AWS words a field that is not
 * one of them: a field the same state type has in the other query language gets {@code The
 * QueryLanguage is set to 'JSONata', but field 'InputPath' is only supported for the 'JSONPath'
 * QueryLanguage}; any other gets {@code Field 'X' is not supported}. Both are reported at the state,
 * not at the field (observed).
 *
 * <p>AWS lists {@code Retry} and {@code Catch} for Task, Parallel and Map only, and {@code
 * TimeoutSeconds} for Task only, in both languages (observed: refused on the other types).
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html">State machine structure</a>
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html">Transforming data with JSONata</a>
 */
final class StateFields {

  private static final Set<String> COMMON = Set.of("Type", "Comment", "QueryLanguage");

  private static final Map<StateType, Set<String>> JSONPATH = Map.of(
      StateType.PASS, Set.of("Next", "End", "InputPath", "OutputPath", "Parameters", "ResultPath", "Result", "Assign"),
      StateType.TASK, Set.of("Next", "End", "InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector",
          "Resource", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "HeartbeatSecondsPath", "Retry",
          "Catch", "Credentials", "Assign"),
      StateType.CHOICE, Set.of("InputPath", "OutputPath", "Choices", "Default", "Assign"),
      StateType.WAIT, Set.of("Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp",
          "TimestampPath", "Assign"),
      StateType.SUCCEED, Set.of("InputPath", "OutputPath"),
      StateType.FAIL, Set.of("Error", "ErrorPath", "Cause", "CausePath"),
      StateType.PARALLEL, Set.of("Next", "End", "InputPath", "OutputPath", "Parameters", "ResultPath",
          "ResultSelector", "Branches", "Retry", "Catch", "Assign"),
      StateType.MAP, Set.of("Next", "End", "InputPath", "OutputPath", "Parameters", "ItemSelector", "ResultPath",
          "ResultSelector", "ItemsPath", "ItemProcessor", "Iterator", "ItemReader", "ItemBatcher", "ResultWriter",
          "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount", "ToleratedFailureCountPath",
          "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "Label", "Retry", "Catch", "Assign"));

  private static final Map<StateType, Set<String>> JSONATA = Map.of(
      StateType.PASS, Set.of("Next", "End", "Output", "Assign"),
      StateType.TASK, Set.of("Next", "End", "Arguments", "Output", "Assign", "Resource", "TimeoutSeconds",
          "HeartbeatSeconds", "Retry", "Catch", "Credentials"),
      StateType.CHOICE, Set.of("Choices", "Default", "Output", "Assign"),
      StateType.WAIT, Set.of("Next", "End", "Seconds", "Timestamp", "Output", "Assign"),
      StateType.SUCCEED, Set.of("Output"),
      StateType.FAIL, Set.of("Error", "Cause"),
      StateType.PARALLEL, Set.of("Next", "End", "Arguments", "Output", "Assign", "Branches", "Retry", "Catch"),
      StateType.MAP, Set.of("Next", "End", "Items", "ItemSelector", "ItemProcessor", "ItemReader", "ItemBatcher",
          "ResultWriter", "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage", "Label",
          "Output", "Assign", "Retry", "Catch"));

  private StateFields() {}

  /** The fields a state of this type may have in this query language. */
  static Set<String> allowed(StateType type, QueryLanguage language) {
    Set<String> fields = new TreeSet<>(COMMON);
    fields.addAll((language == QueryLanguage.JSONPATH ? JSONPATH : JSONATA).get(type));
    return fields;
  }

  /**
   * Reports each field the state may not have, in the order written. With {@code
   * languageChecked} false (a state that wrongly declares JSONPath in a JSONata machine) AWS
   * reports only the downgrade, not the other-language fields (observed), so those are skipped.
   */
  static void check(Fields state, StateType type, QueryLanguage language, boolean languageChecked) {
    Set<String> allowed = allowed(type, language);
    Set<String> otherLanguage = allowed(type,
        language == QueryLanguage.JSONPATH ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH);
    var names = state.node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (allowed.contains(field)) {
        continue;
      }
      if (otherLanguage.contains(field)) {
        if (languageChecked) {
          state.diagnostics.schema(Messages.wrongLanguage(language, field), state.at);
        }
      } else {
        state.diagnostics.schema(Messages.notSupported(field), state.at);
      }
    }
  }

  /**
   * The same check for an object inside a state (a catcher, a Choice rule): its fields of the
   * other query language get the language message, others {@code Field 'X' is not supported}.
   */
  static void check(Fields object, Set<String> allowed, Set<String> otherLanguage, QueryLanguage language) {
    var names = object.node.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (allowed.contains(field)) {
        continue;
      }
      object.diagnostics.schema(otherLanguage.contains(field)
          ? Messages.wrongLanguage(language, field) : Messages.notSupported(field), object.at);
    }
  }
}
