package dev.sfntest.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed, validated state machine definition. Immutable; every path, intrinsic call and JSONata
 * expression in it is compiled, so running it never parses text again.
 *
 * @param source the definition as written
 * @param comment top-level {@code Comment}, or {@code null}
 * @param version top-level {@code Version}, or {@code null}
 * @param queryLanguage the top-level {@code QueryLanguage} (JSONPath when absent)
 * @param timeoutSeconds the machine's {@code TimeoutSeconds}, or {@code null}
 * @param graph the top-level states
 */
public record StateMachineDefinition(
    JsonNode source,
    String comment,
    String version,
    QueryLanguage queryLanguage,
    Integer timeoutSeconds,
    StateGraph graph) {}
