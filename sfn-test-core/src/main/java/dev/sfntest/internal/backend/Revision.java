package dev.sfntest.internal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfntest.internal.asl.StateMachineDefinition;
import java.time.Instant;
import java.util.Objects;

/**
 * One revision of a state machine: what {@code UpdateStateMachine} changes and a version freezes.
 * Immutable.
 *
 * @param definitionText the definition exactly as sent (AWS echoes it)
 * @param definition the parsed definition
 * @param roleArn the execution role
 * @param logging the {@code loggingConfiguration} as JSON, or {@code null}
 * @param tracing the {@code tracingConfiguration} as JSON, or {@code null}
 * @param encryption the {@code encryptionConfiguration} as JSON, or {@code null}
 * @param revisionId the revision's id; {@code null} for the one a machine was created with, as
 *     AWS returns no {@code revisionId} until the first update that changes something (recorded)
 * @param date when the revision was made (DescribeStateMachineForExecution's {@code updateDate})
 */
public record Revision(
    String definitionText,
    StateMachineDefinition definition,
    String roleArn,
    JsonNode logging,
    JsonNode tracing,
    JsonNode encryption,
    String revisionId,
    Instant date) {

  /** Whether {@code other} holds the same configuration (ids and dates aside). */
  boolean sameConfiguration(Revision other) {
    return definitionText.equals(other.definitionText) && roleArn.equals(other.roleArn)
        && Objects.equals(logging, other.logging) && Objects.equals(tracing, other.tracing)
        && Objects.equals(encryption, other.encryption);
  }
}
