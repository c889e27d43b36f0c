package dev.sfntest.local;

/** Definitions the tests run. */
final class Definitions {

  /** Pass, Wait an hour, Choice on the input's name: Succeed for "world", else Fail. */
  static final String PASS_WAIT_CHOICE = """
      {"StartAt": "Greet", "States": {
        "Greet": {"Type": "Pass", "Parameters": {"greeting.$": "$.name"}, "Next": "Nap"},
        "Nap": {"Type": "Wait", "Seconds": 3600, "Next": "Check"},
        "Check": {"Type": "Choice",
                  "Choices": [{"Variable": "$.greeting", "StringEquals": "world", "Next": "Done"}],
                  "Default": "Boom"},
        "Done": {"Type": "Succeed"},
        "Boom": {"Type": "Fail", "Error": "Not.World", "Cause": "who is this"}}}
      """;

  /** Next names a state that does not exist. */
  static final String MISSING_TARGET = """
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}
      """;

  private Definitions() {}
}
