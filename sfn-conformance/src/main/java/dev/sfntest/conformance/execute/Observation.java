package dev.sfntest.conformance.execute;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a target answered for one case, as AWS's JSON (JSON-text fields still text, concrete names
 * not yet mapped back).
 *
 * @param executionArn the execution's ARN
 * @param result {@code status}, {@code output}, {@code error}, {@code cause} of the execution
 *     (DescribeExecution, or the StartSyncExecution response); absent values are JSON null
 * @param history {@code {"events": [...]}} with every page, or null when the target keeps none
 *     (AWS keeps no history for express executions)
 * @param syncResponse the StartSyncExecution response, or null
 */
public record Observation(String executionArn, ObjectNode result, ObjectNode history, ObjectNode syncResponse) {

  /** The history's events, or null. */
  public ArrayNode events() {
    return history == null ? null : (ArrayNode) history.get("events");
  }
}
