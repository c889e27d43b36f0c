package dev.sfntest.internal.backend;

import java.time.Instant;

/**
 * A published version: a numbered, immutable snapshot of one revision of a state machine.
 *
 * @param arn {@code stateMachineArn:number}
 * @param machine the state machine
 * @param number the version number (from 1, never reused)
 * @param revision the revision it froze
 * @param description the version description, or {@code null}
 * @param creationDate when it was published
 */
public record VersionRecord(
    String arn,
    StateMachineRecord machine,
    long number,
    Revision revision,
    String description,
    Instant creationDate) {}
