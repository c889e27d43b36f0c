package dev.sfntest.conformance.endpoint;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one task attempt answered on AWS, taken from the recorded history.
 *
 * @param state the Task state's name
 * @param resource the task's resource, with the runner's concrete names substituted
 * @param eventType the result event's type, e.g. {@code TaskSucceeded}, {@code LambdaFunctionFailed},
 *     {@code TaskTimedOut}; its suffix says how the attempt ended
 * @param details the result event's details (output, or error and cause), with the runner's
 *     concrete names substituted; JSON-text fields are parsed one level, as recorded
 * @param submitted the recorded {@code TaskSubmitted} output of the same attempt ({@code .sync} and
 *     callback tasks), or {@code null}
 * @param workerName for activities: the worker name the attempt's {@code ActivityStarted} recorded,
 *     or {@code null}
 */
public record TaskAnswer(String state, String resource, String eventType, JsonNode details, JsonNode submitted,
    String workerName) {

  /** Whether the attempt succeeded (the event type ends in {@code Succeeded}). */
  public boolean succeeded() {
    return eventType.endsWith("Succeeded");
  }

  /** Whether the attempt timed out ({@code ...TimedOut}). */
  public boolean timedOut() {
    return eventType.endsWith("TimedOut");
  }
}
