package dev.sfntest.conformance.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * What AWS answered for a case ({@code expected}), with JSON-text fields already parsed one level
 * as the recording did (notes/aws-history-format.md, section 3).
 *
 * @param status the final status, or null when the recording does not say (incomplete histories)
 * @param output the output: an object, the raw JSON text of any other value, or null
 * @param error the error, or null
 * @param cause the cause: text, a parsed object, or null
 * @param history the events in id order without timestamps, or null when not recorded
 * @param outputOnly only the execution's output was recorded (tier B)
 * @param syncResponse the StartSyncExecution response, or null
 * @param expressLogEndEvent the last execution event of an express machine's log, or null
 * @param historyIncomplete the history is a prefix of the real one
 */
public record Expected(
    String status,
    JsonNode output,
    String error,
    JsonNode cause,
    ArrayNode history,
    boolean outputOnly,
    JsonNode syncResponse,
    JsonNode expressLogEndEvent,
    boolean historyIncomplete) {}
