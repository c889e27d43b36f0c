package dev.sfntest.asl;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which fields each state type has in each query language.
 *
 * @see <a href="https://docs.aws.amazon.com/step-functions/latest/dg/statemachine-structure.html">State machine structure</a>
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
    Set<String> fields = new HashSet<>(COMMON);
    fields.addAll((language == QueryLanguage.JSONPATH ? JSONPATH : JSONATA).get(type));
    return fields;
  }
}
